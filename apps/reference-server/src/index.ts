/**
 * @module
 * A faithful local emulator of the Alibaba Cloud ECS task API (DescribeTaskAttribute, DescribeTasks,
 * CancelTask, ExportImage, ImportImage, ModifyDiskSpec, DescribeRegions) with a controllable clock.
 * It imports nothing of Node: Node's listener and the SQLite store are in `@ecs-tasks/reference-server/node`.
 */

export {
  ControlApiError,
  type ControlClient,
  type ControlClientOptions,
  createControlClient,
} from "@ecs-tasks/contract/control-client";
export { createApp, type ReferenceServerOptions } from "./app.js";
export type { AccessKey, AuthMode } from "./auth/access-keys.js";
export {
  type Clock,
  type ClockSetting,
  type ClockState,
  ControllableClock,
  systemClock,
} from "./clock.js";
export { InMemoryTaskStore } from "./store/in-memory-task-store.js";
export type { TaskPage, TaskQuery, TaskStore } from "./store/task-store.js";
export type {
  RelatedItem,
  TaskCreatingAction,
  TaskFate,
  TaskRecord,
  TaskStatus,
} from "./tasks/task-record.js";
