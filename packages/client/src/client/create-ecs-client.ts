import type {
  ActionName,
  ActionRequest,
  ActionResponse,
  CancelTaskResponse,
  DescribeRegionsResponse,
  ExportImageResponse,
  ImportImageResponse,
  ModifyDiskSpecResponse,
  paths,
} from "@ecs-tasks/contract";
import type { SignatureVersion } from "@ecs-tasks/signing";
import createClient, { type Middleware } from "openapi-fetch";
import { type RetryOptions, resolveRetryOptions } from "../retry/retry-policy.js";
import {
  type NormalizedTask,
  type NormalizedTaskPage,
  normalizeTask,
  normalizeTaskPage,
} from "../tasks/normalize-task.js";
import { type Clock, realSleep, type Sleep } from "../timing/sleep.js";
import { type PollOptions, pollTask } from "../waiter/poll-task.js";
import { type CredentialsOption, resolveCredentials } from "./credentials.js";
import { resolveOrigin } from "./endpoint.js";
import { flattenParameters } from "./flatten-parameters.js";
import type { WithMetadata } from "./response-metadata.js";
import {
  type CallOptions,
  type FetchLike,
  type RpcTransportConfig,
  type SendAttempt,
  sendRpc,
} from "./rpc-transport.js";
import { runtimeSendsUserAgent, USER_AGENT } from "./user-agent.js";
import { wireRequestClass } from "./wire-request.js";

const API_VERSION = "2014-05-26";

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

/** How to build a client. Everything is optional: with no options it talks to the central endpoint. */
export interface EcsClientOptions {
  /**
   * AccessKey pair (with an STS token if any), a function returning current credentials, or `"anonymous"`
   * for unsigned requests on purpose. Absent: `ALIBABA_CLOUD_ACCESS_KEY_ID`, `ALIBABA_CLOUD_ACCESS_KEY_SECRET`
   * and `ALIBABA_CLOUD_SECURITY_TOKEN` where the runtime has an environment; with none, every call is refused.
   */
  credentials?: CredentialsOption;
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
  /** Retry policy; each call may override it. Default: 3 attempts, full-jitter backoff from 100 ms, at most 20 s. */
  retry?: RetryOptions;
  /** Per-attempt timeout in milliseconds; each call may override it. Default 30 000. */
  timeoutMs?: number;
  /** Time source for signing dates and the waiter; inject in tests. */
  clock?: Clock;
  /** Waits between retries and between polls of `waitForTask`; inject in tests so nothing really waits. */
  sleep?: Sleep;
  /**
   * Makes the signal that ends an attempt after `ms` milliseconds. Default `AbortSignal.timeout`; a
   * test injects one that never aborts, or one already aborted to test timeouts.
   */
  timeoutSignal?: (ms: number) => AbortSignal;
  /** Jitter source in [0, 1). */
  random?: () => number;
}

/** Options of `waitForTask`. */
export interface WaitForTaskOptions extends PollOptions {
  /** The task's region; default the client's `regionId`. */
  regionId?: string;
}

/**
 * A typed ECS task client. Each call throws `EcsApiError`, `EcsNetworkError` or `EcsUnexpectedResponseError`
 * on failure, and a `TypeError` when the client has no credentials. Each answer carries a non-enumerable
 * `$metadata` (request id, HTTP status, attempts, total time).
 */
export interface EcsClient {
  /** Describes one task: status, progress (also as a number), subtasks, times (also as `Date`). */
  describeTaskAttribute(
    request: RequestParameters<"DescribeTaskAttribute">,
    options?: CallOptions,
  ): Promise<WithMetadata<NormalizedTask>>;
  /** Lists one page of tasks. */
  describeTasks(
    request: RequestParameters<"DescribeTasks">,
    options?: CallOptions,
  ): Promise<WithMetadata<NormalizedTaskPage>>;
  /** Cancels a running ImportImage or ExportImage task. */
  cancelTask(
    request: RequestParameters<"CancelTask">,
    options?: CallOptions,
  ): Promise<WithMetadata<CancelTaskResponse>>;
  /** Starts exporting an image to OSS; the answer carries the new task's id. */
  exportImage(
    request: RequestParameters<"ExportImage">,
    options?: CallOptions,
  ): Promise<WithMetadata<ExportImageResponse>>;
  /** Starts importing an image from OSS; the answer carries the new task's id. */
  importImage(
    request: RequestParameters<"ImportImage">,
    options?: CallOptions,
  ): Promise<WithMetadata<ImportImageResponse>>;
  /** Changes a disk's category or performance level; the answer may carry a task id. */
  modifyDiskSpec(
    request: RequestParameters<"ModifyDiskSpec">,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyDiskSpecResponse>>;
  /** Lists the regions. */
  describeRegions(
    request?: RequestParameters<"DescribeRegions">,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeRegionsResponse>>;
  /**
   * Polls a task at once, then close to the end its progress predicts (backing off while progress tells
   * nothing), until it is Finished (resolves with it, and the last poll's `$metadata`), or rejects with
   * `TaskWaitError` (carrying the last task seen) when it Failed, was cancelled or paused, or the wait
   * timed out.
   */
  waitForTask(taskId: string, options?: WaitForTaskOptions): Promise<WithMetadata<NormalizedTask>>;
  /** Iterates over DescribeTasks pages from `PageNumber` (default 1) to the last. */
  paginateTasks(
    filter: RequestParameters<"DescribeTasks">,
    options?: CallOptions,
  ): AsyncGenerator<WithMetadata<NormalizedTaskPage>, void, undefined>;
  /**
   * Adds openapi-fetch middleware. It runs on every attempt, after the client has signed it: `onRequest`
   * sees the signed request, `onResponse` every answer (throttled and failed ones too; clone it to
   * read it), `onError` a failure to send (an `EcsNetworkError`, or the abort or timeout reason).
   */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}

// Read-only actions can be sent twice without harm; any call with a ClientToken is made idempotent by ECS.
const READ_ONLY = new Set<string>(["DescribeTaskAttribute", "DescribeTasks", "DescribeRegions"]);

/** Creates a typed ECS task client on openapi-fetch with the contract's `paths`. */
export function createEcsClient(options: EcsClientOptions = {}): EcsClient {
  const middleware: Middleware[] = [];
  const sendsUserAgent = runtimeSendsUserAgent();
  const config: RpcTransportConfig = {
    origin: resolveOrigin(options.endpoint, options.regionId),
    apiVersion: API_VERSION,
    method: options.method === "GET" ? "GET" : "POST",
    credentials: resolveCredentials(options.credentials),
    signatureVersion: options.signatureVersion ?? "v3",
    acsUserAgent: sendsUserAgent ? undefined : USER_AGENT,
    fetch: options.fetch ?? ((request) => fetch(request)),
    middleware,
    retry: resolveRetryOptions(options.retry),
    timeoutMs: options.timeoutMs ?? 30_000,
    clock: options.clock ?? Date.now,
    sleep: options.sleep ?? realSleep,
    timeoutSignal: options.timeoutSignal ?? ((ms) => AbortSignal.timeout(ms)),
    random: options.random ?? Math.random,
  };
  // openapi-fetch checks each call's parameters against the contract's paths and builds the Request on
  // the wire: each attempt passes the signed query (through `querySerializer`) and headers, and the
  // client's Request class drops the path key's fragment. Users' middleware therefore sees the signed
  // request; it is the client's own list, passed with each attempt, so `use` and `eject` act at once.
  const typed = createClient<paths>({
    baseUrl: config.origin,
    Request: wireRequestClass(Request),
    // Each attempt passes its own; a function here spares openapi-fetch building a default one per call.
    querySerializer: () => "",
    headers: sendsUserAgent ? { "user-agent": USER_AGENT } : undefined,
  });
  const method = options.method === "GET" ? "get" : "post";
  // Each method names its path to openapi-fetch literally, so that the parameters are checked against
  // the contract's operation; `call` adds what is common to every action.
  const call = <A extends ActionName>(
    action: A,
    query: RequestParameters<A>,
    send: SendAttempt,
    callOptions: CallOptions | undefined,
  ): Promise<WithMetadata<ActionResponse<A>>> => {
    const idempotent = READ_ONLY.has(action) || ("ClientToken" in query && Boolean(query.ClientToken));
    return sendRpc<ActionResponse<A>>(
      config,
      action,
      flattenParameters(query),
      idempotent,
      send,
      callOptions,
    );
  };

  const client: EcsClient = {
    async describeTaskAttribute(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=DescribeTaskAttribute", { ...init, params: { query } });
      // Normalised in place: the `$metadata` stays on the same object.
      return normalizeTask(
        await call("DescribeTaskAttribute", query, send, callOptions),
      ) as WithMetadata<NormalizedTask>;
    },
    async describeTasks(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=DescribeTasks", { ...init, params: { query } });
      return normalizeTaskPage(
        await call("DescribeTasks", query, send, callOptions),
      ) as WithMetadata<NormalizedTaskPage>;
    },
    cancelTask(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=CancelTask", { ...init, params: { query } });
      return call("CancelTask", query, send, callOptions);
    },
    exportImage(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=ExportImage", { ...init, params: { query } });
      return call("ExportImage", query, send, callOptions);
    },
    importImage(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=ImportImage", { ...init, params: { query } });
      return call("ImportImage", query, send, callOptions);
    },
    modifyDiskSpec(query, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=ModifyDiskSpec", { ...init, params: { query } });
      return call("ModifyDiskSpec", query, send, callOptions);
    },
    describeRegions(query = {}, callOptions) {
      const send: SendAttempt = (init) =>
        typed.request(method, "/#Action=DescribeRegions", { ...init, params: { query } });
      return call("DescribeRegions", query, send, callOptions);
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
    use(...added) {
      middleware.push(...added);
    },
    eject(...removed) {
      for (const item of removed) {
        const index = middleware.indexOf(item);
        if (index !== -1) {
          middleware.splice(index, 1);
        }
      }
    },
  };
  return client;
}
