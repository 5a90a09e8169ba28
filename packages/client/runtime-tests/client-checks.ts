// The client's checks every runtime runs (Node, Bun, Deno, workerd, Chromium): it signs, calls a reference
// server that verifies signatures, and meets typed errors. Only the language, `fetch` and Web Crypto are used,
// so that a failure is the client's on that runtime and not the harness's. The runner starts the server on
// Node and hands its address in.
import { documentedErrors } from "@ecs-tasks/contract";
import { createControlClient } from "@ecs-tasks/contract/control-client";
import {
  createEcsClient,
  type EcsClientOptions,
  EcsTimeoutError,
  isEcsApiError,
  TaskWaitError,
} from "../src/index.js";

/** The reference server the checks call, started by the runner in `verify` mode. */
export interface ClientCheckTarget {
  readonly endpoint: string;
  readonly controlToken: string;
  readonly accessKeyId: string;
  readonly accessKeySecret: string;
}

/** The outcome of one check on one runtime. */
export interface CheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly error?: string;
}

const REGION = "cn-hangzhou";

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

async function rejection(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`${what}: resolved, expected a rejection`);
}

function checksFor(target: ClientCheckTarget): { name: string; run: () => Promise<void> }[] {
  const credentials = { accessKeyId: target.accessKeyId, accessKeySecret: target.accessKeySecret };
  // Credentials are always given: a client without them refuses to send (issue 14), and the server verifies.
  const client = (options: Partial<EcsClientOptions> = {}) =>
    createEcsClient({ endpoint: target.endpoint, regionId: REGION, credentials, ...options });
  const control = createControlClient({ endpoint: target.endpoint, token: target.controlToken });

  const lifecycle = async (options: Partial<EcsClientOptions>) => {
    const ecs = client(options);
    const { TaskId } = await ecs.exportImage({ RegionId: REGION, ImageId: "m-runtime", OSSBucket: "bucket" });
    const task = await ecs.describeTaskAttribute({ RegionId: REGION, TaskId });
    expectEqual([task.TaskId, task.TaskAction], [TaskId, "ExportImage"], "the created task");
    const page = await ecs.describeTasks({ RegionId: REGION, TaskIds: TaskId });
    expectEqual(
      page.TaskSet.Task.map((listed) => listed.TaskId),
      [TaskId],
      "DescribeTasks",
    );
    await ecs.cancelTask({ RegionId: REGION, TaskId });
    const cancelled = await ecs.describeTaskAttribute({ RegionId: REGION, TaskId });
    expectEqual(cancelled.TaskStatus, "Failed", "the cancelled task");
  };

  return [
    {
      name: "V3 (ACS3-HMAC-SHA256) signed POSTs: export, describe, list, cancel",
      run: () => lifecycle({}),
    },
    {
      name: "V1 (HMAC-SHA1) signed GETs: export, describe, list, cancel",
      run: () => lifecycle({ signatureVersion: "v1", method: "GET" }),
    },
    {
      name: "an STS token is signed in (V3 and V1)",
      run: async () => {
        for (const signatureVersion of ["v3", "v1"] as const) {
          const regions = await client({
            signatureVersion,
            credentials: { ...credentials, securityToken: "sts-token" },
          }).describeRegions();
          if (!Array.isArray(regions.Regions?.Region) || regions.Regions.Region.length === 0) {
            throw new Error(`${signatureVersion}: DescribeRegions listed no region`);
          }
        }
      },
    },
    {
      name: "a wrong secret is a typed EcsApiError SignatureDoesNotMatch",
      run: async () => {
        const wrong = client({ credentials: { ...credentials, accessKeySecret: "wrong" } });
        const error = await rejection(wrong.describeRegions(), "a wrong secret");
        if (!isEcsApiError(error, "SignatureDoesNotMatch")) {
          throw new Error(`expected SignatureDoesNotMatch, got ${String(error)}`);
        }
        expectEqual(error.status, 400, "status");
        if (!/^[0-9A-F-]{36}$/.test(error.requestId ?? "")) {
          throw new Error(`requestId: ${error.requestId}`);
        }
      },
    },
    {
      name: "a documented error carries status, code, message and ids",
      run: async () => {
        const documented = documentedErrors.find(
          (known) => known.action === "DescribeTaskAttribute" && known.name === "InvalidTaskId.NotFound",
        );
        const missing = client().describeTaskAttribute({
          RegionId: REGION,
          TaskId: "t-00000000000000000000",
        });
        const error = await rejection(missing, "an unknown task");
        if (!isEcsApiError(error, "InvalidTaskId.NotFound")) {
          throw new Error(`expected InvalidTaskId.NotFound, got ${String(error)}`);
        }
        expectEqual(
          [error.status, error.message, error.action],
          [documented?.status, documented?.message, "DescribeTaskAttribute"],
          "status, message and action, as the spec documents them",
        );
        if (!/^[0-9A-F-]{36}$/.test(error.requestId ?? "") || !error.hostId || !error.recommend) {
          throw new Error(`incomplete error: ${JSON.stringify(error)}`);
        }
      },
    },
    {
      name: "Throttling is retried after x-acs-retry-after, then succeeds",
      run: async () => {
        await control.injectFault({
          action: "DescribeRegions",
          error: "Throttling",
          times: 1,
          retryAfterMs: 50,
        });
        await client({ retry: { maxAttempts: 2 } }).describeRegions();
        const { requests } = await control.listRequests({ limit: 2 });
        expectEqual(
          requests.map((request) => [request.action, request.code]),
          [
            ["DescribeRegions", null],
            ["DescribeRegions", "Throttling"],
          ],
          "the server's log, newest first",
        );
      },
    },
    {
      name: "a slow answer ends in EcsTimeoutError (AbortSignal.timeout)",
      run: async () => {
        await control.injectFault({ action: "DescribeRegions", latencyMs: 3_000, times: 1 });
        const slow = client({ timeoutMs: 200, retry: { maxAttempts: 1 } }).describeRegions();
        const error = await rejection(slow, "a slow answer");
        if (!(error instanceof EcsTimeoutError)) {
          throw new Error(`expected EcsTimeoutError, got ${String(error)}`);
        }
      },
    },
    {
      name: "waitForTask resolves with a finished task and rejects with TaskWaitError for a failed one",
      run: async () => {
        const finished = await control.createTask({ taskAction: "ImportImage", status: "Finished" });
        const done = await client().waitForTask(finished.TaskId);
        expectEqual([done.TaskStatus, done.progress], ["Finished", 100], "the finished task");
        const failed = await control.createTask({
          taskAction: "ImportImage",
          status: "Failed",
          progress: 40,
        });
        const error = await rejection(client().waitForTask(failed.TaskId), "a failed task");
        if (!(error instanceof TaskWaitError)) {
          throw new Error(`expected TaskWaitError, got ${String(error)}`);
        }
        expectEqual([error.reason, error.task.TaskId], ["failed", failed.TaskId], "the wait error");
      },
    },
    {
      name: "paginateTasks walks every page",
      run: async () => {
        const placed = [];
        for (let index = 0; index < 3; index++) {
          placed.push(
            (await control.createTask({ taskAction: "ExportImage", regionId: "cn-qingdao" })).TaskId,
          );
        }
        const seen: string[] = [];
        for await (const page of client().paginateTasks({ RegionId: "cn-qingdao", PageSize: 2 })) {
          seen.push(...page.TaskSet.Task.map((task) => task.TaskId));
        }
        expectEqual([...seen].sort(), [...placed].sort(), "the tasks of every page");
      },
    },
  ];
}

/** Runs every check against `target`, one after the other, from a server reset to a known state. */
export async function runClientChecks(target: ClientCheckTarget): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const control = createControlClient({ endpoint: target.endpoint, token: target.controlToken });
  try {
    await control.reset();
  } catch (error) {
    return [{ name: "resets the reference server", passed: false, error: String(error) }];
  }
  for (const check of checksFor(target)) {
    try {
      await check.run();
      results.push({ name: check.name, passed: true });
    } catch (error) {
      results.push({
        name: check.name,
        passed: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return results;
}
