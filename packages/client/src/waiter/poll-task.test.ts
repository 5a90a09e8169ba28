import type { DescribeTaskAttributeResponse, TaskStatus } from "@ecs-tasks/contract";
import { describe, expect, it } from "vitest";
import { specExample } from "../../test/support/spec-examples.js";
import { virtualTime } from "../../test/support/virtual-time.js";
import { normalizeTask } from "../tasks/normalize-task.js";
import { pollTask } from "./poll-task.js";
import { TaskWaitError } from "./task-wait-error.js";

const running = specExample(
  "DescribeTaskAttribute",
  200,
  "ProcessingImport",
) as DescribeTaskAttributeResponse;

/** Answers the scripted states in turn (the last one repeats), as normalized tasks. */
function script(...states: Array<[TaskStatus, number]>) {
  let calls = 0;
  const describe = async () => {
    const [status, progress] = states[Math.min(calls, states.length - 1)] ?? ["Processing", 0];
    calls++;
    return normalizeTask({ ...running, TaskId: "t-1", TaskStatus: status, TaskProcess: `${progress}%` });
  };
  return { describe, calls: () => calls };
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

  it("backs off exponentially between the minimum and maximum delays and reports progress", async () => {
    const time = virtualTime();
    const task = script(
      ["Processing", 0],
      ["Processing", 10],
      ["Processing", 40],
      ["Processing", 80],
      ["Finished", 100],
    );
    const seen: number[] = [];
    const done = await pollTask(task.describe, {
      ...time,
      random: () => 1,
      minDelayMs: 1_000,
      maxDelayMs: 5_000,
      onProgress: (progress) => seen.push(progress),
    });
    expect(done.TaskStatus).toBe("Finished");
    expect(seen).toEqual([0, 10, 40, 80, 100]);
    expect(time.slept).toEqual([1_000, 2_000, 4_000, 5_000]);
  });

  it("never waits less than the minimum, whatever the jitter", async () => {
    const time = virtualTime();
    const task = script(["Processing", 1], ["Processing", 2], ["Finished", 100]);
    await pollTask(task.describe, { ...time, random: () => 0, minDelayMs: 500, maxDelayMs: 10_000 });
    expect(time.slept).toEqual([500, 500]);
  });

  it.each([["Failed", "failed"]] as const)(
    "rejects with the last task when it is %s",
    async (status, reason) => {
      const time = virtualTime();
      const task = script(["Processing", 30], [status, 45]);
      const error = await pollTask(task.describe, { ...time, random: () => 0 }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(TaskWaitError);
      expect(error).toMatchObject({ reason, task: { TaskStatus: status, progress: 45 } });
    },
  );

  it("times out with the task as it was at the deadline, polling once at the deadline", async () => {
    const time = virtualTime();
    const task = script(["Processing", 5], ["Processing", 6], ["Processing", 7]);
    const error = await pollTask(task.describe, {
      ...time,
      random: () => 1,
      minDelayMs: 1_000,
      maxDelayMs: 1_000,
      timeoutMs: 2_500,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskWaitError);
    expect(error).toMatchObject({ reason: "timeout", task: { TaskStatus: "Processing", progress: 7 } });
    expect((error as Error).message).toBe("Task t-1 still Processing at 7% when the wait timed out");
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
