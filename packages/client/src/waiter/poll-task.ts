import type { NormalizedTask } from "../tasks/normalize-task.js";
import type { Clock, Sleep } from "../timing/sleep.js";
import { TaskWaitError } from "./task-wait-error.js";

/** How long and how often to poll. */
export interface PollOptions {
  /** Shortest delay between polls. Default 2 000 ms. */
  minDelayMs?: number;
  /** Longest delay between polls. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Give up after this long, counted from the first poll. Default 3 600 000 ms (one hour). */
  timeoutMs?: number;
  /** Stops waiting; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Called after every poll with the progress in percent (0 to 100) and the task. */
  onProgress?: (progress: number, task: NormalizedTask) => void;
  /** Time source; inject one in tests. */
  clock?: Clock;
  /** Sleep; inject one in tests so that nothing really waits. */
  sleep?: Sleep;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/**
 * Polls at once, then again after jittered exponential delays between the minimum and maximum,
 * until the task is Finished (resolves) or Failed (rejects; a cancelled task reports Failed), or the timeout passes.
 */
export async function pollTask(
  describe: (signal: AbortSignal | undefined) => Promise<NormalizedTask>,
  options: PollOptions & { clock: Clock; sleep: Sleep; random: () => number },
): Promise<NormalizedTask> {
  const minDelay = Math.max(0, options.minDelayMs ?? 2_000);
  const maxDelay = Math.max(minDelay, options.maxDelayMs ?? 30_000);
  const deadline = options.clock() + (options.timeoutMs ?? 3_600_000);
  for (let poll = 0; ; poll++) {
    options.signal?.throwIfAborted();
    const task = await describe(options.signal);
    options.onProgress?.(task.progress, task);
    const label = `Task ${task.TaskId}`;
    switch (task.TaskStatus) {
      case "Finished":
        return task;
      case "Failed":
        throw new TaskWaitError("failed", task, `${label} failed at ${task.progress}%`);
    }
    const remaining = deadline - options.clock();
    if (remaining <= 0) {
      throw new TaskWaitError(
        "timeout",
        task,
        `${label} still ${task.TaskStatus} at ${task.progress}% when the wait timed out`,
      );
    }
    const ceiling = Math.min(maxDelay, minDelay * 2 ** poll);
    const delay = minDelay + options.random() * (ceiling - minDelay);
    // The last sleep ends at the deadline, so the final poll shows the task as it was then.
    await options.sleep(Math.min(delay, remaining), options.signal);
  }
}
