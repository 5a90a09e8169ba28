import type {
  TaskCreatingAction,
  TaskDetails,
  TaskFate,
  TaskRecord,
  TaskStatus,
} from "../tasks/task-record.js";

/** Where a stored task lives: its account and region (shared by every task of the scope). */
export interface TaskScope {
  readonly accountId: string;
  readonly regionId: string;
}

/**
 * A task as the in-memory store keeps it: the record's facts, minus the account and region its scope
 * already holds, plus what the indexes need. One object per task instead of a record and an index entry,
 * because a million tasks must fit in a few hundred megabytes.
 */
export class StoredTask<S extends TaskScope = TaskScope> {
  readonly scope: S;
  /** Insertion order: breaks ties between tasks created in the same millisecond. */
  readonly seq: number;
  readonly taskId: string;
  readonly taskAction: TaskCreatingAction;
  readonly resourceId: string;
  readonly details: TaskDetails;
  readonly createdAtMs: number;
  readonly queuedMs: number;
  readonly durationMs: number;
  readonly fate: TaskFate;
  cancelledAtMs: number | null;
  /** The status the task is filed under in the status lists, as of the store's last sync. */
  indexedStatus: TaskStatus = "Waiting";
  /** The transition time the task is queued for, so that stale queue items can be skipped. */
  nextChangeAtMs: number | null = null;

  /** Copies the facts of `record` (whose account and region are `scope`'s). */
  constructor(scope: S, seq: number, record: TaskRecord) {
    this.scope = scope;
    this.seq = seq;
    this.taskId = record.taskId;
    this.taskAction = record.taskAction;
    this.resourceId = record.resourceId;
    this.details = record.details;
    this.createdAtMs = record.createdAtMs;
    this.queuedMs = record.queuedMs;
    this.durationMs = record.durationMs;
    this.fate = record.fate;
    this.cancelledAtMs = record.cancelledAtMs;
  }

  /** The task as a plain record, a fresh object each time. */
  toRecord(): TaskRecord {
    return {
      accountId: this.scope.accountId,
      regionId: this.scope.regionId,
      taskId: this.taskId,
      taskAction: this.taskAction,
      resourceId: this.resourceId,
      details: this.details,
      createdAtMs: this.createdAtMs,
      queuedMs: this.queuedMs,
      durationMs: this.durationMs,
      fate: this.fate,
      cancelledAtMs: this.cancelledAtMs,
    };
  }
}
