import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createApp } from "@ecs-tasks/reference-server";
import { type ListeningServer, listen } from "@ecs-tasks/reference-server/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createEcsClient,
  type EcsClient,
  type EcsClientOptions,
  EcsNetworkError,
  EcsTimeoutError,
  isEcsApiError,
  type NormalizedTask,
  type Sleep,
  TaskWaitError,
} from "../src/index.js";
import { neverTimesOut } from "./support/virtual-time.js";

type App = ReturnType<typeof createApp>;

const REGION = "cn-hangzhou";
const EXPORT = { RegionId: REGION, ImageId: "m-bp67acfmxazb4p0000", OSSBucket: "testexportimage" } as const;

async function control(app: App, path: string, body?: unknown): Promise<unknown> {
  const response = await app.request(`/_reference${path}`, {
    method: body === undefined && path === "/requests" ? "GET" : "POST",
    ...(body === undefined
      ? {}
      : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  expect(response.status, `${path}: ${await response.clone().text()}`).toBeLessThan(300);
  return response.status === 204 ? undefined : response.json();
}

/**
 * Time shared by the client and the server: every sleep of the client (backoff, polling) advances
 * the server's frozen clock through the control API, so tasks progress and nothing really waits.
 */
function sharedTime(app: App, onSleep?: (totalMs: number) => Promise<void>) {
  let now = Date.UTC(2026, 0, 1);
  const slept: number[] = [];
  const sleep: Sleep = async (ms, signal) => {
    signal?.throwIfAborted();
    slept.push(ms);
    now += ms;
    await control(app, "/clock/advance", { ms });
    await onSleep?.(slept.reduce((sum, each) => sum + each, 0));
  };
  return { clock: () => now, sleep, slept };
}

let app: App;

beforeEach(async () => {
  app = createApp({ seed: "client-e2e", taskDurationMs: 60_000 });
  await control(app, "/clock/set", { time: "2026-01-01T00:00:00Z" });
  await control(app, "/clock/freeze");
});

function clientFor(time: { clock: () => number; sleep: Sleep }, options: EcsClientOptions = {}): EcsClient {
  return createEcsClient({
    endpoint: "http://ecs.reference.test",
    regionId: REGION,
    credentials: { accessKeyId: "testid", accessKeySecret: "testsecret" },
    fetch: (request) => app.fetch(request),
    timeoutSignal: neverTimesOut,
    random: () => 0.5,
    ...time,
    ...options,
  });
}

describe("against the reference server, in process", () => {
  it("describes a task it created, typed and normalized", async () => {
    const ecs = clientFor(sharedTime(app));
    const { TaskId } = await ecs.exportImage(EXPORT);
    expect(TaskId).toMatch(/^t-/);
    await control(app, "/clock/advance", { ms: 30_000 });
    const task = await ecs.describeTaskAttribute({ RegionId: REGION, TaskId });
    expect(task).toMatchObject({
      TaskId,
      RegionId: REGION,
      TaskAction: "ExportImage",
      TaskStatus: "Processing",
    });
    expect(task.SupportCancel).toBe(true);
    expect(task.progress).toBeGreaterThan(0);
    expect(task.progress).toBeLessThan(100);
    expect(task.TaskProcess).toBe(`${task.progress}%`);
    expect(task.FinishedTime).toBe("");
    expect(task.finishedDate).toBeUndefined();
    expect(task.creationDate?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("describes with signature V1 and GET as well", async () => {
    const ecs = clientFor(sharedTime(app), { signatureVersion: "v1", method: "GET" });
    const { TaskId } = await ecs.exportImage(EXPORT);
    await expect(ecs.describeTaskAttribute({ RegionId: REGION, TaskId })).resolves.toMatchObject({ TaskId });
  });

  it("waits for a task that finishes, polling at once and reporting progress", async () => {
    const time = sharedTime(app);
    const ecs = clientFor(time);
    const { TaskId } = await ecs.exportImage(EXPORT);
    const progress: number[] = [];
    const task = await ecs.waitForTask(TaskId, {
      minDelayMs: 2_000,
      maxDelayMs: 10_000,
      onProgress: (percent) => progress.push(percent),
    });
    expect(task).toMatchObject({
      TaskId,
      TaskStatus: "Finished",
      progress: 100,
      SuccessCount: task.TotalCount,
    });
    expect(task.finishedDate).toBeInstanceOf(Date);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // Queued at first, so the waiter backs off; then the progress predicts the end, and it is noticed soon.
    expect(time.slept[0]).toBe(2_000);
    expect(time.slept.every((ms) => ms >= 250 && ms <= 10_000)).toBe(true);
    const endedAt = Date.parse("2026-01-01T00:01:00Z");
    expect(time.clock() - endedAt).toBeGreaterThanOrEqual(0);
    expect(time.clock() - endedAt).toBeLessThanOrEqual(2_000);
    expect(progress.length).toBeLessThanOrEqual(10);
  });

  it("rejects with the failed task when the task fails", async () => {
    await control(app, "/task-fates", {
      taskAction: "ExportImage",
      fate: { outcome: "fail", atPercent: 40 },
    });
    const ecs = clientFor(sharedTime(app));
    const { TaskId } = await ecs.exportImage(EXPORT);
    const error = await ecs.waitForTask(TaskId, { maxDelayMs: 10_000 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskWaitError);
    const { reason, task } = error as TaskWaitError;
    expect(reason).toBe("failed");
    expect(task).toMatchObject({ TaskId, TaskStatus: "Failed", progress: 40 });
    expect(task.FailedCount).toBeGreaterThan(0);
    expect(task.OperationProgressSet.OperationProgress.some((operation) => operation.ErrorCode !== "")).toBe(
      true,
    );
  });

  it("rejects with the cancelled task when it is cancelled while the waiter polls", async () => {
    let cancelled = false;
    let taskId = "";
    const ecs: EcsClient = clientFor(
      sharedTime(app, async (elapsedMs) => {
        if (!cancelled && elapsedMs >= 10_000) {
          cancelled = true;
          await ecs.cancelTask({ RegionId: REGION, TaskId: taskId });
        }
      }),
    );
    taskId = (await ecs.exportImage(EXPORT)).TaskId;
    const seen: NormalizedTask[] = [];
    const error = await ecs
      .waitForTask(taskId, { maxDelayMs: 10_000, onProgress: (_percent, task) => seen.push(task) })
      .catch((caught: unknown) => caught);
    expect(cancelled).toBe(true);
    expect(error).toBeInstanceOf(TaskWaitError);
    expect(error).toMatchObject({
      // A cancelled task reports Failed (decision 0038).
      reason: "failed",
      task: { TaskId: taskId, TaskStatus: "Failed", SupportCancel: false },
    });
    expect(seen.at(-2)?.TaskStatus).toBe("Processing");
  });

  it("stops waiting when its signal aborts, with the signal's reason", async () => {
    const controller = new AbortController();
    const reason = new Error("deploy cancelled");
    const ecs = clientFor(
      sharedTime(app, async (elapsedMs) => {
        if (elapsedMs >= 10_000) {
          controller.abort(reason);
        }
      }),
    );
    const { TaskId } = await ecs.exportImage(EXPORT);
    let polls = 0;
    await expect(
      ecs.waitForTask(TaskId, { signal: controller.signal, onProgress: () => polls++ }),
    ).rejects.toBe(reason);
    expect(polls).toBeGreaterThan(1);
    await expect(ecs.describeTaskAttribute({ RegionId: REGION, TaskId })).resolves.toMatchObject({
      TaskStatus: "Processing",
    });
  });

  it("backs off on a task the service paused (Processing, its percentage stuck) and times out with it", async () => {
    await control(app, "/task-fates", {
      taskAction: "ExportImage",
      fate: { outcome: "pause", atPercent: 20 },
    });
    const time = sharedTime(app);
    const ecs = clientFor(time);
    const { TaskId } = await ecs.exportImage(EXPORT);
    let polls = 0;
    const error = await ecs
      .waitForTask(TaskId, { timeoutMs: 3_600_000, onProgress: () => polls++ })
      .catch((caught: unknown) => caught);
    // A paused task reports Processing at the progress where it stopped (decision 0038).
    expect(error).toMatchObject({
      reason: "timeout",
      task: { TaskId, TaskStatus: "Processing", progress: 20 },
    });
    // An hour paused costs the backoff's polls (jittered between 2 and 30 s; 16 s with this jitter).
    expect(time.slept.slice(-20, -1)).toEqual(Array(19).fill(16_000));
    expect(polls).toBeLessThanOrEqual(3_600 / 16 + 10);
  });

  it("retries a throttled call after x-acs-retry-after and then succeeds", async () => {
    const time = sharedTime(app);
    const ecs = clientFor(time);
    const { TaskId } = await ecs.exportImage(EXPORT);
    await control(app, "/faults", {
      action: "DescribeTaskAttribute",
      error: "Throttling",
      times: 1,
      retryAfterMs: 700,
    });
    const task = await ecs.describeTaskAttribute({ RegionId: REGION, TaskId });
    expect(task.TaskId).toBe(TaskId);
    expect(time.slept).toEqual([700]);
    expect(task.$metadata).toEqual({
      httpStatusCode: 200,
      requestId: task.RequestId,
      attempts: 2,
      totalTimeMs: 700,
    });
    const { requests } = (await control(app, "/requests")) as {
      requests: Array<{ action: string | null; status: number; code: string | null }>;
    };
    const describes = requests.filter((request) => request.action === "DescribeTaskAttribute");
    expect(describes.map(({ status, code }) => [status, code]).sort()).toEqual([
      [200, null],
      [400, "Throttling"],
    ]);
  });

  it("waits maxDelayMs when x-acs-retry-after asks for more, then tries again; per call, a larger maxDelayMs waits it out", async () => {
    const time = sharedTime(app);
    const ecs = clientFor(time, { retry: { maxDelayMs: 1_000 } });
    await control(app, "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
      times: 1,
      retryAfterMs: 5_000,
    });
    const regions = await ecs.describeRegions();
    expect(time.slept).toEqual([1_000]);
    expect(regions.$metadata.attempts).toBe(2);

    await control(app, "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
      times: 1,
      retryAfterMs: 5_000,
    });
    await ecs.describeRegions({}, { retry: { maxDelayMs: 10_000 } });
    expect(time.slept).toEqual([1_000, 5_000]);
  });

  it("takes retry overrides per call, and keeps the client's for the next call", async () => {
    const ecs = clientFor(sharedTime(app));
    await control(app, "/faults", { action: "DescribeRegions", error: "Throttling", times: 1 });
    const error = await ecs
      .describeRegions({}, { retry: { maxAttempts: 1 } })
      .catch((caught: unknown) => caught);
    expect(isEcsApiError(error, "Throttling")).toBe(true);
    await control(app, "/faults", { action: "DescribeRegions", error: "Throttling", times: 1 });
    await expect(ecs.describeRegions()).resolves.toMatchObject({ $metadata: { attempts: 2 } });
  });

  it("retries 5xx for reads but not for a call that creates a task", async () => {
    const ecs = clientFor(sharedTime(app));
    await control(app, "/faults", { action: "DescribeTasks", error: "InternalError", times: 2 });
    await expect(ecs.describeTasks({ RegionId: REGION })).resolves.toMatchObject({ RegionId: REGION });
    await control(app, "/faults", { action: "ExportImage", error: "InternalError", times: 1 });
    const error = await ecs.exportImage(EXPORT).catch((caught: unknown) => caught);
    expect(isEcsApiError(error, "InternalError")).toBe(true);
    expect(error).toMatchObject({ status: 500, action: "ExportImage" });
    await expect(ecs.exportImage(EXPORT)).resolves.toMatchObject({ RegionId: REGION });
  });

  it("reports the documented error for a task that does not exist", async () => {
    const ecs = clientFor(sharedTime(app));
    const error = await ecs
      .describeTaskAttribute({ RegionId: REGION, TaskId: "t-doesnotexist" })
      .catch((e: unknown) => e);
    expect(isEcsApiError(error, "InvalidTaskId.NotFound")).toBe(true);
    expect(error).toMatchObject({ status: 400, message: 'The specified "TaskId" is not found.' });
    expect((error as { requestId?: string }).requestId).toMatch(/\S/);
  });

  it("pages through DescribeTasks", async () => {
    const ecs = clientFor(sharedTime(app));
    const created = new Set<string>();
    for (let i = 0; i < 5; i++) {
      created.add((await ecs.exportImage(EXPORT)).TaskId);
    }
    const seen: string[] = [];
    let pages = 0;
    for await (const page of ecs.paginateTasks({ RegionId: REGION, PageSize: 2 })) {
      pages++;
      seen.push(...page.TaskSet.Task.map((task) => task.TaskId));
    }
    expect(pages).toBe(3);
    expect(new Set(seen)).toEqual(created);
  });
});

describe("timeouts and abort against the reference server", () => {
  it("gives EcsTimeoutError when the server does not answer within the timeout", async () => {
    const stalled = createApp({ sleep: () => new Promise<void>(() => {}) });
    const response = await stalled.request("/_reference/faults", {
      method: "POST",
      body: JSON.stringify({ action: "DescribeRegions", latencyMs: 60_000, times: 5 }),
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(201);
    const slept: number[] = [];
    const timers: number[] = [];
    const ecs = createEcsClient({
      endpoint: "http://ecs.reference.test",
      credentials: "anonymous",
      fetch: (request) => stalled.fetch(request),
      timeoutMs: 5_000,
      retry: { maxAttempts: 2 },
      random: () => 0.5,
      sleep: async (ms) => {
        slept.push(ms);
      },
      timeoutSignal: (ms) => {
        timers.push(ms);
        return AbortSignal.timeout(0);
      },
    });
    const error = await ecs.describeRegions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 5_000, action: "DescribeRegions" });
    expect(timers).toEqual([5_000, 5_000]);
    expect(slept).toEqual([50]);
  });

  it("rejects with the caller's reason when the caller aborts mid-call", async () => {
    const controller = new AbortController();
    const reason = new DOMException("The user navigated away", "AbortError");
    const stalled = createApp({
      sleep: () => {
        controller.abort(reason);
        return new Promise<void>(() => {});
      },
    });
    await stalled.request("/_reference/faults", {
      method: "POST",
      body: JSON.stringify({ action: "DescribeRegions", latencyMs: 1 }),
      headers: { "content-type": "application/json" },
    });
    const ecs = createEcsClient({
      endpoint: "http://ecs.reference.test",
      credentials: "anonymous",
      fetch: (request) => stalled.fetch(request),
      timeoutSignal: neverTimesOut,
    });
    await expect(ecs.describeRegions({}, { signal: controller.signal })).rejects.toBe(reason);
  });
});

describe("over a real socket on 127.0.0.1", () => {
  let server: ListeningServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("calls the server with the global fetch, then reports a refused connection as EcsNetworkError", async () => {
    server = await listen(app.fetch, { port: 0 });
    const slept: number[] = [];
    const ecs = createEcsClient({
      endpoint: server.url,
      regionId: REGION,
      credentials: { accessKeyId: "testid", accessKeySecret: "testsecret" },
      timeoutSignal: neverTimesOut,
      random: () => 0.5,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    const regions = await ecs.describeRegions();
    expect(regions.Regions.Region.map((region) => region.RegionId)).toContain(REGION);

    await server.close();
    server = undefined;
    const error = await ecs.describeRegions().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsNetworkError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(slept).toEqual([50, 100]);
  });

  it("runs examples/export-and-wait.ts to the end", async () => {
    server = await listen(createApp({ seed: "example", taskDurationMs: 0 }).fetch, { port: 0 });
    const example = fileURLToPath(new URL("../examples/export-and-wait.ts", import.meta.url));
    const child = spawn(process.execPath, ["--conditions=@ecs-tasks/source", "--import", "tsx", example], {
      cwd: fileURLToPath(new URL("..", import.meta.url)),
      env: { ...process.env, ECS_ENDPOINT: server.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(output).toMatch(/export task t-\S+ started/);
    expect(output).toMatch(/Finished 100%/);
    expect(output).toMatch(/finished at \d{4}-/);
    expect(code, output).toBe(0);
  }, 30_000);
});
