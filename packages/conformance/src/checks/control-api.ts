// The reference server's control API (openapi/control-api.yaml), used only when the target serves it, to make
// lifecycle checks fast and deterministic and to provoke errors a client cannot (throttling, internal errors).
// Everything the suite changes through it is recorded, so that the run can leave the target as it found it.
import type {
  ControlClockAdvance,
  ControlClockSet,
  ControlFaultSpec,
  ControlScriptedFateRequest,
  ControlTaskPlacement,
  FetchLike,
} from "@ecs-tasks/contract";
import { isJsonObject } from "../spec/json-value.js";
import { describeError } from "../wire/exchange.js";

/** The prefix under which the reference server serves its control API. */
export const CONTROL_API_PREFIX = "/_reference";

/** The task-creating actions the control API can place a task for. */
export type TaskCreatingAction = ControlTaskPlacement["taskAction"];

/** A task to place directly in a chosen state (what the suite sends of `POST /_reference/tasks`). */
export type PlacedTask = Pick<ControlTaskPlacement, "taskAction" | "regionId"> &
  Partial<Pick<ControlTaskPlacement, "status" | "progress" | "durationMs">>;

/** What the run put back on the target through the control API, for the report. */
export interface ControlRestoration {
  /** Whether the run moved the clock, and it is back at the offset and frozen state the run found. */
  clockRestored: boolean;
  /** Faults the run injected that had not fired yet, now disarmed. */
  faultsWithdrawn: number;
  /** Scripted fates the run added that no task had used, now withdrawn. */
  fatesWithdrawn: number;
  /** What could not be put back, in words (empty when everything was). */
  problems: string[];
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
  /** Puts the clock back to the offset and frozen state it had when the run found it. */
  restoreClock(): Promise<void>;
  /**
   * How far the run has moved the target's clock ahead of where it found it: requests are signed at that
   * time, so that a server that verifies timestamps against its own clock accepts them while it is ahead.
   */
  clockShiftMs(): number;
  /**
   * Withdraws the faults and fates added since the last call that are still armed (a check calls it when it
   * ends, so that what it armed and did not use cannot fire on the next check's requests).
   */
  withdrawArmed(): Promise<void>;
  /** Withdraws what is still armed, puts the clock back, and tells what was put back over the whole run. */
  restore(): Promise<ControlRestoration>;
}

/** The control API answered something other than what its contract says. */
export class ControlApiError extends Error {
  override name = "ControlApiError";
}

/** The target's control API wants a token the run does not have (or has wrong): a setting to change. */
export class ControlApiAccessError extends Error {
  override name = "ControlApiAccessError";
}

/** The realm of the reference server's bearer challenge, which tells its control API from any other 401. */
const CONTROL_REALM = 'realm="ecs-reference-server control API"';

interface ControlSettings {
  fetch: FetchLike;
  origin: string;
  /** The account that owns the tasks it places: that of the key the suite signs with. */
  accountId?: string | undefined;
  /** Sent on every control request too (a gateway in front of the server needs them as much). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The server's control token, sent as `Authorization: Bearer <token>` on every control request. */
  token?: string | undefined;
  timeoutMs?: number | undefined;
  /** Hears the id of every task the control API places. */
  onTaskCreated?: ((taskId: string) => void) | undefined;
}

interface ClockFound {
  frozen: boolean;
  nowMs: number;
  /** Absent on a server whose clock does not tell its offset; then `foundAtMs` stands in. */
  offsetMs: number | undefined;
  /** The suite's own time when the clock was read. */
  foundAtMs: number;
}

async function call(settings: ControlSettings, method: string, path: string, body?: unknown) {
  const headers = new Headers(settings.headers);
  if (settings.token !== undefined) {
    headers.set("authorization", `Bearer ${settings.token}`);
  }
  const init: RequestInit = { method, headers, signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000) };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    headers.set("content-type", "application/json");
  }
  const response = await settings.fetch(new Request(`${settings.origin}${CONTROL_API_PREFIX}${path}`, init));
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, wwwAuthenticate: response.headers.get("www-authenticate") };
}

function clockOf(json: unknown): ClockFound | undefined {
  if (!isJsonObject(json) || typeof json.nowMs !== "number") {
    return undefined;
  }
  return {
    frozen: json.frozen === true,
    nowMs: json.nowMs,
    offsetMs: typeof json.offsetMs === "number" ? json.offsetMs : undefined,
    foundAtMs: Date.now(),
  };
}

/**
 * Detects the control API (its clock answers `GET /_reference/clock` with `nowMs`) and returns a client for
 * it, or undefined when the target has none or refuses it to everyone (a verifying server without a control
 * token answers 403). Rejects with a {@link ControlApiAccessError} when the control API asks for a token the
 * settings lack, or refuses the one they give. It remembers the clock as found, and every fault and fate it
 * adds, so that {@link ControlApi.restore} can leave the target as it was.
 */
export async function detectControlApi(settings: ControlSettings): Promise<ControlApi | undefined> {
  let probe: Awaited<ReturnType<typeof call>>;
  try {
    probe = await call(settings, "GET", "/clock");
  } catch {
    return undefined;
  }
  if (probe.status === 401 && settings.token !== undefined) {
    throw new ControlApiAccessError(
      `the control API refused the control token (GET ${CONTROL_API_PREFIX}/clock answered 401): check --control-token or ECS_REFERENCE_CONTROL_TOKEN`,
    );
  }
  if (probe.status === 401 && probe.wwwAuthenticate?.includes(CONTROL_REALM)) {
    throw new ControlApiAccessError(
      "the server's control API needs its control token: pass --control-token or set ECS_REFERENCE_CONTROL_TOKEN (or run without it: --no-control-api)",
    );
  }
  const found = probe.status === 200 ? clockOf(probe.json) : undefined;
  if (found === undefined) {
    return undefined;
  }
  const faultIds = new Set<string>();
  const fateIds = new Set<string>();
  let clockMoved = false;
  let clockEverMoved = false;
  let shiftMs = 0;

  const expect = async (method: string, path: string, body: unknown, status: number) => {
    let answer: Awaited<ReturnType<typeof call>>;
    try {
      answer = await call(settings, method, path, body);
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
  const idOf = (json: unknown, what: string): string => {
    if (!isJsonObject(json) || typeof json.id !== "string") {
      throw new ControlApiError(`the control API answered no id for the ${what} it added`);
    }
    return json.id;
  };

  async function restoreClock(): Promise<void> {
    if (!clockMoved) {
      return;
    }
    if (found?.frozen) {
      await expect("POST", "/clock/freeze", undefined, 200);
      await expect("POST", "/clock/set", { time: found.nowMs } satisfies ControlClockSet, 200);
    } else if (found !== undefined) {
      await expect("POST", "/clock/resume", undefined, 200);
      // A server that cannot take an offset is set to where its clock would be now had nobody touched it.
      const target: ControlClockSet =
        found.offsetMs === undefined
          ? { time: found.nowMs + (Date.now() - found.foundAtMs) }
          : { offsetMs: found.offsetMs };
      await expect("POST", "/clock/set", target, 200);
    }
    clockMoved = false;
    shiftMs = 0;
  }

  const withdrawn = { faults: 0, fates: 0 };
  const problems: string[] = [];
  async function withdraw(path: string, ids: Set<string>): Promise<number> {
    let count = 0;
    for (const id of ids) {
      try {
        const answer = await call(settings, "DELETE", `${path}/${encodeURIComponent(id)}`);
        if (answer.status === 204) {
          count += 1;
        } else if (answer.status !== 404) {
          // 404: it was used up (a fault fired, a task took the fate), which is what the run wanted.
          problems.push(`DELETE ${CONTROL_API_PREFIX}${path}/${id} answered ${answer.status}`);
        }
      } catch (error) {
        problems.push(`DELETE ${CONTROL_API_PREFIX}${path}/${id} failed: ${describeError(error)}`);
      }
    }
    ids.clear();
    return count;
  }
  async function withdrawArmed(): Promise<void> {
    withdrawn.faults += await withdraw("/faults", faultIds);
    withdrawn.fates += await withdraw("/task-fates", fateIds);
  }

  return {
    async createTask(task) {
      const created = await expect(
        "POST",
        "/tasks",
        (settings.accountId === undefined
          ? task
          : { ...task, accountId: settings.accountId }) satisfies Partial<ControlTaskPlacement>,
        201,
      );
      if (!isJsonObject(created) || typeof created.TaskId !== "string") {
        throw new ControlApiError(`POST ${CONTROL_API_PREFIX}/tasks answered no TaskId`);
      }
      settings.onTaskCreated?.(created.TaskId);
      return created.TaskId;
    },
    async scriptFailure(taskAction, atPercent) {
      const fate = await expect(
        "POST",
        "/task-fates",
        { taskAction, fate: { outcome: "fail", atPercent }, times: 1 } satisfies ControlScriptedFateRequest,
        201,
      );
      fateIds.add(idOf(fate, "fate"));
    },
    async injectFault(action, errorName) {
      const body: Partial<ControlFaultSpec> = { action, error: errorName, times: 1 };
      const fault = await expect("POST", "/faults", body, 201);
      faultIds.add(idOf(fault, "fault"));
    },
    async freezeClock() {
      clockMoved = true;
      clockEverMoved = true;
      await expect("POST", "/clock/freeze", undefined, 200);
    },
    async advanceClock(ms) {
      clockMoved = true;
      clockEverMoved = true;
      await expect("POST", "/clock/advance", { ms } satisfies ControlClockAdvance, 200);
      shiftMs += ms;
    },
    restoreClock,
    clockShiftMs: () => shiftMs,
    withdrawArmed,
    async restore() {
      await withdrawArmed();
      try {
        await restoreClock();
      } catch (error) {
        problems.push(`the clock could not be put back: ${describeError(error)}`);
      }
      return {
        clockRestored: clockEverMoved && !clockMoved,
        faultsWithdrawn: withdrawn.faults,
        fatesWithdrawn: withdrawn.fates,
        problems: [...problems],
      };
    },
  };
}
