import type { paths } from "@ecs-tasks/contract";
import { parseV3Authorization } from "@ecs-tasks/signing";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { neverTimesOut, timesOutAtOnce, virtualTime } from "../../test/support/virtual-time.js";
import { EcsApiError } from "../errors/ecs-api-error.js";
import { EcsNetworkError, EcsTimeoutError } from "../errors/ecs-network-error.js";
import { EcsUnexpectedResponseError } from "../errors/unexpected-response-error.js";
import { resolveRetryOptions } from "../retry/retry-policy.js";
import {
  type CallOptions,
  type FetchLike,
  type RpcTransportConfig,
  type SendAttempt,
  sendRpc as sendWith,
} from "./rpc-transport.js";
import { wireRequestClass } from "./wire-request.js";

const TIMEOUT = 10_000;
const throttled = { RequestId: "r-1", HostId: "h", Code: "Throttling", Message: "m", Recommend: "x" };

function config(fetch: FetchLike, overrides: Partial<RpcTransportConfig> = {}): RpcTransportConfig {
  const time = virtualTime();
  return {
    origin: "http://ecs.test",
    apiVersion: "2014-05-26",
    method: "POST",
    acsUserAgent: undefined,
    credentials: { accessKeyId: "id", accessKeySecret: "secret" },
    signatureVersion: "v3",
    fetch,
    middleware: [],
    retry: resolveRetryOptions({ maxAttempts: 3, baseDelayMs: 100 }),
    timeoutMs: TIMEOUT,
    clock: time.clock,
    sleep: time.sleep,
    timeoutSignal: neverTimesOut,
    random: () => 0.5,
    ...overrides,
  };
}

// The transport takes the action from its argument; openapi-fetch needs a path of the contract to
// build its request, and one with a single parameter keeps the expected URLs short.
const typed = createClient<paths>({ baseUrl: "http://ecs.test", Request: wireRequestClass(Request) });
const describeOne: SendAttempt = (init) =>
  typed.request("post", "/#Action=DescribeTaskAttribute", {
    ...init,
    params: { query: { RegionId: "cn-hangzhou", TaskId: "t-1" } },
  });

function sendRpc(config: RpcTransportConfig, action: string, idempotent: boolean, options?: CallOptions) {
  const parameters = [
    ["RegionId", "cn-hangzhou"],
    ["TaskId", "t-1"],
  ] as const;
  return sendWith(config, action, parameters, idempotent, describeOne, options);
}

function sequence(...answers: Array<() => Response | Promise<Response>>) {
  const requests: Request[] = [];
  const fetch: FetchLike = (request) => {
    requests.push(request);
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)];
    if (answer === undefined) {
      throw new Error("no answer scripted");
    }
    return answer();
  };
  return { fetch, requests };
}

describe("sendRpc", () => {
  it("sends a signed V3 request to / with the parameters in the query", async () => {
    const server = sequence(() => Response.json({ RequestId: "r" }));
    const answer = await sendRpc(config(server.fetch), "DescribeTaskAttribute", true);
    expect(answer).toEqual({ RequestId: "r" });
    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("http://ecs.test/?RegionId=cn-hangzhou&TaskId=t-1");
    expect(request?.headers.get("x-acs-action")).toBe("DescribeTaskAttribute");
    expect(request?.headers.get("x-acs-date")).toBe("2026-01-01T00:00:00Z");
    expect(parseV3Authorization(request?.headers.get("authorization") ?? "")?.accessKeyId).toBe("id");
  });

  it("retries a throttled call with a fresh nonce, honouring x-acs-retry-after, then succeeds", async () => {
    const time = virtualTime();
    const server = sequence(
      () => Response.json(throttled, { status: 400, headers: { "x-acs-retry-after": "750" } }),
      () => Response.json({ RequestId: "ok" }),
    );
    const answer = await sendRpc(config(server.fetch, time), "CancelTask", false);
    expect(answer).toEqual({ RequestId: "ok" });
    expect(server.requests).toHaveLength(2);
    expect(time.slept).toEqual([750]);
    const nonces = server.requests.map((request) => request.headers.get("x-acs-signature-nonce"));
    expect(nonces[0]).not.toBe(nonces[1]);
    expect(server.requests[1]?.headers.get("x-acs-date")).toBe("2026-01-01T00:00:00Z");
  });

  it("signs the retry with the date of the retry", async () => {
    const time = virtualTime();
    const server = sequence(
      () => Response.json(throttled, { status: 400, headers: { "x-acs-retry-after": "2000" } }),
      () => Response.json({ RequestId: "ok" }),
    );
    await sendRpc(config(server.fetch, time), "DescribeTasks", true);
    expect(server.requests.map((request) => request.headers.get("x-acs-date"))).toEqual([
      "2026-01-01T00:00:00Z",
      "2026-01-01T00:00:02Z",
    ]);
  });

  it("retries 5xx with full-jitter backoff for idempotent calls and gives up after maxAttempts", async () => {
    const time = virtualTime();
    const server = sequence(() => Response.json({ ...throttled, Code: "InternalError" }, { status: 500 }));
    const error = await sendRpc(config(server.fetch, time), "DescribeTasks", true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsApiError);
    expect(error).toMatchObject({ status: 500, code: "InternalError", action: "DescribeTasks" });
    expect(server.requests).toHaveLength(3);
    expect(time.slept).toEqual([50, 100]);
  });

  it("does not retry 5xx for a call that is not idempotent", async () => {
    const server = sequence(() => Response.json({ ...throttled, Code: "InternalError" }, { status: 500 }));
    await expect(sendRpc(config(server.fetch), "ExportImage", false)).rejects.toMatchObject({
      code: "InternalError",
    });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a client error", async () => {
    const server = sequence(() =>
      Response.json({ ...throttled, Code: "InvalidTaskId.NotFound" }, { status: 400 }),
    );
    await expect(sendRpc(config(server.fetch), "DescribeTaskAttribute", true)).rejects.toMatchObject({
      code: "InvalidTaskId.NotFound",
      status: 400,
    });
    expect(server.requests).toHaveLength(1);
  });

  it("turns a thrown fetch into EcsNetworkError and retries it for idempotent calls", async () => {
    const server = sequence(
      () => {
        throw new TypeError("fetch failed");
      },
      () => Response.json({ RequestId: "ok" }),
    );
    await expect(sendRpc(config(server.fetch), "DescribeRegions", true)).resolves.toMatchObject({
      RequestId: "ok",
    });
    const failing = sequence(() => {
      throw new TypeError("fetch failed");
    });
    const error = await sendRpc(config(failing.fetch), "ImportImage", false).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsNetworkError);
    expect(error).not.toBeInstanceOf(EcsTimeoutError);
    expect((error as EcsNetworkError).cause).toBeInstanceOf(TypeError);
    expect(failing.requests).toHaveLength(1);
  });

  it("times out an attempt whose answer never comes, even from a handler that ignores the signal", async () => {
    const hanging = sequence(() => new Promise<Response>(() => {}));
    const time = virtualTime();
    const error = await sendRpc(
      config(hanging.fetch, {
        ...time,
        timeoutSignal: timesOutAtOnce,
        retry: resolveRetryOptions({ maxAttempts: 2, baseDelayMs: 100 }),
      }),
      "DescribeTaskAttribute",
      true,
      { timeoutMs: 1_234 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 1_234, action: "DescribeTaskAttribute" });
    expect(hanging.requests).toHaveLength(2);
    expect(hanging.requests.every((request) => request.signal.aborted)).toBe(true);
  });

  it("rejects with the caller's reason when the caller aborts, and does not retry", async () => {
    const controller = new AbortController();
    const reason = new DOMException("stop", "AbortError");
    const hanging = sequence(() => {
      queueMicrotask(() => controller.abort(reason));
      return new Promise<Response>(() => {});
    });
    await expect(
      sendRpc(config(hanging.fetch), "DescribeTasks", true, { signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(hanging.requests).toHaveLength(1);
  });

  it("sends nothing when the caller aborts while the request is being signed", async () => {
    const controller = new AbortController();
    const reason = new Error("gave up");
    const server = sequence(() => Response.json({}));
    const credentials = async () => {
      controller.abort(reason);
      return { accessKeyId: "id", accessKeySecret: "secret" };
    };
    await expect(
      sendRpc(config(server.fetch, { credentials }), "DescribeTasks", true, {
        signal: controller.signal,
      }),
    ).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = sequence(() => Response.json({}));
    await expect(
      sendRpc(config(server.fetch), "DescribeTasks", true, {
        signal: AbortSignal.abort(new Error("no")),
      }),
    ).rejects.toThrow("no");
    expect(server.requests).toHaveLength(0);
  });

  it("reports a non-JSON error page as EcsUnexpectedResponseError, never a SyntaxError", async () => {
    const server = sequence(
      () => new Response("<html>502</html>", { status: 502, headers: { "content-type": "text/html" } }),
    );
    const error = await sendRpc(
      config(server.fetch, { retry: resolveRetryOptions({ maxAttempts: 1 }) }),
      "DescribeTasks",
      true,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsUnexpectedResponseError);
    expect(error).toMatchObject({ status: 502, contentType: "text/html" });
  });

  it("asks a credentials function on every attempt", async () => {
    let asked = 0;
    const server = sequence(() => Response.json({}));
    await sendRpc(
      config(server.fetch, {
        credentials: async () => {
          asked++;
          return { accessKeyId: `id-${asked}`, accessKeySecret: "s", securityToken: "tok" };
        },
      }),
      "DescribeRegions",
      true,
    );
    expect(asked).toBe(1);
    expect(server.requests[0]?.headers.get("x-acs-security-token")).toBe("tok");
    expect(server.requests[0]?.headers.get("authorization")).toContain("Credential=id-1,");
  });
});

describe("sendRpc with the platform's timeout", () => {
  const platformTimeout = { timeoutSignal: (ms: number) => AbortSignal.timeout(ms) };

  it("times out a hanging attempt with AbortSignal.timeout and aborts its request", async () => {
    const hanging = sequence(() => new Promise<Response>(() => {}));
    const error = await sendRpc(
      config(hanging.fetch, { ...platformTimeout, retry: resolveRetryOptions({ maxAttempts: 1 }) }),
      "DescribeTaskAttribute",
      true,
      { timeoutMs: 5 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EcsTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 5, action: "DescribeTaskAttribute" });
    expect(hanging.requests[0]?.signal.aborted).toBe(true);
  });

  it("leaves nothing of a settled attempt listening to the timeout or to the caller's signal", async () => {
    const timeout = new AbortController();
    const caller = new AbortController();
    const answering = sequence(() => Response.json({ RequestId: "r" }));
    await sendRpc(config(answering.fetch, { timeoutSignal: () => timeout.signal }), "DescribeTasks", true, {
      signal: caller.signal,
    });
    timeout.abort(new Error("late timeout"));
    caller.abort(new Error("late abort"));
    // Had a listener stayed, the late aborts would have reached the settled attempt's request.
    expect(answering.requests[0]?.signal.aborted).toBe(false);
  });

  it("aborts the request when the caller aborts mid-attempt", async () => {
    const controller = new AbortController();
    const hanging = sequence(() => {
      queueMicrotask(() => controller.abort(new Error("stop")));
      return new Promise<Response>(() => {});
    });
    await expect(
      sendRpc(config(hanging.fetch, platformTimeout), "DescribeTasks", true, { signal: controller.signal }),
    ).rejects.toThrow("stop");
    expect(hanging.requests[0]?.signal.aborted).toBe(true);
  });
});
