import { taskProducingActions, taskStatuses } from "@ecs-tasks/contract";
import type { TaskTimeline } from "../tasks/task-lifecycle.js";
import {
  DISK_DETAILS,
  FINISH,
  type TaskCreatingAction,
  type TaskDetails,
  type TaskFate,
  type TaskRecord,
  type TaskStatus,
} from "../tasks/task-record.js";

/** Where a stored task lives: its account and region (shared by every task of the scope). */
export interface TaskScope {
  readonly accountId: string;
  readonly regionId: string;
}

/** Task actions and statuses as small codes, so that a row stores a byte instead of a pointer. */
export const ACTIONS: readonly TaskCreatingAction[] = taskProducingActions;
export const STATUSES: readonly TaskStatus[] = taskStatuses;
const ACTION_CODES = new Map(ACTIONS.map((action, code) => [action, code]));
const STATUS_CODES = new Map(STATUSES.map((status, code) => [status, code]));

/** The code of an action or status (see {@link ACTIONS}, {@link STATUSES}). */
export function actionCode(action: TaskCreatingAction): number {
  return ACTION_CODES.get(action) as number;
}

export function statusCode(status: TaskStatus): number {
  return STATUS_CODES.get(status) as number;
}

// Longer strings are kept as given: a rope's overhead is small next to them, and a call takes only so many arguments.
const LONGEST_COPIED_ID = 256;

/**
 * A flat copy of `text`. Strings built by concatenation are ropes that keep their parts alive (a `t-` +
 * padded-number id costs about three times its flat size); a store that keeps a million ids owns flat ones.
 */
export function flatCopy(text: string): string {
  if (text.length > LONGEST_COPIED_ID) {
    return text;
  }
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    codes[i] = text.charCodeAt(i);
  }
  return String.fromCharCode(...codes);
}

/**
 * Shared instances of repeated values (resource ids, export details, fates). Most tasks repeat a few
 * buckets and one or two fates, and a million copies of them would cost more than the tasks' own facts.
 */
class Interner<T> {
  readonly #byKey = new Map<string, T>();

  /** The shared value for `key`, made by `make` the first time. */
  get(key: string, make: (flatKey: string) => T): T {
    let value = this.#byKey.get(key);
    if (value === undefined) {
      // Keys are often ropes built by the caller; the table keeps a flat copy rather than the rope's parts.
      const flatKey = flatCopy(key);
      value = make(flatKey);
      this.#byKey.set(flatKey, value);
    }
    return value;
  }
}

function internKeyOfDetails(details: TaskDetails): string | undefined {
  // Import details name one OSS object per disk, different for every task: interning them would only add keys.
  return details.kind === "export"
    ? `e\u0000${details.ossBucket}\u0000${details.ossPrefix ?? "\u0001"}\u0000${details.imageFormat}`
    : details.kind === "disk"
      ? "d"
      : undefined;
}

function copyDetails(details: TaskDetails): TaskDetails {
  switch (details.kind) {
    case "export":
      return Object.freeze({
        kind: "export",
        ossBucket: flatCopy(details.ossBucket),
        ossPrefix: details.ossPrefix === undefined ? undefined : flatCopy(details.ossPrefix),
        imageFormat: flatCopy(details.imageFormat),
      });
    case "disk":
      return DISK_DETAILS;
    default:
      return details;
  }
}

function internKeyOfFate(fate: TaskFate): string {
  switch (fate.outcome) {
    case "finish":
      return "f";
    case "pause":
      return `p\u0000${fate.atPercent}`;
    default:
      return `x\u0000${fate.atPercent}\u0000${fate.errorCode}\u0000${fate.errorMessage}`;
  }
}

function copyFate(fate: TaskFate): TaskFate {
  switch (fate.outcome) {
    case "fail":
      return Object.freeze({
        outcome: "fail",
        atPercent: fate.atPercent,
        errorCode: flatCopy(fate.errorCode),
        errorMessage: flatCopy(fate.errorMessage),
      });
    case "pause":
      return Object.freeze({ outcome: "pause", atPercent: fate.atPercent });
    default:
      return FINISH;
  }
}

const FIRST_CAPACITY = 1_024;

/**
 * The facts of every task in the in-memory store, one row per task in columns: times in typed arrays
 * (a double field of an object is a separate 16-byte box in V8), codes in bytes, strings and shared
 * objects by pointer. A million tasks as one object each took about 540 bytes of heap per task; as rows,
 * about 200 including their ids, id map and list entries.
 * A row number is also the task's insertion order, which breaks ties between equal creation times.
 */
export class TaskTable {
  #capacity = 0;
  #size = 0;
  createdAtMs = new Float64Array(0);
  queuedMs = new Float64Array(0);
  durationMs = new Float64Array(0);
  /** NaN when not cancelled. */
  cancelledAtMs = new Float64Array(0);
  /** The transition time the row is queued for, NaN when none, so that stale queue items can be skipped. */
  nextChangeAtMs = new Float64Array(0);
  /** Index of the row's scope in the store's list of scopes. */
  scopeOf = new Uint32Array(0);
  /** The previous row of the same scope with the same resource id, or -1: a chain per resource. */
  previousOfResource = new Int32Array(0);
  /** See {@link ACTIONS}. */
  action = new Uint8Array(0);
  /** The status (see {@link STATUSES}) the row is filed under in the status lists, as of the last sync. */
  indexedStatus = new Uint8Array(0);
  readonly taskIds: string[] = [];
  readonly resourceIds: string[] = [];
  readonly details: TaskDetails[] = [];
  readonly fates: TaskFate[] = [];
  readonly #resourceIds = new Interner<string>();
  readonly #details = new Interner<TaskDetails>();
  readonly #fates = new Interner<TaskFate>();

  /** How many rows there are. */
  get size(): number {
    return this.#size;
  }

  #grow(): void {
    const capacity = Math.max(FIRST_CAPACITY, Math.ceil(this.#capacity * 1.5));
    const grown = <A extends Float64Array | Uint32Array | Int32Array | Uint8Array>(old: A, bigger: A): A => {
      bigger.set(old);
      return bigger;
    };
    this.createdAtMs = grown(this.createdAtMs, new Float64Array(capacity));
    this.queuedMs = grown(this.queuedMs, new Float64Array(capacity));
    this.durationMs = grown(this.durationMs, new Float64Array(capacity));
    this.cancelledAtMs = grown(this.cancelledAtMs, new Float64Array(capacity));
    this.nextChangeAtMs = grown(this.nextChangeAtMs, new Float64Array(capacity));
    this.scopeOf = grown(this.scopeOf, new Uint32Array(capacity));
    this.previousOfResource = grown(this.previousOfResource, new Int32Array(capacity));
    this.action = grown(this.action, new Uint8Array(capacity));
    this.indexedStatus = grown(this.indexedStatus, new Uint8Array(capacity));
    this.#capacity = capacity;
  }

  /** The id string to keep for a resource: one shared flat copy per distinct id. */
  resourceIdOf(resourceId: string): string {
    return this.#resourceIds.get(resourceId, (flatId) => flatId);
  }

  /**
   * Adds a row with the facts of `record`, whose account and region are those of scope `scopeIndex`.
   * `taskId` and `resourceId` are the strings to keep (see {@link flatCopy}, {@link resourceIdOf}).
   */
  add(
    scopeIndex: number,
    record: TaskRecord,
    taskId: string,
    resourceId: string,
    previousOfResource: number,
  ): number {
    const row = this.#size;
    if (row === this.#capacity) {
      this.#grow();
    }
    this.createdAtMs[row] = record.createdAtMs;
    this.queuedMs[row] = record.queuedMs;
    this.durationMs[row] = record.durationMs;
    this.cancelledAtMs[row] = record.cancelledAtMs ?? Number.NaN;
    this.nextChangeAtMs[row] = Number.NaN;
    this.scopeOf[row] = scopeIndex;
    this.previousOfResource[row] = previousOfResource;
    this.action[row] = actionCode(record.taskAction);
    this.indexedStatus[row] = statusCode("Waiting");
    this.taskIds.push(taskId);
    this.resourceIds.push(resourceId);
    const detailsKey = internKeyOfDetails(record.details);
    this.details.push(
      detailsKey === undefined
        ? record.details
        : this.#details.get(detailsKey, () => copyDetails(record.details)),
    );
    this.fates.push(this.#fates.get(internKeyOfFate(record.fate), () => copyFate(record.fate)));
    this.#size = row + 1;
    return row;
  }

  /** What the row's status follows from, for `task-lifecycle.ts`. */
  timeline(row: number): TaskTimeline {
    const cancelledAtMs = this.cancelledAtMs[row] as number;
    return {
      createdAtMs: this.createdAtMs[row] as number,
      queuedMs: this.queuedMs[row] as number,
      durationMs: this.durationMs[row] as number,
      fate: this.fates[row] as TaskFate,
      cancelledAtMs: Number.isNaN(cancelledAtMs) ? null : cancelledAtMs,
    };
  }

  /** The row as a plain record, a fresh object each time. */
  toRecord(row: number, scope: TaskScope): TaskRecord {
    const cancelledAtMs = this.cancelledAtMs[row] as number;
    return {
      accountId: scope.accountId,
      regionId: scope.regionId,
      taskId: this.taskIds[row] as string,
      taskAction: ACTIONS[this.action[row] as number] as TaskCreatingAction,
      resourceId: this.resourceIds[row] as string,
      details: this.details[row] as TaskDetails,
      createdAtMs: this.createdAtMs[row] as number,
      queuedMs: this.queuedMs[row] as number,
      durationMs: this.durationMs[row] as number,
      fate: this.fates[row] as TaskFate,
      cancelledAtMs: Number.isNaN(cancelledAtMs) ? null : cancelledAtMs,
    };
  }
}
