// The reference server's control API (openapi/control-api.yaml), used only when the target serves it, to make
// lifecycle checks fast and deterministic and to provoke errors a client cannot (throttling, internal errors).
import { isJsonObject } from "../spec/json-value.js";
import { describeError, type FetchLike } from "../wire/exchange.js";

/** The prefix under which the reference server serves its control API. */
export const CONTROL_API_PREFIX = "/_reference";

/** The task-creating actions the control API can place a task for. */
export type TaskCreatingAction = "ExportImage" | "ImportImage" | "ModifyDiskSpec";

/** A task to place directly in a chosen state. */
export interface PlacedTask {
  taskAction: TaskCreatingAction;
  regionId: string;
  status?: "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted";
  durationMs?: number;
}

/** What the suite asks of the control API. */
export interface ControlApi {
  /** Places a task and returns its id. */
  createTask(task: PlacedTask): Promise<string>;
  /** Makes the next task `taskAction` creates through the ECS API fail at `atPercent`. */
  scriptFailure(taskAction: TaskCreatingAction, atPercent: number): Promise<void>;
  /** Makes the next call of `action` fail with the spec's error example `errorName`. */
  injectFault(action: string, errorName: string): Promise<void>;
  /** Stops the clock, so tasks change only when it is advanced. */
  freezeClock(): Promise<void>;
  /** Moves the clock forward. */
  advanceClock(ms: number): Promise<void>;
  /** Lets the clock run again (from where it was moved to). */
  resumeClock(): Promise<void>;
  /** Whether the clock was frozen before this run touched it. */
  readonly wasFrozen: boolean;
}

/** The control API answered something other than what its contract says. */
export class ControlApiError extends Error {
  override name = "ControlApiError";
}

async function call(fetcher: FetchLike, origin: string, method: string, path: string, body?: unknown) {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { "content-type": "application/json" };
  }
  const response = await fetcher(new Request(`${origin}${CONTROL_API_PREFIX}${path}`, init));
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text };
}

/**
 * Detects the control API (its clock answers `GET /_reference/clock` with `nowMs`) and returns a client for
 * it, or undefined when the target has none. Tasks it places belong to `accountId` when given: the account
 * of the key the suite signs with, so that its signed requests can see them.
 */
export async function detectControlApi(
  fetcher: FetchLike,
  origin: string,
  accountId?: string,
): Promise<ControlApi | undefined> {
  let probe: Awaited<ReturnType<typeof call>>;
  try {
    probe = await call(fetcher, origin, "GET", "/clock");
  } catch {
    return undefined;
  }
  if (probe.status !== 200 || !isJsonObject(probe.json) || typeof probe.json.nowMs !== "number") {
    return undefined;
  }
  const wasFrozen = probe.json.frozen === true;
  const expect = async (method: string, path: string, body: unknown, status: number) => {
    let answer: Awaited<ReturnType<typeof call>>;
    try {
      answer = await call(fetcher, origin, method, path, body);
    } catch (error) {
      throw new ControlApiError(`${method} ${CONTROL_API_PREFIX}${path} failed: ${describeError(error)}`);
    }
    if (answer.status !== status) {
      throw new ControlApiError(
        `${method} ${CONTROL_API_PREFIX}${path} answered ${answer.status} (expected ${status}): ${answer.text.slice(0, 300)}`,
      );
    }
    return answer.json;
  };
  return {
    wasFrozen,
    async createTask(task) {
      const created = await expect(
        "POST",
        "/tasks",
        accountId === undefined ? task : { ...task, accountId },
        201,
      );
      if (!isJsonObject(created) || typeof created.TaskId !== "string") {
        throw new ControlApiError(`POST ${CONTROL_API_PREFIX}/tasks answered no TaskId`);
      }
      return created.TaskId;
    },
    async scriptFailure(taskAction, atPercent) {
      await expect(
        "POST",
        "/task-fates",
        { taskAction, fate: { outcome: "fail", atPercent }, times: 1 },
        201,
      );
    },
    async injectFault(action, errorName) {
      await expect("POST", "/faults", { action, error: errorName, times: 1 }, 201);
    },
    async freezeClock() {
      await expect("POST", "/clock/freeze", undefined, 200);
    },
    async advanceClock(ms) {
      await expect("POST", "/clock/advance", { ms }, 200);
    },
    async resumeClock() {
      await expect("POST", "/clock/resume", undefined, 200);
    },
  };
}
