import type { OperationStatus } from "@ecs-tasks/contract";
import { formatMinuteTime } from "./minute-time.js";
import { relatedItemsOf, subtaskCount } from "./related-items.js";
import type { RelatedItem, TaskCreatingAction, TaskRecord, TaskStatus } from "./task-record.js";

/** One entry of `OperationProgressSet.OperationProgress`. */
export interface OperationView {
  readonly operationStatus: OperationStatus;
  readonly errorCode: string;
  readonly errorMsg: string;
  readonly relatedItems: readonly RelatedItem[];
}

/** What a task reports at one instant: everything DescribeTaskAttribute shows besides its stored facts. */
export interface TaskView {
  readonly taskStatus: TaskStatus;
  /** Integer percentage, shown on the wire as `"<n>%"`. */
  readonly taskProcess: number;
  readonly supportCancel: boolean;
  readonly totalCount: number;
  readonly successCount: number;
  readonly failedCount: number;
  readonly creationTime: string;
  /** `""` until the task has ended (Finished, Failed or Deleted). */
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

/** The task's status at `nowMs`. Cheap: the store's status index calls it for every transition. */
export function taskStatusAt(record: TaskTimeline, nowMs: number): TaskStatus {
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

/**
 * The first instant after `nowMs` at which the task's status may change, or null when it never will.
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

/** Whether CancelTask may act on a task with this action and status. */
export function isCancellable(record: TaskRecord, status: TaskStatus): boolean {
  return (status === "Waiting" || status === "Processing") && isCancellableAction(record.taskAction);
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
  const taskStatus = taskStatusAt(record, nowMs);
  const taskProcess = percentAt(record, nowMs);
  const totalCount = subtaskCount(record);
  let successCount = taskStatus === "Finished" ? totalCount : Math.floor((taskProcess * totalCount) / 100);
  let failedCount = 0;
  if (taskStatus === "Failed") {
    successCount = Math.min(successCount, totalCount - 1);
    failedCount = totalCount - successCount;
  }

  let finishedTime = "";
  if (taskStatus === "Finished" || taskStatus === "Failed") {
    finishedTime = formatMinuteTime(endAt(record));
  } else if (taskStatus === "Deleted" && record.cancelledAtMs !== null) {
    finishedTime = formatMinuteTime(record.cancelledAtMs);
  }

  const fate = record.fate;
  const operations: OperationView[] = [];
  for (let i = 0; i < totalCount; i++) {
    const relatedItems = relatedItemsOf(record, i);
    if (i < successCount) {
      operations.push({ operationStatus: "Success", errorCode: "", errorMsg: "", relatedItems });
    } else if (taskStatus === "Failed" && fate.outcome === "fail") {
      operations.push({
        operationStatus: "Failed",
        errorCode: fate.errorCode,
        errorMsg: fate.errorMessage,
        relatedItems,
      });
    } else if (taskStatus === "Deleted") {
      operations.push({ operationStatus: "Failed", ...CANCELLED_OPERATION, relatedItems });
    } else {
      operations.push({ operationStatus: "Processing", errorCode: "", errorMsg: "", relatedItems });
    }
  }

  return {
    taskStatus,
    taskProcess,
    supportCancel: isCancellable(record, taskStatus),
    totalCount,
    successCount,
    failedCount,
    creationTime: formatMinuteTime(record.createdAtMs),
    finishedTime,
    operations,
  };
}
