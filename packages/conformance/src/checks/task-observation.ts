// Rules a task must keep between two observations of it (docs/decisions/0003, 0004, 0038).
import { type TaskStatus, taskStatuses } from "@ecs-tasks/contract";
import { isJsonObject } from "../spec/json-value.js";

/** The statuses after which a task never changes again (a cancelled task reports Failed, decision 0038). */
export const TERMINAL_STATUSES: ReadonlySet<string> = new Set<TaskStatus>(["Finished", "Failed"]);

/** Every documented status, ranked: a task only moves up (queued and running tasks are both Processing). */
const RANK: Readonly<Record<string, number>> = Object.fromEntries(
  taskStatuses.map((status) => [status, TERMINAL_STATUSES.has(status) ? 1 : 0]),
);

/** The fields of a DescribeTaskAttribute answer the lifecycle rules read. */
export interface TaskObservation {
  taskId: unknown;
  taskAction: unknown;
  regionId: unknown;
  status: string;
  progress: number | undefined;
  supportCancel: unknown;
  total: number | undefined;
  success: number | undefined;
  failed: number | undefined;
  subtasks: number | undefined;
  /** Subtasks that report `Failed` without an `ErrorCode`. */
  failedWithoutCode: number;
  creationTime: unknown;
  finishedTime: unknown;
}

function count(value: unknown): number | undefined {
  return typeof value === "number" && Number.isInteger(value) ? value : undefined;
}

/** Reads an observation from a DescribeTaskAttribute body. */
export function observe(body: Record<string, unknown>): TaskObservation {
  const progress =
    typeof body.TaskProcess === "string" ? /^(\d{1,3})%$/.exec(body.TaskProcess)?.[1] : undefined;
  const set = body.OperationProgressSet;
  const list = isJsonObject(set) && Array.isArray(set.OperationProgress) ? set.OperationProgress : undefined;
  return {
    taskId: body.TaskId,
    taskAction: body.TaskAction,
    regionId: body.RegionId,
    status: String(body.TaskStatus),
    progress: progress === undefined ? undefined : Number(progress),
    supportCancel: body.SupportCancel,
    total: count(body.TotalCount),
    success: count(body.SuccessCount),
    failed: count(body.FailedCount),
    subtasks: list?.length,
    failedWithoutCode: (list ?? []).filter(
      (item) =>
        isJsonObject(item) &&
        item.OperationStatus === "Failed" &&
        (typeof item.ErrorCode !== "string" || item.ErrorCode === ""),
    ).length,
    creationTime: body.CreationTime,
    finishedTime: body.FinishedTime,
  };
}

/** Whether `SupportCancel` says yes (a boolean or the string form, docs/decisions/0002). */
export function saysTrue(value: unknown): boolean {
  return value === true || value === "true";
}

/** Whether `SupportCancel` says no. */
export function saysFalse(value: unknown): boolean {
  return value === false || value === "false";
}

/** What is wrong with one observation on its own. */
export function observationProblems(
  current: TaskObservation,
  expected: { taskId: string; taskAction: string; regionId: string | undefined },
): string[] {
  const problems: string[] = [];
  if (current.taskId !== expected.taskId) {
    problems.push(`TaskId ${JSON.stringify(current.taskId)}, asked for ${expected.taskId}`);
  }
  if (current.taskAction !== expected.taskAction) {
    problems.push(
      `TaskAction ${JSON.stringify(current.taskAction)}, the task was made by ${expected.taskAction}`,
    );
  }
  if (expected.regionId !== undefined && current.regionId !== expected.regionId) {
    problems.push(`RegionId ${JSON.stringify(current.regionId)}, the task lives in ${expected.regionId}`);
  }
  if (!(current.status in RANK)) {
    problems.push(`TaskStatus ${JSON.stringify(current.status)} is not a documented status`);
  }
  if (current.progress === undefined || current.progress > 100) {
    problems.push("TaskProcess is not a percentage from 0% to 100%");
  }
  const { total, success, failed } = current;
  if (total === undefined || success === undefined || failed === undefined) {
    problems.push("TotalCount, SuccessCount or FailedCount is not an integer");
  } else {
    if (success + failed > total) {
      problems.push(`SuccessCount ${success} + FailedCount ${failed} exceed TotalCount ${total}`);
    }
    if (current.subtasks !== undefined && current.subtasks !== total) {
      problems.push(`TotalCount ${total} but ${current.subtasks} OperationProgress entries`);
    }
    if (current.status === "Finished" && (success !== total || failed !== 0)) {
      problems.push(`Finished with SuccessCount ${success}, FailedCount ${failed} of TotalCount ${total}`);
    }
    if (current.status === "Failed" && failed < 1) {
      problems.push("Failed with FailedCount 0");
    }
    if (current.failedWithoutCode > 0) {
      problems.push(`${current.failedWithoutCode} failed subtask(s) without an ErrorCode`);
    }
  }
  if (current.status === "Finished" && current.progress !== 100) {
    problems.push(`Finished at TaskProcess ${current.progress}%`);
  }
  const ended = TERMINAL_STATUSES.has(current.status);
  if (ended && (typeof current.finishedTime !== "string" || current.finishedTime === "")) {
    problems.push(`${current.status} without a FinishedTime`);
  }
  if (!ended && current.finishedTime !== "") {
    problems.push(
      `FinishedTime ${JSON.stringify(current.finishedTime)} while ${current.status} (must be "" until the task ends)`,
    );
  }
  if (
    typeof current.finishedTime === "string" &&
    current.finishedTime !== "" &&
    typeof current.creationTime === "string" &&
    current.finishedTime < current.creationTime
  ) {
    problems.push(`FinishedTime ${current.finishedTime} is before CreationTime ${current.creationTime}`);
  }
  return problems;
}

/** What is wrong with going from one observation to the next. */
export function transitionProblems(previous: TaskObservation, current: TaskObservation): string[] {
  const problems: string[] = [];
  const before = RANK[previous.status];
  const after = RANK[current.status];
  if (before !== undefined && after !== undefined && after < before) {
    problems.push(`TaskStatus went back from ${previous.status} to ${current.status}`);
  }
  if (TERMINAL_STATUSES.has(previous.status) && current.status !== previous.status) {
    problems.push(`TaskStatus changed from ${previous.status} after the task had ended`);
  }
  if (
    previous.progress !== undefined &&
    current.progress !== undefined &&
    current.progress < previous.progress
  ) {
    problems.push(`TaskProcess went back from ${previous.progress}% to ${current.progress}%`);
  }
  if (TERMINAL_STATUSES.has(previous.status) && current.progress !== previous.progress) {
    problems.push(
      `TaskProcess moved from ${previous.progress}% to ${current.progress}% after the task had ended`,
    );
  }
  for (const key of ["success", "failed"] as const) {
    const a = previous[key];
    const b = current[key];
    if (a !== undefined && b !== undefined && b < a) {
      problems.push(`${key === "success" ? "SuccessCount" : "FailedCount"} went back from ${a} to ${b}`);
    }
  }
  if (current.creationTime !== previous.creationTime) {
    problems.push(
      `CreationTime changed from ${String(previous.creationTime)} to ${String(current.creationTime)}`,
    );
  }
  if (TERMINAL_STATUSES.has(previous.status) && current.finishedTime !== previous.finishedTime) {
    problems.push(`FinishedTime changed from ${String(previous.finishedTime)} after the task had ended`);
  }
  return problems;
}
