// The reference server's control API (openapi/control-api.yaml), used only when the target serves it, to make
// lifecycle checks fast and deterministic and to provoke errors a client cannot (throttling, internal errors).
// Everything the suite changes through it is recorded, so that the run can leave the target as it found it.
// The calls are the contract's typed control client's.
import type { ControlTaskPlacement, FetchLike } from "@ecs-tasks/contract";
import {
  ControlApiError as ControlAnswerError,
  type ControlClient,
  createControlClient,
} from "@ecs-tasks/contract/control-client";
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

/** The contract's control client, with the run's fetch, headers, token and per-request timeout. */
function controlClientOf(settings: ControlSettings): ControlClient {
  const timeoutMs = settings.timeoutMs ?? 10_000;
  return createControlClient({
    endpoint: settings.origin,
    token: settings.token,
    headers: settings.headers,
    fetch: (request) => settings.fetch(new Request(request, { signal: AbortSignal.timeout(timeoutMs) })),
  });
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
  const client = controlClientOf(settings);
  let found: ClockFound | undefined;
  try {
    found = clockOf(await client.getClock());
  } catch (error) {
    if (error instanceof ControlAnswerError && error.status === 401 && settings.token !== undefined) {
      throw new ControlApiAccessError(
        `the control API refused the control token (GET ${CONTROL_API_PREFIX}/clock answered 401): check --control-token or ECS_REFERENCE_CONTROL_TOKEN`,
      );
    }
    if (
      error instanceof ControlAnswerError &&
      error.status === 401 &&
      error.headers.get("www-authenticate")?.includes(CONTROL_REALM)
    ) {
      throw new ControlApiAccessError(
        "the server's control API needs its control token: pass --control-token or set ECS_REFERENCE_CONTROL_TOKEN (or run without it: --no-control-api)",
      );
    }
    // Anything else (no answer, another status, a body that is not the clock's) means no control API to use.
    return undefined;
  }
  if (found === undefined) {
    return undefined;
  }
  const faultIds = new Set<string>();
  const fateIds = new Set<string>();
  let clockMoved = false;
  let clockEverMoved = false;
  let shiftMs = 0;

  const expect = async <Answer>(what: string, request: () => Promise<Answer>): Promise<Answer> => {
    try {
      return await request();
    } catch (error) {
      throw new ControlApiError(`${what} failed: ${describeError(error)}`);
    }
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
      const time = found.nowMs;
      await expect(`POST ${CONTROL_API_PREFIX}/clock/freeze`, () => client.freezeClock());
      await expect(`POST ${CONTROL_API_PREFIX}/clock/set`, () => client.setClock({ time }));
    } else if (found !== undefined) {
      await expect(`POST ${CONTROL_API_PREFIX}/clock/resume`, () => client.resumeClock());
      // A server that cannot take an offset is set to where its clock would be now had nobody touched it.
      const target =
        found.offsetMs === undefined
          ? { time: found.nowMs + (Date.now() - found.foundAtMs) }
          : { offsetMs: found.offsetMs };
      await expect(`POST ${CONTROL_API_PREFIX}/clock/set`, () => client.setClock(target));
    }
    clockMoved = false;
    shiftMs = 0;
  }

  const withdrawn = { faults: 0, fates: 0 };
  const problems: string[] = [];
  async function withdraw(
    path: string,
    ids: Set<string>,
    remove: (id: string) => Promise<void>,
  ): Promise<number> {
    let count = 0;
    for (const id of ids) {
      try {
        await remove(id);
        count += 1;
      } catch (error) {
        if (error instanceof ControlAnswerError && error.status !== 404) {
          problems.push(`DELETE ${CONTROL_API_PREFIX}${path}/${id} answered ${error.status}`);
        } else if (!(error instanceof ControlAnswerError)) {
          problems.push(`DELETE ${CONTROL_API_PREFIX}${path}/${id} failed: ${describeError(error)}`);
        }
        // 404: it was used up (a fault fired, a task took the fate), which is what the run wanted.
      }
    }
    ids.clear();
    return count;
  }
  async function withdrawArmed(): Promise<void> {
    withdrawn.faults += await withdraw("/faults", faultIds, (id) => client.disarmFault(id));
    withdrawn.fates += await withdraw("/task-fates", fateIds, (id) => client.withdrawTaskFate(id));
  }

  return {
    async createTask(task) {
      const placement = settings.accountId === undefined ? task : { ...task, accountId: settings.accountId };
      // The target's answer is read as data: a server that is not the reference server may answer otherwise.
      const created: unknown = await expect(`POST ${CONTROL_API_PREFIX}/tasks`, () =>
        client.createTask(placement),
      );
      if (!isJsonObject(created) || typeof created.TaskId !== "string") {
        throw new ControlApiError(`POST ${CONTROL_API_PREFIX}/tasks answered no TaskId`);
      }
      settings.onTaskCreated?.(created.TaskId);
      return created.TaskId;
    },
    async scriptFailure(taskAction, atPercent) {
      const fate: unknown = await expect(`POST ${CONTROL_API_PREFIX}/task-fates`, () =>
        client.scriptTaskFate({ taskAction, fate: { outcome: "fail", atPercent }, times: 1 }),
      );
      fateIds.add(idOf(fate, "fate"));
    },
    async injectFault(action, errorName) {
      const fault: unknown = await expect(`POST ${CONTROL_API_PREFIX}/faults`, () =>
        client.injectFault({ action, error: errorName, times: 1 }),
      );
      faultIds.add(idOf(fault, "fault"));
    },
    async freezeClock() {
      clockMoved = true;
      clockEverMoved = true;
      await expect(`POST ${CONTROL_API_PREFIX}/clock/freeze`, () => client.freezeClock());
    },
    async advanceClock(ms) {
      clockMoved = true;
      clockEverMoved = true;
      await expect(`POST ${CONTROL_API_PREFIX}/clock/advance`, () => client.advanceClock({ ms }));
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
