import type { TaskStatus as ContractTaskStatus, TaskProducingAction } from "@ecs-tasks/contract";

/** The operations that create tasks in this emulator. */
export type TaskCreatingAction = TaskProducingAction;

/** Every status a task can report. */
export type TaskStatus = ContractTaskStatus;

/** One `{Name, Value}` pair of an operation's `RelatedItemSet`. */
export interface RelatedItem {
  readonly name: string;
  readonly value: string;
}

/** How a task ends if nobody cancels it. */
export type TaskFate =
  | { readonly outcome: "finish" }
  | {
      readonly outcome: "fail";
      /** Progress (0–100) at which the task fails. */
      readonly atPercent: number;
      readonly errorCode: string;
      readonly errorMessage: string;
    }
  | {
      readonly outcome: "pause";
      /** Progress (0–100) at which the task stops and stays. */
      readonly atPercent: number;
    };

/** One disk image of an ImportImage task (`DiskDeviceMapping.N`). */
export interface ImportedDisk {
  readonly ossBucket: string;
  readonly ossObject: string;
}

/**
 * What a task works with, beyond its resource id: the facts its `RelatedItemSet`s are derived from.
 * Kept as plain facts rather than ready-made item lists, because a million tasks must fit in memory.
 */
export type TaskDetails =
  | {
      readonly kind: "export";
      readonly ossBucket: string;
      readonly ossPrefix: string | undefined;
      /** Lower case, e.g. `vhd`. */
      readonly imageFormat: string;
    }
  | { readonly kind: "import"; readonly disks: readonly ImportedDisk[] }
  | { readonly kind: "disk" };

/** The details of every ModifyDiskSpec task (the disk is the resource id), shared. */
export const DISK_DETAILS: TaskDetails = Object.freeze({ kind: "disk" });

/** The fate of almost every task, shared so that a million records do not carry a million copies. */
export const FINISH: TaskFate = Object.freeze({ outcome: "finish" });

/**
 * The stored facts of a task. Its status, progress and counts are not stored: they follow from these facts
 * and the time of reading (see `task-lifecycle.ts`).
 */
export interface TaskRecord {
  readonly accountId: string;
  readonly regionId: string;
  readonly taskId: string;
  readonly taskAction: TaskCreatingAction;
  /** The image (ImportImage, ExportImage) or disk (ModifyDiskSpec) the task works on; `ResourceIds.N` filters on it. */
  readonly resourceId: string;
  /** What the subtasks work with; ImportImage has one subtask per disk, the others one. */
  readonly details: TaskDetails;
  readonly createdAtMs: number;
  /** How long the task waits in the queue (`Waiting`) before it starts. */
  readonly queuedMs: number;
  /** How long it takes from start to 100 %. */
  readonly durationMs: number;
  readonly fate: TaskFate;
  /** When CancelTask succeeded on it, or null. */
  readonly cancelledAtMs: number | null;
}
