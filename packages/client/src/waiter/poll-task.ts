import type { TaskStatus } from "@ecs-tasks/contract";
import type { NormalizedTask } from "../tasks/normalize-task.js";
import type { Clock, Sleep } from "../timing/sleep.js";
import { estimateEnd, type ProgressReading } from "./end-estimate.js";
import { TaskWaitError } from "./task-wait-error.js";

/** How long and how often to poll. */
export interface PollOptions {
  /** The first delay when progress tells nothing (queued at 0 %, or stuck); it then doubles, with jitter. Default 2 000 ms. */
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

type Outcome = "done" | "failed" | "running";

// Every status the contract lists, so that a status added to or removed from the spec fails to compile here.
const OUTCOME_OF: Record<TaskStatus, Outcome> = {
  Processing: "running",
  Finished: "done",
  // A task cancelled by CancelTask ends Failed too (decision 0038); its subtasks say why.
  Failed: "failed",
};

/**
 * Predicted polls come no closer than this: near the end of a short task the window is a fraction of a
 * second, and one more poll after it costs less than polling a loaded server ever faster.
 */
const SHORTEST_PREDICTED_DELAY_MS = 250;
/** Readings kept for the estimate: enough for a long baseline, few enough that pairing them all stays cheap. */
const MAX_READINGS = 32;

/**
 * Polls at once, then when the progress seen so far says the task will end, until it is Finished
 * (resolves) or Failed (rejects; a cancelled task ends Failed), or the timeout passes.
 *
 * Each poll of a running task is a reading of its percentage; while the readings fit a steady rate the
 * next poll is at the earliest time the task could have ended, or, once that has passed, at the latest
 * (see `estimateEnd`). Early on the window is wide, so polls also come no later than the backoff below
 * would send them, which narrows it. When progress tells nothing (queued, stuck at one percentage, or
 * a rate no reading fits any more), the waiter backs off: jittered doubling from `minDelayMs` to
 * `maxDelayMs`.
 */
export async function pollTask<T extends NormalizedTask>(
  describe: (signal: AbortSignal | undefined) => Promise<T>,
  options: PollOptions & { clock: Clock; sleep: Sleep; random: () => number },
): Promise<T> {
  const minDelay = Math.max(0, options.minDelayMs ?? 2_000);
  const maxDelay = Math.max(minDelay, options.maxDelayMs ?? 30_000);
  const deadline = options.clock() + (options.timeoutMs ?? 3_600_000);
  const readings: ProgressReading[] = [];
  for (let poll = 0; ; poll++) {
    options.signal?.throwIfAborted();
    const sentAt = options.clock();
    const task = await describe(options.signal);
    const receivedAt = options.clock();
    options.onProgress?.(task.progress, task);
    const label = `Task ${task.TaskId}`;
    const outcome = OUTCOME_OF[task.TaskStatus] ?? "running";
    switch (outcome) {
      case "done":
        return task;
      case "failed":
        throw new TaskWaitError("failed", task, `${label} failed at ${task.progress}%`);
      case "running":
        readings.push({ sentAt, receivedAt, percent: task.progress });
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
    const predicted = predictedDelay(readings, options.clock());
    const delay =
      predicted === undefined
        ? minDelay + options.random() * (ceiling - minDelay)
        : Math.min(ceiling, Math.max(SHORTEST_PREDICTED_DELAY_MS, predicted));
    // The last sleep ends at the deadline, so the final poll shows the task as it was then.
    await options.sleep(Math.min(delay, remaining), options.signal);
  }
}

/**
 * How long until the task may have ended, from its readings; `undefined` when they tell nothing. Drops
 * the oldest readings that no steady rate fits together with the newer ones: the task changed pace.
 */
function predictedDelay(readings: ProgressReading[], now: number): number | undefined {
  if (readings.length < 2) {
    return undefined;
  }
  if (readings.length > MAX_READINGS) {
    readings.shift();
  }
  let window = estimateEnd(readings);
  while (window === undefined) {
    readings.shift();
    window = estimateEnd(readings);
  }
  if (!Number.isFinite(window.latest)) {
    return undefined;
  }
  return (window.earliest > now ? window.earliest : window.latest) - now;
}
