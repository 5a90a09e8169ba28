import type { Clock } from "../clock.js";
import type { IdSource } from "../id-source.js";
import type { TaskStore } from "../store/task-store.js";
import type { TaskCreatingAction, TaskFate } from "../tasks/task-record.js";
import type { ErrorCatalogue } from "../wire/error-catalogue.js";
import type { PreparedBody } from "../wire/rpc-response.js";

/** How long new tasks take: `queuedMs` in Waiting, then `durationMs` from 0 to 100 %. */
export interface TaskTiming {
  readonly queuedMs: number;
  readonly durationMs: number;
}

/** What every operation may use. */
export interface OperationDeps {
  readonly store: TaskStore;
  readonly clock: Clock;
  readonly ids: IdSource;
  readonly errors: ErrorCatalogue;
  readonly timing: () => TaskTiming;
  /** The fate of the next task an operation creates (the control API can script failures). */
  readonly fateFor: (action: TaskCreatingAction) => TaskFate;
  /** The region of ModifyDiskSpec tasks, which carry no RegionId, when the endpoint host names none. */
  readonly defaultRegionId: string;
}

/** One call of an operation, after the common checks. */
export interface OperationCall {
  readonly action: string;
  readonly params: ReadonlyMap<string, string>;
  readonly requestId: string;
  readonly accountId: string;
  readonly host: string | undefined;
}

/** A success body without `RequestId`: its fields, or the same already serialised. */
export type OperationBody = Record<string, unknown> | PreparedBody;

/**
 * An operation: answers a call with its success body or throws an `EcsError` (or rejects with one).
 */
export type Operation = (call: OperationCall) => OperationBody | Promise<OperationBody>;
