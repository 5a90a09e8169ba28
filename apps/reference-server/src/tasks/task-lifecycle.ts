import type { OperationStatus } from "@ecs-tasks/contract";
import { formatMinuteTime } from "./minute-time.js";
import { relatedItemsOf, subtaskCount } from "./related-items.js";
import type { RelatedItem, TaskCreatingAction, TaskRecord, TaskStatus } from "./task-record.js";

/**
 * Where a task is in its life, finer than the status the ECS API answers: queued (`Waiting`), running, done,
 * failed, stopped by its fate (`Paused`) or cancelled (`Deleted`). The store's facts give this phase; the API
 * answers only the statuses the current documentation lists ({@link statusOfPhase}), and the control API shows
 * the phase itself (docs/decisions/0038-documented-task-statuses.md).
 */
export type TaskPhase = "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted";

/**
 * The documented status a phase is answered as. A queued or paused task is still `Processing` (at the progress
 * it has); a cancelled one has ended without success, `Failed`.
 */
export function statusOfPhase(phase: TaskPhase): TaskStatus {
  switch (phase) {
    case "Waiting":
    case "Paused":
      return "Processing";
    case "Deleted":
      return "Failed";
    default:
      return phase;
  }
}

/** One entry of `OperationProgressSet.OperationProgress`. */
export interface OperationView {
  readonly operationStatus: OperationStatus;
  readonly errorCode: string;
  readonly errorMsg: string;
  readonly relatedItems: readonly RelatedItem[];
}

/** What a task reports at one instant: everything DescribeTaskAttribute shows besides its stored facts. */
export interface TaskView {
  /** What the API answers. */
  readonly taskStatus: TaskStatus;
  /** What the control API shows. */
  readonly phase: TaskPhase;
  /** Integer percentage, shown on the wire as `"<n>%"`. */
  readonly taskProcess: number;
  readonly supportCancel: boolean;
  readonly totalCount: number;
  readonly successCount: number;
  readonly failedCount: number;
  readonly creationTime: string;
  /** `""` until the task has ended (phase Finished, Failed or Deleted). */
  readonly finishedTime: string;
  readonly operations: readonly OperationView[];
}

/** The facts a task's status follows from: enough for a store to index status without whole records. */
export type TaskTimeline = Pick<
  TaskRecord,
  "createdAtMs" | "queuedMs" | "durationMs" | "fate" | "cancelledAtMs"
>;

/** When the task leaves the queue (Waiting → Processing); a store may index it. */
export function startAt(record: TaskTimeline): number {
  return record.createdAtMs + record.queuedMs;
}

/** Milliseconds from start to the point where the fate takes effect. */
function runMs(record: TaskTimeline): number {
  const { fate, durationMs } = record;
  return fate.outcome === "finish" ? durationMs : Math.ceil((durationMs * fate.atPercent) / 100);
}

/** When the fate takes effect (Processing → Finished, Failed or Paused) unless cancelled first; a store may index it. */
export function endAt(record: TaskTimeline): number {
  return startAt(record) + runMs(record);
}

/** The task's phase at `nowMs`. */
export function taskPhaseAt(record: TaskTimeline, nowMs: number): TaskPhase {
  if (record.cancelledAtMs !== null && nowMs >= record.cancelledAtMs) {
    return "Deleted";
  }
  if (nowMs < startAt(record)) {
    return "Waiting";
  }
  if (nowMs < endAt(record)) {
    return "Processing";
  }
  switch (record.fate.outcome) {
    case "finish":
      return "Finished";
    case "fail":
      return "Failed";
    default:
      return "Paused";
  }
}

/** The status the API answers for the task at `nowMs`. Cheap: the store's status index calls it for every transition. */
export function taskStatusAt(record: TaskTimeline, nowMs: number): TaskStatus {
  return statusOfPhase(taskPhaseAt(record, nowMs));
}

/**
 * The first instant after `nowMs` at which the task's phase (and so perhaps its status) may change, or null when it never will.
 * This is what lets the store keep a status index without a timer per task.
 */
export function nextStatusChangeAt(record: TaskTimeline, nowMs: number): number | null {
  const cancelledAt = record.cancelledAtMs;
  if (cancelledAt !== null && nowMs >= cancelledAt) {
    return null;
  }
  let next: number | null = null;
  for (const boundary of [startAt(record), endAt(record), cancelledAt]) {
    if (boundary !== null && boundary > nowMs && (next === null || boundary < next)) {
      next = boundary;
    }
  }
  // Boundaries after a cancellation are never reached: the cancellation comes first and is final.
  return cancelledAt !== null && next !== null && next > cancelledAt ? cancelledAt : next;
}

/** Whether CancelTask can ever act on tasks of this action: only image imports and exports. */
export function isCancellableAction(action: TaskCreatingAction): boolean {
  return action === "ImportImage" || action === "ExportImage";
}

/** Whether CancelTask may act on a task with this action in this phase (a paused task cannot be cancelled). */
export function isCancellable(record: TaskRecord, phase: TaskPhase): boolean {
  return (phase === "Waiting" || phase === "Processing") && isCancellableAction(record.taskAction);
}

function percentAt(record: TaskTimeline, nowMs: number): number {
  // Progress stops where it was when the task was cancelled.
  const t = record.cancelledAtMs !== null && record.cancelledAtMs < nowMs ? record.cancelledAtMs : nowMs;
  const start = startAt(record);
  if (t < start) {
    return 0;
  }
  if (t >= endAt(record)) {
    return record.fate.outcome === "finish" ? 100 : record.fate.atPercent;
  }
  return Math.floor(((t - start) * 100) / record.durationMs);
}

/** What the subtasks a cancellation cut short report (the contract's CancelledExport example). */
export const CANCELLED_OPERATION = Object.freeze({
  errorCode: "TaskCancelled",
  errorMsg: "The task was cancelled.",
});

/**
 * The task as seen at `nowMs`: a pure function of the stored facts and the time.
 *
 * Subtasks complete in order, so `SuccessCount` is the share of subtasks that the progress has passed.
 * Every subtask is listed: `Success` when done, `Failed` with the fate's error (or `TaskCancelled` after a
 * cancellation) when cut short, and `Processing` while it has not ended.
 */
export function viewTask(record: TaskRecord, nowMs: number): TaskView {
  const phase = taskPhaseAt(record, nowMs);
  const taskProcess = percentAt(record, nowMs);
  const totalCount = subtaskCount(record);
  let successCount = phase === "Finished" ? totalCount : Math.floor((taskProcess * totalCount) / 100);
  let failedCount = 0;
  if (phase === "Failed") {
    successCount = Math.min(successCount, totalCount - 1);
    failedCount = totalCount - successCount;
  } else if (phase === "Deleted") {
    // Answered `Failed`, so it keeps the invariant of a failed task: every subtask succeeded or failed.
    failedCount = totalCount - successCount;
  }

  let finishedTime = "";
  if (phase === "Finished" || phase === "Failed") {
    finishedTime = formatMinuteTime(endAt(record));
  } else if (phase === "Deleted" && record.cancelledAtMs !== null) {
    finishedTime = formatMinuteTime(record.cancelledAtMs);
  }

  const fate = record.fate;
  const operations: OperationView[] = [];
  for (let i = 0; i < totalCount; i++) {
    const relatedItems = relatedItemsOf(record, i);
    if (i < successCount) {
      operations.push({ operationStatus: "Success", errorCode: "", errorMsg: "", relatedItems });
    } else if (phase === "Failed" && fate.outcome === "fail") {
      operations.push({
        operationStatus: "Failed",
        errorCode: fate.errorCode,
        errorMsg: fate.errorMessage,
        relatedItems,
      });
    } else if (phase === "Deleted") {
      operations.push({ operationStatus: "Failed", ...CANCELLED_OPERATION, relatedItems });
    } else {
      operations.push({ operationStatus: "Processing", errorCode: "", errorMsg: "", relatedItems });
    }
  }

  return {
    taskStatus: statusOfPhase(phase),
    phase,
    taskProcess,
    supportCancel: isCancellable(record, phase),
    totalCount,
    successCount,
    failedCount,
    creationTime: formatMinuteTime(record.createdAtMs),
    finishedTime,
    operations,
  };
}
