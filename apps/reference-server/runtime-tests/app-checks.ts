// The in-process checks every runtime runs (Node, Bun, Deno, workerd): web Request in, web Response out,
// nothing but the language and the Fetch API, so that a failure is the app's and not the harness's.
import { ControllableClock, createApp } from "../src/index.js";
import { ErrorCatalogue } from "../src/wire/error-catalogue.js";

type Json = Record<string, unknown>;
type App = ReturnType<typeof createApp>;

/** One named check; it throws to fail. */
export interface AppCheck {
  readonly name: string;
  readonly run: () => Promise<void>;
}

/** The outcome of one check on one runtime. */
export interface CheckResult {
  readonly name: string;
  readonly passed: boolean;
  readonly error?: string;
}

const VERSION = "2014-05-26";
const START = Date.UTC(2026, 2, 1, 10);
const documented = new ErrorCatalogue();

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

function expectMatch(actual: unknown, pattern: RegExp, what: string): void {
  if (typeof actual !== "string" || !pattern.test(actual)) {
    throw new Error(`${what}: expected a string matching ${pattern}, got ${JSON.stringify(actual)}`);
  }
}

/** A frozen clock at a known instant, so that each run sees the same times. */
function frozenApp(options: Parameters<typeof createApp>[0] = {}): { app: App; clock: ControllableClock } {
  const clock = new ControllableClock({ startMs: START, frozen: true });
  return { app: createApp({ clock, seed: "runtimes", taskDurationMs: 100_000, ...options }), clock };
}

async function get(app: App, action: string, params: Record<string, string> = {}): Promise<Response> {
  return app.request(
    `/?${new URLSearchParams({ Action: action, Version: VERSION, Format: "JSON", ...params })}`,
  );
}

/** An answer's JSON body after checking its status and that it carries its request id. */
async function answer(response: Response, status: number, what: string): Promise<Json> {
  const text = await response.text();
  expectEqual(response.status, status, `${what}: status (body ${text.slice(0, 200)})`);
  const body = JSON.parse(text) as Json;
  expectMatch(
    body.RequestId,
    /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    `${what}: RequestId`,
  );
  expectEqual(response.headers.get("x-acs-request-id"), body.RequestId, `${what}: x-acs-request-id`);
  return body;
}

/** Checks that `response` is the spec's documented error `name` of `action`, with every field ECS sends. */
async function expectDocumentedError(
  response: Response,
  action: string | undefined,
  name: string,
): Promise<void> {
  const expected = documented.error(action, name);
  const body = await answer(response, expected.status, name);
  expectEqual([body.Code, body.Message], [expected.code, expected.message], `${name}: Code and Message`);
  expectMatch(body.HostId, /./, `${name}: HostId`);
  expectMatch(body.Recommend, /^https:\/\//, `${name}: Recommend`);
}

async function exportTask(app: App): Promise<string> {
  const created = await answer(
    await get(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-bp67acfmxazb4p0000",
      OSSBucket: "exports",
      ImageFormat: "VHD",
    }),
    200,
    "ExportImage",
  );
  expectMatch(created.TaskId, /^t-[0-9a-z]{20}$/, "ExportImage: TaskId");
  return String(created.TaskId);
}

async function describeTask(app: App, taskId: string): Promise<Json> {
  return answer(
    await get(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId: taskId }),
    200,
    "DescribeTaskAttribute",
  );
}

/** The checks, in the order they run. */
export const appChecks: readonly AppCheck[] = [
  {
    name: "DescribeRegions answers a V1 GET",
    run: async () => {
      const { app } = frozenApp();
      const body = await answer(await get(app, "DescribeRegions"), 200, "DescribeRegions");
      const regions = (body.Regions as { Region: { RegionId: string }[] }).Region.map(
        (region) => region.RegionId,
      );
      expectEqual(regions.includes("cn-hangzhou"), true, "DescribeRegions lists cn-hangzhou");
    },
  },
  {
    name: "ExportImage and DescribeTaskAttribute follow a task through its lifecycle on an injected clock",
    run: async () => {
      const { app, clock } = frozenApp();
      const taskId = await exportTask(app);
      const waiting = await describeTask(app, taskId);
      expectEqual(
        [waiting.TaskStatus, waiting.TaskProcess, waiting.CreationTime],
        ["Processing", "0%", "2026-03-01T10:00Z"],
        "a new task",
      );
      clock.advance(50_000);
      const processing = await describeTask(app, taskId);
      expectEqual(processing.TaskStatus, "Processing", "halfway: status");
      expectMatch(processing.TaskProcess, /^[1-9]\d?%$/, "halfway: progress");
      clock.advance(60_000);
      const finished = await describeTask(app, taskId);
      expectEqual(
        [finished.TaskStatus, finished.TaskProcess, finished.FinishedTime, finished.SuccessCount],
        ["Finished", "100%", "2026-03-01T10:01Z", 1],
        "a finished task",
      );
    },
  },
  {
    name: "ImportImage answers a form-encoded POST (the body is read)",
    run: async () => {
      const { app } = frozenApp();
      const response = await app.request("/", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({
          Action: "ImportImage",
          Version: VERSION,
          Format: "JSON",
          RegionId: "cn-hangzhou",
          "DiskDeviceMapping.1.OSSBucket": "imports",
          "DiskDeviceMapping.1.OSSObject": "disk.qcow2",
        }).toString(),
      });
      const body = await answer(response, 200, "ImportImage");
      expectMatch(body.TaskId, /^t-[0-9a-z]{20}$/, "ImportImage: TaskId");
      expectMatch(body.ImageId, /^m-[0-9a-z]{20}$/, "ImportImage: ImageId");
    },
  },
  {
    name: "ModifyDiskSpec answers a V3 POST (action and version in headers)",
    run: async () => {
      const { app } = frozenApp();
      const response = await app.request(
        `/?${new URLSearchParams({ DiskId: "d-1", DiskCategory: "cloud_essd" })}`,
        {
          method: "POST",
          headers: { "x-acs-action": "ModifyDiskSpec", "x-acs-version": VERSION },
        },
      );
      const body = await answer(response, 200, "ModifyDiskSpec");
      expectMatch(body.TaskId, /^t-[0-9a-z]{20}$/, "ModifyDiskSpec: TaskId");
    },
  },
  {
    name: "DescribeTasks lists the tasks created, and CancelTask cancels one",
    run: async () => {
      const { app } = frozenApp();
      const first = await exportTask(app);
      await exportTask(app);
      const listed = await answer(
        await get(app, "DescribeTasks", { RegionId: "cn-hangzhou" }),
        200,
        "DescribeTasks",
      );
      expectEqual(listed.TotalCount, 2, "DescribeTasks: TotalCount");
      await answer(
        await get(app, "CancelTask", { RegionId: "cn-hangzhou", TaskId: first }),
        200,
        "CancelTask",
      );
      expectEqual((await describeTask(app, first)).TaskStatus, "Failed", "a cancelled task");
    },
  },
  {
    name: "an unknown task is the documented InvalidTaskId.NotFound",
    run: async () => {
      const { app } = frozenApp();
      const response = await get(app, "DescribeTaskAttribute", {
        RegionId: "cn-hangzhou",
        TaskId: "t-nosuchtask",
      });
      await expectDocumentedError(response, "DescribeTaskAttribute", "InvalidTaskId.NotFound");
    },
  },
  {
    name: "a request without an action, and a path that is no API, get the documented errors",
    run: async () => {
      const { app } = frozenApp();
      await expectDocumentedError(
        await app.request(`/?Version=${VERSION}`),
        undefined,
        "MissingParameter.Action",
      );
      await expectDocumentedError(await app.request("/no/such/api"), undefined, "InvalidAction.NotFound");
    },
  },
  {
    name: "Format=XML answers in XML",
    run: async () => {
      const { app } = frozenApp();
      const response = await get(app, "DescribeRegions", { Format: "XML" });
      expectEqual(response.status, 200, "XML: status");
      expectMatch(response.headers.get("content-type"), /^text\/xml/, "XML: content type");
      expectMatch(
        await response.text(),
        /<DescribeRegionsResponse>[\s\S]*<RegionId>cn-hangzhou<\/RegionId>/,
        "XML: body",
      );
    },
  },
  {
    name: "verify mode refuses an unsigned request with the documented error",
    run: async () => {
      const { app } = frozenApp({
        auth: "verify",
        accessKeys: [{ accessKeyId: "id", accessKeySecret: "secret" }],
      });
      await expectDocumentedError(
        await get(app, "DescribeRegions"),
        "DescribeRegions",
        "IncompleteSignature",
      );
    },
  },
  {
    name: "a fault injected through the control API strikes the next call only",
    run: async () => {
      const { app } = frozenApp();
      const injected = await app.request("/_reference/faults", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ action: "DescribeRegions", error: "Throttling" }),
      });
      expectEqual(injected.status, 201, "POST /_reference/faults: status");
      await expectDocumentedError(await get(app, "DescribeRegions"), "DescribeRegions", "Throttling");
      await answer(await get(app, "DescribeRegions"), 200, "DescribeRegions after the fault");
    },
  },
  {
    name: "a control token guards the control API (hashes compared with the runtime's Web Crypto)",
    run: async () => {
      const { app } = frozenApp({ controlToken: "runtime-token" });
      const refused = await app.request("/_reference/clock", { headers: { authorization: "Bearer wrong" } });
      expectEqual(refused.status, 401, "GET /_reference/clock with a wrong token: status");
      const allowed = await app.request("/_reference/clock", {
        headers: { authorization: "Bearer runtime-token" },
      });
      expectEqual(allowed.status, 200, "GET /_reference/clock with the token: status");
      const aliased = await app.request("/_reference%2Fclock", {
        headers: { authorization: "Bearer runtime-token" },
      });
      await expectDocumentedError(aliased, undefined, "InvalidAction.NotFound");
    },
  },
];

/** Runs every check in turn; a failure is reported, never thrown. */
export async function runAppChecks(): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of appChecks) {
    try {
      await check.run();
      results.push({ name: check.name, passed: true });
    } catch (error) {
      results.push({
        name: check.name,
        passed: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return results;
}
