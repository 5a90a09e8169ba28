/**
 * @module
 * The typed client of this server's control API (clock, tasks, fates, faults, requests, reset), for a server
 * started elsewhere: a CI service, `pnpm start`, another process. `startReferenceServer` returns one ready-made.
 * An entry of its own, so that the server's main entry (and its start) does not load openapi-fetch; it uses
 * only `fetch`, so it runs wherever the client does.
 */
export {
  type ArmedFault,
  type ClockAdvance,
  type ClockSetting,
  ControlApiError,
  type ControlClient,
  type ControlClientOptions,
  type ControlClock,
  createControlClient,
  type FaultRequest,
  type PlacedTask,
  type RecordedRequest,
  type ScriptedTaskFate,
  type TaskFateRequest,
  type TaskPlacementRequest,
} from "@ecs-tasks/contract/control-client";
