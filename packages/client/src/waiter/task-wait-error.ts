import type { NormalizedTask } from "../tasks/normalize-task.js";

/** Why waiting for a task ended without success. */
export type TaskWaitFailure = "failed" | "timeout";

/**
 * The waiter gave up: the task failed (a cancelled task ends `Failed` too, its unfinished subtasks with
 * `ErrorCode` `TaskCancelled`), or did not finish in time. Carries the last task seen.
 */
export class TaskWaitError extends Error {
  override readonly name = "TaskWaitError";
  readonly reason: TaskWaitFailure;
  /** The task as last observed, so nobody has to read it again to learn why. */
  readonly task: NormalizedTask;

  constructor(reason: TaskWaitFailure, task: NormalizedTask, message: string) {
    super(message);
    this.reason = reason;
    this.task = task;
  }
}
