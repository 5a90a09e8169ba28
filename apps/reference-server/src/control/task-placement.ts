import type { IdSource } from "../id-source.js";
import { isCancellableAction, type TaskPhase, taskPhaseAt } from "../tasks/task-lifecycle.js";
import {
  DISK_DETAILS,
  FINISH,
  type TaskCreatingAction,
  type TaskDetails,
  type TaskFate,
  type TaskRecord,
} from "../tasks/task-record.js";

/** A task to create through the control API, in a chosen state, with a chosen fate. */
export interface TaskPlacement {
  readonly accountId: string;
  readonly regionId: string;
  readonly taskAction: TaskCreatingAction;
  /** The phase it is in now (default Processing). */
  readonly status: TaskPhase;
  /** Progress now for Processing, Paused and Deleted; where it failed for Failed. */
  readonly progress?: number;
  readonly queuedMs: number;
  readonly durationMs: number;
  /** For a running task: how it ends (default: finishes). Ignored for a task already ended. */
  readonly fate?: TaskFate;
  /** The error of a Failed task (default: the action's documented failure). */
  readonly errorCode?: string;
  readonly errorMessage?: string;
  /** The image or disk id (default: a new id in the real shape). */
  readonly resourceId?: string;
  /** Number of subtasks (ImportImage disks), default 1. */
  readonly subtaskCount?: number;
}

/** A placement that cannot exist; the message says why. */
export class InvalidPlacementError extends Error {}

const DEFAULT_FAILURE: Record<TaskCreatingAction, readonly [string, string]> = {
  ExportImage: ["ExportImageFailed", "Exporting image is failed, Please contact the administrator."],
  ImportImage: ["ImportImageFailed", "Importing image is failed, Please contact the administrator."],
  ModifyDiskSpec: ["OperationDenied", "The type of the disk does not support the operation."],
};

function detailsOf(placement: TaskPlacement): TaskDetails {
  switch (placement.taskAction) {
    case "ExportImage":
      return {
        kind: "export",
        ossBucket: "ecs-reference-export",
        ossPrefix: "EcsExport",
        imageFormat: "raw",
      };
    case "ImportImage":
      return {
        kind: "import",
        disks: Array.from({ length: placement.subtaskCount ?? 1 }, (_, i) => ({
          ossBucket: "ecs-reference-import",
          ossObject: i === 0 ? "system-disk.raw" : `data-disk-${i}.raw`,
        })),
      };
    default:
      return DISK_DETAILS;
  }
}

/**
 * The record of a task that is, at `nowMs`, exactly in the placement's state: its creation time is set
 * back by as much time as the task needed to get there, so the lifecycle keeps running from that point.
 */
export function placeTask(placement: TaskPlacement, nowMs: number, ids: IdSource): TaskRecord {
  const { status, durationMs, taskAction } = placement;
  const progress = placement.progress ?? (status === "Finished" ? 100 : 0);
  if (!(Number.isInteger(progress) && progress >= 0 && progress <= 100)) {
    throw new InvalidPlacementError("progress must be an integer from 0 to 100.");
  }
  if (status === "Deleted" && !isCancellableAction(taskAction)) {
    throw new InvalidPlacementError("Only ImportImage and ExportImage tasks can be cancelled (Deleted).");
  }
  if ((status === "Processing" || status === "Deleted") && progress === 100) {
    throw new InvalidPlacementError(`A ${status} task is below 100 % progress.`);
  }
  // Queue time must be positive for a task to be seen Waiting at all.
  const queuedMs = status === "Waiting" ? Math.max(1, placement.queuedMs) : placement.queuedMs;
  let fate: TaskFate = placement.fate ?? FINISH;
  if (status === "Finished") {
    fate = FINISH;
  } else if (status === "Failed") {
    const [code, message] = DEFAULT_FAILURE[taskAction];
    fate = {
      outcome: "fail",
      atPercent: progress,
      errorCode: placement.errorCode ?? code,
      errorMessage: placement.errorMessage ?? message,
    };
  } else if (status === "Paused") {
    fate = { outcome: "pause", atPercent: progress };
  } else if (fate.outcome !== "finish" && fate.atPercent <= progress) {
    throw new InvalidPlacementError(
      `The fate (${fate.outcome} at ${fate.atPercent} %) lies behind the progress.`,
    );
  }
  const elapsedInRun = status === "Waiting" ? 0 : Math.ceil((durationMs * progress) / 100);
  const createdAtMs = status === "Waiting" ? nowMs : nowMs - queuedMs - elapsedInRun;
  if (createdAtMs < 0) {
    throw new InvalidPlacementError(
      "The task would have been created before 1970: set the clock later or shorten it.",
    );
  }
  const taskId = ids.resourceId("t");
  const resourceId = placement.resourceId ?? ids.resourceId(taskAction === "ModifyDiskSpec" ? "d" : "m");
  const record: TaskRecord = {
    accountId: placement.accountId,
    regionId: placement.regionId,
    taskId,
    taskAction,
    resourceId,
    details: detailsOf(placement),
    createdAtMs,
    queuedMs,
    durationMs,
    fate,
    cancelledAtMs: status === "Deleted" ? nowMs : null,
  };
  if (taskPhaseAt(record, nowMs) !== status) {
    // A duration too short for the requested progress cannot be placed exactly.
    throw new InvalidPlacementError(`A task of ${durationMs} ms cannot be ${status} at ${progress} %.`);
  }
  return record;
}
