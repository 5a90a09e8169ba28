import type {
  DescribeTaskAttributeResponse,
  DescribeTasksResponse,
  SupportCancel,
  TaskSummary,
} from "@ecs-tasks/contract";

/** A task as DescribeTaskAttribute reports it, with `SupportCancel` as a boolean and parsed progress and times. */
export type NormalizedTask = Omit<DescribeTaskAttributeResponse, "SupportCancel"> & {
  SupportCancel: boolean;
  /** `TaskProcess` as a number of percent, 0 to 100 (`"35%"` gives 35). */
  progress: number;
  /** `CreationTime` parsed; undefined when it is not a time. */
  creationDate: Date | undefined;
  /** `FinishedTime` parsed; undefined while the task has not ended (`""`). */
  finishedDate: Date | undefined;
};

/** One task of a DescribeTasks page, with `SupportCancel` as a boolean and parsed times. */
export type NormalizedTaskSummary = Omit<TaskSummary, "SupportCancel"> & {
  SupportCancel: boolean;
  creationDate: Date | undefined;
  finishedDate: Date | undefined;
};

/** A DescribeTasks page with its tasks normalized. */
export type NormalizedTaskPage = Omit<DescribeTasksResponse, "TaskSet"> & {
  TaskSet: { Task: NormalizedTaskSummary[] };
};

/** Reads `SupportCancel` whether it came as a JSON boolean or as the string `"true"`/`"false"` (any case). */
export function parseSupportCancel(value: SupportCancel | string | undefined): boolean {
  return value === true || (typeof value === "string" && value.toLowerCase() === "true");
}

/** Reads `TaskProcess` (`"35%"`) as a number of percent; 0 when absent or unreadable. */
export function parseTaskProcess(value: string | undefined): number {
  const percent = Number.parseFloat(value ?? "");
  return Number.isFinite(percent) ? percent : 0;
}

/** Parses an ECS time (`YYYY-MM-DDThh:mmZ`, seconds allowed); undefined for `""` or anything unreadable. */
export function parseEcsTime(value: string | undefined): Date | undefined {
  if (!value) {
    return undefined;
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Normalizes a DescribeTaskAttribute answer in place: the parsed answer is the client's own, and
 * completing it costs 0.6 µs where copying it cost 6 µs, a third of the C1 floor (ADR 0030). The wire
 * fields stay as sent, apart from `SupportCancel`; the parsed ones come last.
 */
export function normalizeTask(body: DescribeTaskAttributeResponse): NormalizedTask {
  return Object.assign(body, {
    SupportCancel: parseSupportCancel(body.SupportCancel),
    progress: parseTaskProcess(body.TaskProcess),
    creationDate: parseEcsTime(body.CreationTime),
    finishedDate: parseEcsTime(body.FinishedTime),
  });
}

/** Normalizes a DescribeTasks answer in place, as `normalizeTask`; a missing `TaskSet` reads as an empty page. */
export function normalizeTaskPage(body: DescribeTasksResponse): NormalizedTaskPage {
  const tasks = body.TaskSet?.Task ?? [];
  return Object.assign(body, {
    TaskSet: {
      Task: tasks.map((task) =>
        Object.assign(task, {
          SupportCancel: parseSupportCancel(task.SupportCancel),
          creationDate: parseEcsTime(task.CreationTime),
          finishedDate: parseEcsTime(task.FinishedTime),
        }),
      ),
    },
  });
}
