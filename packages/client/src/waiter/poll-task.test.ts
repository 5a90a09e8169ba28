import type { DescribeTaskAttributeResponse, TaskStatus } from "@ecs-tasks/contract";
import { describe, expect, it } from "vitest";
import { specExample } from "../../test/support/spec-examples.js";
import { type VirtualTime, virtualTime } from "../../test/support/virtual-time.js";
import { normalizeTask } from "../tasks/normalize-task.js";
import { pollTask } from "./poll-task.js";
import { TaskWaitError } from "./task-wait-error.js";

const running = specExample(
  "DescribeTaskAttribute",
  200,
  "ProcessingImport",
) as DescribeTaskAttributeResponse;

function answer(status: TaskStatus, progress: number) {
  return normalizeTask({ ...running, TaskId: "t-1", TaskStatus: status, TaskProcess: `${progress}%` });
}

/** Answers the scripted states in turn (the last one repeats), whatever the time. */
function script(...states: Array<[TaskStatus, number]>) {
  let calls = 0;
  const describe = async () => {
    const [status, progress] = states[Math.min(calls, states.length - 1)] ?? ["Processing", 0];
    calls++;
    return answer(status, progress);
  };
  return { describe, calls: () => calls };
}

/**
 * A task as the reference server runs it: queued (Processing at 0 %) for `queuedMs`, then Processing with the percentage
 * rounded down, Finished at `queuedMs + runMs`. Each call takes `latencyMs` of virtual time.
 */
function steadyTask(time: VirtualTime, queuedMs: number, runMs: number, latencyMs = 5, readAt = 0.5) {
  const start = time.clock();
  let calls = 0;
  const endsAt = start + queuedMs + runMs;
  const describe = async () => {
    calls++;
    time.advance(latencyMs * readAt);
    const elapsed = time.clock() - start - queuedMs;
    time.advance(latencyMs * (1 - readAt));
    if (elapsed < 0) {
      return answer("Processing", 0);
    }
    return elapsed >= runMs
      ? answer("Finished", 100)
      : answer("Processing", Math.floor((elapsed * 100) / runMs));
  };
  return { describe, calls: () => calls, endsAt };
}

describe("pollTask", () => {
  it("polls at once and resolves without sleeping when the task is already Finished", async () => {
    const time = virtualTime();
    const task = script(["Finished", 100]);
    await expect(pollTask(task.describe, { ...time, random: () => 0 })).resolves.toMatchObject({
      TaskStatus: "Finished",
      progress: 100,
    });
    expect(task.calls()).toBe(1);
    expect(time.slept).toEqual([]);
  });

  it.each([
    [20_000, 1_500, 10],
    [60_000, 2_000, 10],
    // Within the last percent the percentage tells nothing more: a long task is noticed within 1 % of its run.
    [600_000, 6_000, 45],
  ])("notices the end of a %i ms task soon after it ends, from its progress", async (total, late, polls) => {
    for (const jitter of [0, 0.5, 0.999]) {
      const time = virtualTime();
      const task = steadyTask(time, total * 0.05, total * 0.95);
      const seen: number[] = [];
      await pollTask(task.describe, { ...time, random: () => jitter, onProgress: (p) => seen.push(p) });
      expect(time.clock() - task.endsAt).toBeGreaterThanOrEqual(0);
      expect(time.clock() - task.endsAt).toBeLessThanOrEqual(late);
      expect(task.calls()).toBeLessThanOrEqual(polls);
      expect(seen.at(-1)).toBe(100);
    }
  });

  it("still predicts from slow answers, wherever in the request the server read the task", async () => {
    for (const readAt of [0, 0.5, 1]) {
      const time = virtualTime();
      const task = steadyTask(time, 1_000, 19_000, 400, readAt);
      await pollTask(task.describe, { ...time, random: () => 0.5 });
      expect(time.clock() - task.endsAt).toBeLessThanOrEqual(1_500);
      expect(task.calls()).toBeLessThanOrEqual(10);
    }
  });

  it("backs off as before, jittered doubling up to the maximum, while the percentage does not move", async () => {
    const time = virtualTime();
    const task = script(["Processing", 37]);
    const error = await pollTask(task.describe, {
      ...time,
      random: () => 1,
      minDelayMs: 1_000,
      maxDelayMs: 5_000,
      timeoutMs: 20_000,
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ reason: "timeout", task: { progress: 37 } });
    expect(time.slept).toEqual([1_000, 2_000, 4_000, 5_000, 5_000, 3_000]);
  });

  it("never waits less than the minimum while progress tells nothing, whatever the jitter", async () => {
    const time = virtualTime();
    const task = script(["Processing", 1], ["Processing", 1], ["Finished", 100]);
    await pollTask(task.describe, { ...time, random: () => 0, minDelayMs: 500, maxDelayMs: 10_000 });
    expect(time.slept).toEqual([500, 500]);
  });

  it("goes back to backing off when a task that moved stops moving", async () => {
    const time = virtualTime();
    let calls = 0;
    // 1 % a second for 30 s, then stuck at 30 %.
    const describe = async () => {
      calls++;
      time.advance(5);
      return answer("Processing", Math.min(30, Math.floor((time.clock() - startedAt) / 1_000)));
    };
    const startedAt = time.clock();
    await pollTask(describe, { ...time, random: () => 1, timeoutMs: 600_000 }).catch(() => undefined);
    const stuckDelays = time.slept.slice(-10);
    expect(stuckDelays.every((delay) => delay === 30_000 || delay < 30_000)).toBe(true);
    // Ten minutes at 30 %: no more polls than backing off alone would make (about 20, at 30 s).
    expect(calls).toBeLessThanOrEqual(32);
    expect(stuckDelays.slice(0, -1)).toEqual(Array(9).fill(30_000));
  });

  it("rejects at once with the last task when it is Failed", async () => {
    const time = virtualTime();
    const task = script(["Processing", 30], ["Failed", 45]);
    const error = await pollTask(task.describe, { ...time, random: () => 0 }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TaskWaitError);
    expect(error).toMatchObject({ reason: "failed", task: { TaskStatus: "Failed", progress: 45 } });
    expect(task.calls()).toBe(2);
  });

  it("times out with the task as it was at the deadline, polling once at the deadline", async () => {
    const time = virtualTime();
    const task = script(["Processing", 5], ["Processing", 5], ["Processing", 0]);
    const error = await pollTask(task.describe, {
      ...time,
      random: () => 1,
      minDelayMs: 1_000,
      maxDelayMs: 1_000,
      timeoutMs: 2_500,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskWaitError);
    expect(error).toMatchObject({ reason: "timeout", task: { TaskStatus: "Processing", progress: 0 } });
    expect((error as Error).message).toBe("Task t-1 still Processing at 0% when the wait timed out");
    expect(time.slept).toEqual([1_000, 1_000, 500]);
    expect(task.calls()).toBe(4);
  });

  it("stops at once when the signal aborts, with the signal's reason", async () => {
    const time = virtualTime();
    const controller = new AbortController();
    const task = script(["Processing", 5]);
    const reason = new Error("user gave up");
    const waiting = pollTask(
      async (signal) => {
        const result = await task.describe();
        controller.abort(reason);
        signal?.throwIfAborted();
        return result;
      },
      { ...time, random: () => 0, signal: controller.signal },
    );
    await expect(waiting).rejects.toBe(reason);
    expect(task.calls()).toBe(1);
  });

  it("rejects before any poll when the signal is already aborted", async () => {
    const task = script(["Finished", 100]);
    const signal = AbortSignal.abort(new Error("early"));
    await expect(pollTask(task.describe, { ...virtualTime(), random: () => 0, signal })).rejects.toThrow(
      "early",
    );
    expect(task.calls()).toBe(0);
  });
});
