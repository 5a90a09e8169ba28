import type {
  ActionName,
  ActionRequest,
  CancelTaskResponse,
  DescribeRegionsResponse,
  DescribeTaskAttributeResponse,
  DescribeTasksResponse,
  ExportImageResponse,
  ImportImageResponse,
  ModifyDiskSpecResponse,
  paths,
} from "@ecs-tasks/contract";
import type { SignatureVersion } from "@ecs-tasks/signing";
import createClient, { type Middleware } from "openapi-fetch";
import { parseJsonBody } from "../errors/read-response.js";
import { type RetryOptions, resolveRetryOptions } from "../retry/retry-policy.js";
import {
  type NormalizedTask,
  type NormalizedTaskPage,
  normalizeTask,
  normalizeTaskPage,
} from "../tasks/normalize-task.js";
import { type Clock, realSleep, type Sleep } from "../timing/sleep.js";
import { type PollOptions, pollTask } from "../waiter/poll-task.js";
import { resolveOrigin } from "./endpoint.js";
import { flattenParameters } from "./flatten-parameters.js";
import {
  type CallOptions,
  type CredentialsSource,
  type FetchLike,
  type RpcAnswer,
  type RpcTransportConfig,
  sendRpc,
} from "./rpc-transport.js";

const API_VERSION = "2014-05-26";
const ACTION_PATH_PREFIX = "/#Action=";

/** Parameters the client fills in itself (action, version, format, V1 signature fields). */
type CommonParameter =
  | "Action"
  | "Version"
  | "Format"
  | "AccessKeyId"
  | "SignatureMethod"
  | "SignatureVersion"
  | "SignatureNonce"
  | "SignatureType"
  | "Timestamp"
  | "SecurityToken";

/** The parameters a caller passes for an action: the contract's, without the ones the client fills in. */
export type RequestParameters<A extends ActionName> = Omit<ActionRequest<A>, CommonParameter>;

/** How to build a client. Everything is optional: with no options it talks to the central endpoint, unsigned. */
export interface EcsClientOptions {
  /** AccessKey pair (with an STS token if any), or a function returning current credentials. Absent: unsigned requests. */
  credentials?: CredentialsSource;
  /** Default region: picks the regional endpoint and is the region `waitForTask` uses when none is given. */
  regionId?: string;
  /** Any endpoint: `https://ecs.cn-hangzhou.aliyuncs.com`, a bare host, or the reference server's `http://127.0.0.1:PORT`. */
  endpoint?: string;
  /** `v3` (ACS3-HMAC-SHA256, default) or `v1` (HMAC-SHA1). */
  signatureVersion?: SignatureVersion;
  /** HTTP method for every call; parameters always travel in the query string. Default POST, as the official SDK. */
  method?: "GET" | "POST";
  /** The fetch to use; default `globalThis.fetch`. Pass an in-process handler (Hono's `app.fetch`) to skip the network. */
  fetch?: FetchLike;
  /** Retry policy. Default: 3 attempts, full-jitter backoff from 100 ms, at most 20 s. */
  retry?: RetryOptions;
  /** Per-attempt timeout in milliseconds. Default 30 000. */
  timeoutMs?: number;
  /** Time source for signing dates and the waiter; inject in tests. */
  clock?: Clock;
  /** Waits between retries and between polls of `waitForTask`; inject in tests so nothing really waits. */
  sleep?: Sleep;
  /**
   * Runs the per-attempt timeout: resolves when it expires and stops when its signal aborts. Default a
   * real timer; a test injects one that never fires, or one that fires at once to test timeouts.
   */
  timer?: Sleep;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/** Options of `waitForTask`. */
export interface WaitForTaskOptions extends PollOptions {
  /** The task's region; default the client's `regionId`. */
  regionId?: string;
}

/** A typed ECS task client. Each call throws `EcsApiError`, `EcsNetworkError` or `EcsUnexpectedResponseError` on failure. */
export interface EcsClient {
  /** Describes one task: status, progress (also as a number), subtasks, times (also as `Date`). */
  describeTaskAttribute(
    request: RequestParameters<"DescribeTaskAttribute">,
    options?: CallOptions,
  ): Promise<NormalizedTask>;
  /** Lists one page of tasks. */
  describeTasks(
    request: RequestParameters<"DescribeTasks">,
    options?: CallOptions,
  ): Promise<NormalizedTaskPage>;
  /** Cancels a running ImportImage or ExportImage task. */
  cancelTask(request: RequestParameters<"CancelTask">, options?: CallOptions): Promise<CancelTaskResponse>;
  /** Starts exporting an image to OSS; the answer carries the new task's id. */
  exportImage(request: RequestParameters<"ExportImage">, options?: CallOptions): Promise<ExportImageResponse>;
  /** Starts importing an image from OSS; the answer carries the new task's id. */
  importImage(request: RequestParameters<"ImportImage">, options?: CallOptions): Promise<ImportImageResponse>;
  /** Changes a disk's category or performance level; the answer may carry a task id. */
  modifyDiskSpec(
    request: RequestParameters<"ModifyDiskSpec">,
    options?: CallOptions,
  ): Promise<ModifyDiskSpecResponse>;
  /** Lists the regions. */
  describeRegions(
    request?: RequestParameters<"DescribeRegions">,
    options?: CallOptions,
  ): Promise<DescribeRegionsResponse>;
  /**
   * Polls a task at once and then with backoff until it is Finished (resolves with it), or rejects with
   * `TaskWaitError` (carrying the last task seen) when it Failed, was cancelled or the wait timed out.
   */
  waitForTask(taskId: string, options?: WaitForTaskOptions): Promise<NormalizedTask>;
  /** Iterates over DescribeTasks pages from `PageNumber` (default 1) to the last. */
  paginateTasks(
    filter: RequestParameters<"DescribeTasks">,
    options?: CallOptions,
  ): AsyncGenerator<NormalizedTaskPage, void, undefined>;
}

/** What openapi-fetch builds in place of a Request: only the method, which it reads back. */
class UnsentRequest {
  readonly method: string;

  constructor(_url: string, init?: { method?: string }) {
    this.method = init?.method ?? "GET";
  }
}

// Read-only actions can be sent twice without harm; any call with a ClientToken is made idempotent by ECS.
const READ_ONLY = new Set<string>(["DescribeTaskAttribute", "DescribeTasks", "DescribeRegions"]);

/** Creates a typed ECS task client on openapi-fetch with the contract's `paths`. */
export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  const config: RpcTransportConfig = {
    origin: resolveOrigin(options.endpoint, options.regionId),
    apiVersion: API_VERSION,
    method: options.method ?? "POST",
    credentials: options.credentials,
    signatureVersion: options.signatureVersion ?? "v3",
    fetch: options.fetch ?? ((request) => fetch(request)),
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? 30_000,
    clock: options.clock ?? Date.now,
    sleep: options.sleep ?? realSleep,
    timer: options.timer,
    random: options.random ?? Math.random,
  };
  // openapi-fetch checks each call's parameters against the contract's paths; the middleware then
  // sends the call to "/" (the path key's fragment names the action), signed, with retries. The
  // request openapi-fetch builds for the middleware is never sent, so it gets a stand-in that holds
  // only the method: a real Request would cost as much as the one the transport sends.
  const typed = createClient<paths>({
    baseUrl: config.origin,
    querySerializer: () => "",
    Request: UnsentRequest as unknown as typeof Request,
  });
  // The transport reads the body inside the timeout, so openapi-fetch gets an empty stand-in (one
  // per client: it has no body to consume) and `parseAs: "stream"` (it reads nothing), and the call
  // parses the text the transport kept. Only 2xx answers get here; the others have thrown.
  const answered = new Response(null);
  const call = async <T>(
    send: (init: { parseAs: "stream"; middleware: Middleware[] }) => Promise<unknown>,
    callOptions: CallOptions | undefined,
  ): Promise<T> => {
    let answer: RpcAnswer | undefined;
    let action = "";
    const rpc: Middleware = {
      async onRequest({ schemaPath, params }) {
        action = schemaPath.slice(ACTION_PATH_PREFIX.length);
        const query = params.query ?? {};
        const idempotent = READ_ONLY.has(action) || Boolean(query.ClientToken);
        answer = await sendRpc(config, action, flattenParameters(query), idempotent, callOptions);
        return answered;
      },
    };
    await send({ parseAs: "stream", middleware: [rpc] });
    if (answer === undefined) {
      throw new Error("openapi-fetch did not run the RPC middleware");
    }
    return parseJsonBody(answer.response, answer.text, action) as T;
  };

  const client: EcsClient = {
    async describeTaskAttribute(request, callOptions) {
      const body = await call<DescribeTaskAttributeResponse>(
        (init) => typed.POST("/#Action=DescribeTaskAttribute", { ...init, params: { query: request } }),
        callOptions,
      );
      return normalizeTask(body);
    },
    async describeTasks(request, callOptions) {
      const body = await call<DescribeTasksResponse>(
        (init) => typed.POST("/#Action=DescribeTasks", { ...init, params: { query: request } }),
        callOptions,
      );
      return normalizeTaskPage(body);
    },
    cancelTask(request, callOptions) {
      return call(
        (init) => typed.POST("/#Action=CancelTask", { ...init, params: { query: request } }),
        callOptions,
      );
    },
    exportImage(request, callOptions) {
      return call(
        (init) => typed.POST("/#Action=ExportImage", { ...init, params: { query: request } }),
        callOptions,
      );
    },
    importImage(request, callOptions) {
      return call(
        (init) => typed.POST("/#Action=ImportImage", { ...init, params: { query: request } }),
        callOptions,
      );
    },
    modifyDiskSpec(request, callOptions) {
      return call(
        (init) => typed.POST("/#Action=ModifyDiskSpec", { ...init, params: { query: request } }),
        callOptions,
      );
    },
    describeRegions(request = {}, callOptions) {
      return call(
        (init) => typed.POST("/#Action=DescribeRegions", { ...init, params: { query: request } }),
        callOptions,
      );
    },
    async waitForTask(taskId, waitOptions = {}) {
      const regionId = waitOptions.regionId ?? options.regionId;
      if (!regionId) {
        throw new TypeError(
          "waitForTask needs a region: pass { regionId } or create the client with { regionId }.",
        );
      }
      return pollTask(
        (signal) => client.describeTaskAttribute({ RegionId: regionId, TaskId: taskId }, { signal }),
        {
          ...waitOptions,
          clock: waitOptions.clock ?? config.clock,
          sleep: waitOptions.sleep ?? config.sleep,
          random: waitOptions.random ?? config.random,
        },
      );
    },
    async *paginateTasks(filter, callOptions) {
      for (let pageNumber = filter.PageNumber ?? 1; ; pageNumber++) {
        const page = await client.describeTasks({ ...filter, PageNumber: pageNumber }, callOptions);
        yield page;
        const size = page.PageSize || page.TaskSet.Task.length;
        if (page.TaskSet.Task.length === 0 || pageNumber * size >= page.TotalCount) {
          return;
        }
      }
    },
  };
  return client;
}
