import { readFileSync } from "node:fs";
import { parseV3Authorization } from "@ecs-tasks/signing";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  createEcsClient,
  EcsApiError,
  type EcsClientOptions,
  EcsNetworkError,
  EcsUnexpectedResponseError,
  type FetchLike,
  isEcsApiError,
  type Middleware,
  TaskWaitError,
} from "../src/index.js";
import { specExample, specExampleNames } from "./support/spec-examples.js";
import { neverTimesOut, virtualTime } from "./support/virtual-time.js";

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

/** Records what the client sent and answers with a handler; the action is read as a server would. */
function server(handler: Handler) {
  const requests: Request[] = [];
  const fetch: FetchLike = (request) => {
    requests.push(request);
    return handler(request, new URL(request.url));
  };
  return { fetch, requests };
}

function actionOf(request: Request, url: URL): string | null {
  return request.headers.get("x-acs-action") ?? url.searchParams.get("Action");
}

function client(fetch: FetchLike, options: EcsClientOptions = {}) {
  const time = virtualTime();
  return createEcsClient({
    endpoint: "http://127.0.0.1:9",
    credentials: { accessKeyId: "testid", accessKeySecret: "testsecret" },
    regionId: "cn-hangzhou",
    fetch,
    clock: time.clock,
    sleep: time.sleep,
    timeoutSignal: neverTimesOut,
    random: () => 0.5,
    ...options,
  });
}

describe("describeTaskAttribute against the spec's examples", () => {
  it("sends a signed V3 POST to / and normalizes the operation page's sample", async () => {
    const sample = specExample("DescribeTaskAttribute", 200, "PageSample");
    const ecs = server(() => Response.json(sample));
    const task = await client(ecs.fetch).describeTaskAttribute({
      RegionId: "cn-hangzhou",
      TaskId: "t-ce946ntx4wr****",
    });

    const [request] = ecs.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("http://127.0.0.1:9/?RegionId=cn-hangzhou&TaskId=t-ce946ntx4wr%2A%2A%2A%2A");
    expect(request?.headers.get("x-acs-action")).toBe("DescribeTaskAttribute");
    expect(request?.headers.get("x-acs-version")).toBe("2014-05-26");
    expect(parseV3Authorization(request?.headers.get("authorization") ?? "")?.signedHeaders).toEqual([
      "host",
      "x-acs-action",
      "x-acs-content-sha256",
      "x-acs-date",
      "x-acs-signature-nonce",
      "x-acs-version",
    ]);

    expect(task).toMatchObject({
      TaskId: sample.TaskId,
      TaskStatus: "Finished",
      TaskProcess: "100%",
      SupportCancel: true,
      progress: 100,
      CreationTime: "2015-11-23T02:13Z",
      FinishedTime: "2015-11-23T02:19Z",
    });
    expect(task.creationDate?.toISOString()).toBe("2015-11-23T02:13:00.000Z");
    expect(task.finishedDate?.toISOString()).toBe("2015-11-23T02:19:00.000Z");
  });

  it("reads SupportCancel sent as a string, progress of a running task and an empty FinishedTime", async () => {
    const sample = specExample("DescribeTaskAttribute", 200, "ProcessingImport");
    const ecs = server(() =>
      Response.json({ ...sample, SupportCancel: "false", TaskProcess: "35%", FinishedTime: "" }),
    );
    const task = await client(ecs.fetch).describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    expect(task.SupportCancel).toBe(false);
    expect(task.progress).toBe(35);
    expect(task.FinishedTime).toBe("");
    expect(task.finishedDate).toBeUndefined();
  });

  it.each(specExampleNames("DescribeTaskAttribute", 400))(
    "throws EcsApiError with the documented fields for the 400 example %s",
    async (name) => {
      const body = specExample("DescribeTaskAttribute", 400, name);
      const ecs = server(() => Response.json(body, { status: 400 }));
      const error = await client(ecs.fetch, { retry: { maxAttempts: 1 } })
        .describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(EcsApiError);
      expect(error).toMatchObject({
        status: 400,
        code: body.Code,
        message: body.Message,
        requestId: body.RequestId,
        hostId: body.HostId,
        recommend: body.Recommend,
        action: "DescribeTaskAttribute",
      });
    },
  );

  it("narrows a caught error by code", async () => {
    const body = specExample("DescribeTaskAttribute", 400, "InvalidTaskId.NotFound");
    const ecs = server(() => Response.json(body, { status: 400 }));
    try {
      await client(ecs.fetch).describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-missing" });
      expect.unreachable();
    } catch (error) {
      expect(isEcsApiError(error, "InvalidRegionId.NotFound")).toBe(false);
      expect(isEcsApiError(error, "InvalidTaskId.NotFound")).toBe(true);
    }
  });

  it("gives EcsUnexpectedResponseError for a 200 that is XML, not a SyntaxError", async () => {
    const ecs = server(
      () => new Response("<DescribeTaskAttributeResponse/>", { headers: { "content-type": "text/xml" } }),
    );
    const error = await client(ecs.fetch)
      .describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsUnexpectedResponseError);
    expect(error).toMatchObject({ status: 200, contentType: "text/xml", action: "DescribeTaskAttribute" });
  });

  it("retries the spec's Throttling example and then succeeds", async () => {
    const throttling = specExample("DescribeTaskAttribute", 400, "Throttling");
    const sample = specExample("DescribeTaskAttribute", 200, "PageSample");
    let calls = 0;
    const ecs = server(() =>
      ++calls === 1 ? Response.json(throttling, { status: 400 }) : Response.json(sample),
    );
    const task = await client(ecs.fetch).describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    expect(task.TaskStatus).toBe("Finished");
    expect(ecs.requests).toHaveLength(2);
  });
});

describe("signature V1 and GET", () => {
  it("puts Action, Version, Format and the V1 signature in the query", async () => {
    const ecs = server(() => Response.json(specExample("DescribeRegions", 200, "TwoRegions")));
    const regions = await client(ecs.fetch, { signatureVersion: "v1", method: "GET" }).describeRegions();
    expect(regions.Regions.Region.length).toBeGreaterThan(0);
    const [request] = ecs.requests;
    const url = new URL(request?.url ?? "");
    expect(request?.method).toBe("GET");
    expect(url.pathname).toBe("/");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      Action: "DescribeRegions",
      Version: "2014-05-26",
      Format: "JSON",
      AccessKeyId: "testid",
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
    });
    expect(url.searchParams.get("Signature")).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    expect(request?.headers.get("authorization")).toBeNull();
  });
});

describe("parameters", () => {
  it("flattens lists and objects as ECS numbers them and leaves out undefined", async () => {
    const ecs = server((request, url) =>
      actionOf(request, url) === "ImportImage"
        ? Response.json(specExample("ImportImage", 200, specExampleNames("ImportImage", 200)[0] ?? ""))
        : Response.json(specExample("DescribeTasks", 200, "TwoImports")),
    );
    const ecsClient = client(ecs.fetch);
    await ecsClient.importImage({
      RegionId: "cn-hangzhou",
      DiskDeviceMapping: [{ OSSBucket: "b", OSSObject: "x.vhd", DiskImageSize: 40 }],
      ImageName: undefined,
    });
    await ecsClient.describeTasks({ RegionId: "cn-hangzhou", ResourceIds: ["m-1", "m-2"], PageSize: 2 });
    const [imported, listed] = ecs.requests.map((request) => new URL(request.url).search);
    expect(imported).toBe(
      "?DiskDeviceMapping.1.DiskImageSize=40&DiskDeviceMapping.1.OSSBucket=b&DiskDeviceMapping.1.OSSObject=x.vhd&RegionId=cn-hangzhou",
    );
    expect(listed).toBe("?PageSize=2&RegionId=cn-hangzhou&ResourceIds.1=m-1&ResourceIds.2=m-2");
  });
});

describe("paginateTasks", () => {
  it("walks every page, normalizing each task, and stops after the last", async () => {
    const template = specExample("DescribeTasks", 200, "TwoImports");
    const templateTasks = (template.TaskSet as { Task: Array<Record<string, unknown>> }).Task;
    const all = Array.from({ length: 5 }, (_, index) => ({
      ...templateTasks[index % 2],
      TaskId: `t-${index}`,
    }));
    const ecs = server((_request, url) => {
      const page = Number(url.searchParams.get("PageNumber"));
      const size = Number(url.searchParams.get("PageSize"));
      return Response.json({
        ...template,
        PageNumber: page,
        PageSize: size,
        TotalCount: all.length,
        TaskSet: { Task: all.slice((page - 1) * size, page * size) },
      });
    });
    const seen: string[] = [];
    const pages: number[] = [];
    for await (const page of client(ecs.fetch).paginateTasks({ RegionId: "cn-hangzhou", PageSize: 2 })) {
      pages.push(page.PageNumber);
      for (const task of page.TaskSet.Task) {
        expect(typeof task.SupportCancel).toBe("boolean");
        seen.push(task.TaskId);
      }
    }
    expect(pages).toEqual([1, 2, 3]);
    expect(seen).toEqual(["t-0", "t-1", "t-2", "t-3", "t-4"]);
    expect(ecs.requests).toHaveLength(3);
  });

  it("stops on an empty page", async () => {
    const ecs = server(() => Response.json(specExample("DescribeTasks", 200, "EmptyPage")));
    const pages = [];
    for await (const page of client(ecs.fetch).paginateTasks({ RegionId: "cn-hangzhou" })) {
      pages.push(page);
    }
    expect(pages).toHaveLength(1);
  });
});

describe("waitForTask against scripted answers", () => {
  function lifecycle(...answers: Array<[string, string]>) {
    const base = specExample("DescribeTaskAttribute", 200, "ProcessingImport");
    let calls = 0;
    return server(() => {
      const [status, process] = answers[Math.min(calls++, answers.length - 1)] ?? ["Processing", "0%"];
      return Response.json({ ...base, TaskStatus: status, TaskProcess: process });
    });
  }

  it("polls immediately, reports progress and resolves with the finished task", async () => {
    const ecs = lifecycle(["Processing", "10%"], ["Processing", "60%"], ["Finished", "100%"]);
    const progress: number[] = [];
    const task = await client(ecs.fetch).waitForTask("t-1", {
      onProgress: (percent) => progress.push(percent),
    });
    expect(task.TaskStatus).toBe("Finished");
    expect(progress).toEqual([10, 60, 100]);
    expect(new URL(ecs.requests[0]?.url ?? "").searchParams.get("TaskId")).toBe("t-1");
  });

  it("rejects with TaskWaitError carrying the failed task", async () => {
    const ecs = lifecycle(["Processing", "10%"], ["Failed", "40%"]);
    const error = await client(ecs.fetch)
      .waitForTask("t-1")
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskWaitError);
    expect(error).toMatchObject({ reason: "failed", task: { TaskStatus: "Failed", progress: 40 } });
  });

  it("needs a region", async () => {
    const ecs = lifecycle(["Finished", "100%"]);
    const noRegion = createEcsClient({
      endpoint: "http://127.0.0.1:9",
      credentials: "anonymous",
      fetch: ecs.fetch,
    });
    await expect(noRegion.waitForTask("t-1")).rejects.toThrow(TypeError);
    await expect(noRegion.waitForTask("t-1", { regionId: "cn-beijing" })).resolves.toMatchObject({
      TaskStatus: "Finished",
    });
  });
});

describe("endpoints", () => {
  it.each([
    [{}, "https://ecs.aliyuncs.com/"],
    [{ regionId: "cn-beijing" }, "https://ecs.cn-beijing.aliyuncs.com/"],
    [{ endpoint: "ecs-vpc.cn-hangzhou.aliyuncs.com" }, "https://ecs-vpc.cn-hangzhou.aliyuncs.com/"],
    [{ endpoint: "http://127.0.0.1:8080/" }, "http://127.0.0.1:8080/"],
  ])("%j sends to %s", async (options, expected) => {
    const ecs = server(() => Response.json(specExample("DescribeRegions", 200, "TwoRegions")));
    await createEcsClient({ ...options, credentials: "anonymous", fetch: ecs.fetch }).describeRegions();
    expect(ecs.requests[0]?.url).toBe(expected);
  });

  it("refuses an endpoint with a path at construction, saying why", () => {
    expect(() => createEcsClient({ endpoint: "http://127.0.0.1:8080/api" })).toThrow(
      /always go to the path "\/"/,
    );
    expect(() => createEcsClient({ endpoint: "http://[bad" })).toThrow(/Invalid endpoint/);
  });
});

describe("what each answer carries, and what each request says it is", () => {
  it("puts $metadata on the answer, out of its JSON, spreads and keys", async () => {
    const sample = specExample("DescribeTaskAttribute", 200, "PageSample");
    const ecs = server(() => Response.json(sample));
    const task = await client(ecs.fetch).describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    expect(task.$metadata).toEqual({
      httpStatusCode: 200,
      requestId: sample.RequestId,
      attempts: 1,
      totalTimeMs: 0,
    });
    expect(JSON.stringify(task)).not.toContain("$metadata");
    expect(Object.keys(task)).not.toContain("$metadata");
    expect({ ...task }).not.toHaveProperty("$metadata");
  });

  it("reads the request id from x-acs-request-id when the body has none", async () => {
    const ecs = server(() => Response.json({}, { headers: { "x-acs-request-id": "from-header" } }));
    const answer = await client(ecs.fetch).cancelTask({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    expect(answer.$metadata.requestId).toBe("from-header");
  });

  it("names the package and its version in User-Agent", async () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    const ecs = server(() => Response.json(specExample("DescribeRegions", 200, "TwoRegions")));
    await client(ecs.fetch).describeRegions();
    expect(ecs.requests[0]?.headers.get("user-agent")).toBe(`ecs-tasks-client/${manifest.version}`);
    expect(ecs.requests[0]?.headers.get("x-acs-user-agent")).toBeNull();
  });
});

describe("credentials", () => {
  const regions = () => server(() => Response.json(specExample("DescribeRegions", 200, "TwoRegions")));
  const ENV = [
    "ALIBABA_CLOUD_ACCESS_KEY_ID",
    "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
    "ALIBABA_CLOUD_SECURITY_TOKEN",
  ];
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  const withoutEnvironment = () => {
    for (const name of ENV) {
      vi.stubEnv(name, undefined);
    }
  };

  it("sends unsigned requests when created anonymous on purpose", async () => {
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    const ecs = regions();
    await createEcsClient({
      endpoint: "http://127.0.0.1:9",
      credentials: "anonymous",
      fetch: ecs.fetch,
    }).describeRegions();
    expect(ecs.requests[0]?.headers.get("authorization")).toBeNull();
    expect(ecs.requests[0]?.headers.get("x-acs-action")).toBe("DescribeRegions");
  });

  it("refuses to send without credentials, saying how to give them, and sends nothing", async () => {
    withoutEnvironment();
    const ecs = regions();
    const error = await createEcsClient({ endpoint: "http://127.0.0.1:9", fetch: ecs.fetch })
      .describeRegions()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TypeError);
    const message = (error as Error).message;
    for (const hint of [
      "credentials: { accessKeyId, accessKeySecret }",
      ...ENV,
      'credentials: "anonymous"',
    ]) {
      expect(message).toContain(hint);
    }
    expect(ecs.requests).toEqual([]);
  });

  it("signs with the official SDKs' environment variables when no credentials are passed", async () => {
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    vi.stubEnv("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token");
    const ecs = regions();
    await createEcsClient({ endpoint: "http://127.0.0.1:9", fetch: ecs.fetch }).describeRegions();
    const sent = ecs.requests[0];
    expect(parseV3Authorization(sent?.headers.get("authorization") ?? "")?.accessKeyId).toBe("env-id");
    expect(sent?.headers.get("x-acs-security-token")).toBe("env-token");
  });

  it("prefers the credentials passed to the environment's", async () => {
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
    const ecs = regions();
    await createEcsClient({
      endpoint: "http://127.0.0.1:9",
      credentials: { accessKeyId: "passed-id", accessKeySecret: "passed-secret" },
      fetch: ecs.fetch,
    }).describeRegions();
    expect(parseV3Authorization(ecs.requests[0]?.headers.get("authorization") ?? "")?.accessKeyId).toBe(
      "passed-id",
    );
  });

  it("refuses an environment with half a key pair when the client is created", () => {
    withoutEnvironment();
    vi.stubEnv("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
    expect(() => createEcsClient({ endpoint: "http://127.0.0.1:9" })).toThrow(
      /ALIBABA_CLOUD_ACCESS_KEY_SECRET is empty or not set/,
    );
  });
});

describe("middleware", () => {
  const sample = specExample("DescribeTaskAttribute", 200, "PageSample");
  const throttling = specExample("DescribeTaskAttribute", 400, "Throttling");
  const describe1 = { RegionId: "cn-hangzhou", TaskId: "t-1" };

  it("runs on every attempt: onRequest sees the signed request, onResponse can read each answer", async () => {
    let calls = 0;
    const ecs = server(() =>
      ++calls === 1 ? Response.json(throttling, { status: 400 }) : Response.json(sample),
    );
    const seen: Array<{ url: string; nonce: string | null; signedBy: string | undefined }> = [];
    const answers: Array<{ status: number; body: unknown }> = [];
    const recorder: Middleware = {
      onRequest({ request }) {
        seen.push({
          url: request.url,
          nonce: request.headers.get("x-acs-signature-nonce"),
          signedBy: parseV3Authorization(request.headers.get("authorization") ?? "")?.accessKeyId,
        });
      },
      async onResponse({ response }) {
        answers.push({ status: response.status, body: await response.clone().json() });
      },
    };
    const ecsClient = client(ecs.fetch);
    ecsClient.use(recorder);
    const task = await ecsClient.describeTaskAttribute(describe1);

    expect(task.TaskStatus).toBe("Finished");
    expect(seen.map((request) => request.url)).toEqual([
      "http://127.0.0.1:9/?RegionId=cn-hangzhou&TaskId=t-1",
      "http://127.0.0.1:9/?RegionId=cn-hangzhou&TaskId=t-1",
    ]);
    expect(seen.map((request) => request.signedBy)).toEqual(["testid", "testid"]);
    expect(seen[0]?.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(seen[1]?.nonce).not.toBe(seen[0]?.nonce);
    expect(answers).toEqual([
      { status: 400, body: throttling },
      { status: 200, body: sample },
    ]);
  });

  it("can change the request on the wire, and stops once ejected", async () => {
    const ecs = server(() => Response.json(sample));
    const tracing: Middleware = {
      onRequest({ request }) {
        request.headers.set("x-trace-id", "trace-1");
        return request;
      },
    };
    const ecsClient = client(ecs.fetch);
    ecsClient.use(tracing);
    await ecsClient.describeTaskAttribute(describe1);
    ecsClient.eject(tracing);
    await ecsClient.describeTaskAttribute(describe1);
    expect(ecs.requests.map((request) => request.headers.get("x-trace-id"))).toEqual(["trace-1", null]);
  });

  it("rejects the call with what a middleware throws, without retrying it", async () => {
    const ecs = server(() => Response.json(throttling, { status: 400 }));
    const refusal = new Error("not during a freeze");
    const ecsClient = client(ecs.fetch);
    ecsClient.use({
      onResponse() {
        throw refusal;
      },
    });
    await expect(ecsClient.describeTaskAttribute(describe1)).rejects.toBe(refusal);
    expect(ecs.requests).toHaveLength(1);
  });

  it("gives onError the EcsNetworkError the call rejects with when the fetch fails", async () => {
    const failures: unknown[] = [];
    const refused = server(() => {
      throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
    });
    const ecsClient = client(refused.fetch, { retry: { maxAttempts: 1 } });
    ecsClient.use({
      onError({ error }) {
        failures.push(error);
      },
    });
    const error = await ecsClient.describeTaskAttribute(describe1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcsNetworkError);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(failures).toEqual([error]);
  });
});
