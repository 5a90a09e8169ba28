import { createApp } from "@ecs-tasks/reference-server";
import { type ListeningServer, listen } from "@ecs-tasks/reference-server/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEcsClient, type EcsClient, TaskWaitError } from "../src/index.js";

// The waiter's targets in real time, with its default options, against the reference server over HTTP:
// nothing injected, no clock moved. The cases run at once so that the file lasts about a minute.
const REGION = "cn-hangzhou";
const ACCESS_KEY_ID = "waiter-key";

interface Side {
  server: ListeningServer;
  ecs: EcsClient;
  /** When each DescribeTaskAttribute of a task was sent, by TaskId. */
  polls: Map<string, number[]>;
}

/** A reference server whose new tasks take `taskDurationMs` from creation to Finished (5 % of it queued). */
async function startSide(taskDurationMs: number): Promise<Side> {
  const server = await listen(createApp({ taskDurationMs, seed: `waiter-${taskDurationMs}` }).fetch, {
    port: 0,
  });
  const polls = new Map<string, number[]>();
  const ecs = createEcsClient({
    endpoint: server.url,
    regionId: REGION,
    credentials: { accessKeyId: ACCESS_KEY_ID, accessKeySecret: "waiter-secret" },
    fetch: (request) => {
      if (request.headers.get("x-acs-action") === "DescribeTaskAttribute") {
        const taskId = new URL(request.url).searchParams.get("TaskId") ?? "";
        polls.set(taskId, [...(polls.get(taskId) ?? []), Date.now()]);
      }
      return fetch(request);
    },
  });
  return { server, ecs, polls };
}

/** Places a task through the control API, in the account the client's AccessKeyId names. */
async function placeTask(side: Side, placement: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${side.server.url}/_reference/tasks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      accountId: ACCESS_KEY_ID,
      regionId: REGION,
      taskAction: "ExportImage",
      ...placement,
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { TaskId: string }).TaskId;
}

/** Creates a task as a user would (ExportImage) and waits for it: how late the end was noticed, and the polls. */
async function waitForNewTask(side: Side, durationMs: number) {
  const sentAt = Date.now();
  const { TaskId } = await side.ecs.exportImage({ RegionId: REGION, ImageId: "m-wait", OSSBucket: "b" });
  const task = await side.ecs.waitForTask(TaskId);
  // The task was created after `sentAt`: this overstates the lateness by the request's latency at most.
  return { task, latenessMs: Date.now() - (sentAt + durationMs), polls: side.polls.get(TaskId) ?? [] };
}

let short: Side;
let long: Side;

beforeAll(async () => {
  [short, long] = await Promise.all([startSide(20_000), startSide(60_000)]);
});
afterAll(async () => {
  await Promise.all([short.server.close(), long.server.close()]);
});

describe("waitForTask in real time, default options", () => {
  it("notices the end of a 20 s task within 1.5 s in at most 10 polls, and of a 60 s task within 2 s; backs off on a stuck task and on a paused one (answered Processing where it stopped)", async () => {
    const stuckId = await placeTask(long, { status: "Processing", progress: 37, durationMs: 360_000_000 });
    const pausedId = await placeTask(long, { status: "Paused", progress: 50 });
    const [twenty, sixty, stuck, paused] = await Promise.all([
      waitForNewTask(short, 20_000),
      waitForNewTask(long, 60_000),
      long.ecs.waitForTask(stuckId, { timeoutMs: 55_000 }).catch((error: unknown) => error),
      long.ecs.waitForTask(pausedId, { timeoutMs: 55_000 }).catch((error: unknown) => error),
    ]);

    expect(twenty.task.TaskStatus).toBe("Finished");
    expect(twenty.latenessMs).toBeGreaterThanOrEqual(0);
    expect(twenty.latenessMs).toBeLessThanOrEqual(1_500);
    expect(twenty.polls.length).toBeLessThanOrEqual(10);

    expect(sixty.task.TaskStatus).toBe("Finished");
    expect(sixty.latenessMs).toBeGreaterThanOrEqual(0);
    expect(sixty.latenessMs).toBeLessThanOrEqual(2_000);

    // Stuck at 37 %, or paused at 50 % (which the service answers as Processing, decision 0038): the
    // backoff as before, never closer than its 2 s minimum.
    for (const [error, taskId, progress] of [
      [stuck, stuckId, 37],
      [paused, pausedId, 50],
    ] as const) {
      expect(error).toBeInstanceOf(TaskWaitError);
      expect(error).toMatchObject({ reason: "timeout", task: { TaskStatus: "Processing", progress } });
      const polls = long.polls.get(taskId) ?? [];
      // The last gap ends at the wait's deadline, whatever the backoff: left out.
      const gaps = polls.slice(1, -1).map((at, index) => at - (polls[index] as number));
      expect(gaps.length).toBeGreaterThanOrEqual(2);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_900);
    }
  }, 90_000);
});
