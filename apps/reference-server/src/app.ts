import { IncomingMessage } from "node:http";
import { type Context, Hono } from "hono";
import type { AccessKey, AuthMode } from "./auth/access-keys.js";
import { createRequestAuthenticator } from "./auth/request-authenticator.js";
import { ControllableClock } from "./clock.js";
import { CONTROL_PREFIX, controlRoutes } from "./control/control-routes.js";
import { FateQueue } from "./control/fate-queue.js";
import { FaultInjector } from "./control/fault-injector.js";
import { RequestLog } from "./control/request-log.js";
import { docsRoutes } from "./docs-routes.js";
import { createIdSource } from "./id-source.js";
import { cancelTask } from "./operations/cancel-task.js";
import { describeRegions } from "./operations/describe-regions.js";
import { describeTaskAttribute } from "./operations/describe-task-attribute.js";
import { describeTasks } from "./operations/describe-tasks.js";
import { exportImage } from "./operations/export-image.js";
import { importImage } from "./operations/import-image.js";
import { modifyDiskSpec } from "./operations/modify-disk-spec.js";
import type { Operation, OperationDeps, TaskTiming } from "./operations/operation.js";
import { isKnownRegion } from "./regions/region-catalogue.js";
import { InMemoryTaskStore } from "./store/in-memory-task-store.js";
import type { TaskStore } from "./store/task-store.js";
import { EcsError } from "./wire/ecs-error.js";
import { ErrorCatalogue } from "./wire/error-catalogue.js";
import { MAX_REQUEST_HEAD_BYTES } from "./wire/request-limits.js";
import { type ResponseFormat, type RpcRequest, readCappedBody, readRpcRequest } from "./wire/rpc-request.js";
import { errorResponse, rpcResponse } from "./wire/rpc-response.js";

/** The API version this server speaks. */
export const API_VERSION = "2014-05-26";

/** How a new task's time is split by default: a short queue, then the run. */
const QUEUE_SHARE = 0.05;

/** Options of {@link createApp}; every one has a default. */
export interface ReferenceServerOptions {
  /** Where tasks live (default: a new in-memory store). */
  readonly store?: TaskStore;
  /** The clock every task reads (default: the system time, controllable through the control API). */
  readonly clock?: ControllableClock;
  /** Seed for task, image and request ids (default: random). */
  readonly seed?: string;
  /** How long a new task takes from creation to Finished, in ms (default 60000). */
  readonly taskDurationMs?: number;
  /** Serve the control API under `/_reference/` (default true). */
  readonly control?: boolean;
  /** The region of ModifyDiskSpec tasks when nothing else names one (default cn-hangzhou). */
  readonly defaultRegionId?: string;
  /**
   * The account of requests that name no AccessKeyId while signatures are not verified, and of tasks the
   * control API creates without one (default `default`; in `verify` mode, the first access key's id).
   */
  readonly accountId?: string;
  /** `off` (default): any or no credentials; `verify`: V1 and V3 signatures checked against `accessKeys`. */
  readonly auth?: AuthMode;
  /** The key pairs `verify` mode accepts; each AccessKeyId is an account of its own. */
  readonly accessKeys?: readonly AccessKey[];
  /** Form bodies above this size are not read (default 1 MiB). */
  readonly maxBodyBytes?: number;
  /** How many recent requests the control API keeps (default 500). */
  readonly recentRequests?: number;
  /** Waits for injected latency (default: a real timer); tests pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
}

interface RpcState {
  requestId: string;
  format: ResponseFormat;
  action: string | undefined;
  host: string | undefined;
  method: string;
  params: ReadonlyMap<string, string> | undefined;
}

/** The Node request under @hono/node-server, which passes `{ incoming, outgoing }` as the env; else undefined. */
function nodeIncoming(env: unknown): IncomingMessage | undefined {
  const incoming = (env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof IncomingMessage ? incoming : undefined;
}

/**
 * An HTTP/1.x request with neither Content-Length nor Transfer-Encoding has an empty body (RFC 9112 §6.3),
 * and Node's parser holds it to that. Knowing it from the headers spares V3's payload hash the
 * @hono/node-server `request.body` getter, which builds a whole undici Request and a web stream to read
 * nothing (a sixth of the CPU of a signed bodiless POST), and lets V3 verify synchronously.
 */
function hasNoBody(incoming: IncomingMessage | undefined): boolean {
  return (
    incoming !== undefined &&
    incoming.httpVersionMajor === 1 &&
    incoming.headers["content-length"] === undefined &&
    incoming.headers["transfer-encoding"] === undefined
  );
}

function checkOptions(options: ReferenceServerOptions): void {
  const duration = options.taskDurationMs;
  if (duration !== undefined && !(Number.isFinite(duration) && duration >= 0)) {
    throw new Error(`taskDurationMs must be a non-negative number of milliseconds, got ${duration}.`);
  }
  if (options.defaultRegionId !== undefined && !isKnownRegion(options.defaultRegionId)) {
    throw new Error(
      `defaultRegionId "${options.defaultRegionId}" is not a known region (see DescribeRegions).`,
    );
  }
  if (options.auth !== undefined && options.auth !== "off" && options.auth !== "verify") {
    throw new Error(`auth must be "off" or "verify", got "${options.auth}".`);
  }
  if (options.auth === "verify" && (options.accessKeys ?? []).length === 0) {
    throw new Error(
      'auth "verify" needs at least one key pair: pass accessKeys (or --access-key ID:SECRET, ECS_REFERENCE_ACCESS_KEYS).',
    );
  }
  const maxBody = options.maxBodyBytes;
  if (maxBody !== undefined && !(Number.isInteger(maxBody) && maxBody > 0)) {
    throw new Error(`maxBodyBytes must be a positive integer, got ${maxBody}.`);
  }
}

/**
 * Builds the reference server as a Hono app; it never listens (see `main.ts`). The ECS RPC endpoint is
 * `/`, the spec is at `/openapi.yaml` and its reference page at `/docs`, the control API under `/_reference/`.
 */
export function createApp(options: ReferenceServerOptions = {}): Hono {
  checkOptions(options);
  const store = options.store ?? new InMemoryTaskStore();
  const clock = options.clock ?? new ControllableClock();
  const ids = createIdSource(options.seed);
  const errors = new ErrorCatalogue();
  const faults = new FaultInjector(errors, (seed) => createIdSource(seed ?? options.seed));
  const fates = new FateQueue();
  const requests = new RequestLog(options.recentRequests ?? 500);
  const accessKeys = options.accessKeys ?? [];
  const authMode = options.auth ?? "off";
  const accountId =
    options.accountId ?? (authMode === "verify" ? (accessKeys[0]?.accessKeyId ?? "default") : "default");
  const authenticator = createRequestAuthenticator({
    mode: authMode,
    keys: accessKeys,
    defaultAccount: accountId,
    errors,
    now: () => clock.now(),
  });
  const controlOn = options.control ?? true;
  const limits = { maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024 };
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const totalMs = options.taskDurationMs ?? 60_000;
  const timing: TaskTiming = {
    queuedMs: Math.round(totalMs * QUEUE_SHARE),
    durationMs: totalMs - Math.round(totalMs * QUEUE_SHARE),
  };

  const deps: OperationDeps = {
    store,
    clock,
    ids,
    errors,
    timing: () => timing,
    fateFor: (action) => fates.next(action),
    defaultRegionId: options.defaultRegionId ?? "cn-hangzhou",
  };
  const operations = new Map<string, Operation>([
    ["DescribeTaskAttribute", describeTaskAttribute(deps)],
    ["DescribeTasks", describeTasks(deps)],
    ["CancelTask", cancelTask(deps)],
    ["ExportImage", exportImage(deps)],
    ["ImportImage", importImage(deps)],
    ["ModifyDiskSpec", modifyDiskSpec(deps)],
    ["DescribeRegions", describeRegions(deps)],
  ]);
  const missing = errors.actions().filter((action) => !operations.has(action));
  if (missing.length > 0) {
    throw new Error(`The spec describes actions this server does not implement: ${missing.join(", ")}.`);
  }

  const log = (state: RpcState, status: number, code: string | null): void => {
    requests.add({
      requestId: state.requestId,
      receivedAtMs: clock.now(),
      method: state.method,
      action: state.action,
      params: state.params,
      status,
      code,
    });
  };

  /** The state of a request that failed before its parameters were read. */
  const unreadState = (c: Context): RpcState => ({
    requestId: ids.requestId(),
    format: "JSON",
    action: undefined,
    host: c.req.header("host"),
    method: c.req.method,
    params: undefined,
  });

  // Every error answer of the ECS API is made here.
  const answerError = (state: RpcState, error: unknown): Response => {
    let ecsError: EcsError;
    if (error instanceof EcsError) {
      ecsError = error;
    } else {
      // A bug, never bad input (see the property test): the client gets the documented InternalError,
      // the operator the stack.
      console.error("ecs-reference-server: unexpected error", error);
      ecsError = errors.error(state.action, "InternalError");
    }
    log(state, ecsError.status, ecsError.code);
    return errorResponse(state.format, ecsError, state.requestId, state.host);
  };

  const app = new Hono();
  app.onError((error, c) => answerError(unreadState(c), error));
  // Any other path is not an ECS API: answer as the gateway does for an unknown API.
  app.notFound((c) => answerError(unreadState(c), errors.error(undefined, "InvalidAction.NotFound")));

  if (controlOn) {
    app.route(
      CONTROL_PREFIX,
      controlRoutes({ store, clock, ids, faults, fates, requests, accountId, timing: () => timing }),
    );
  }

  app.route("/", docsRoutes({ controlOn }));

  // The answer is built synchronously whenever nothing on the way needs to wait (auth off or V1, no
  // injected latency, an in-memory read): @hono/node-server then writes a Response the handler returns
  // directly, skipping its promise path. Each step that may be asynchronous is continued with `then`.
  const answer = (
    request: Request,
    rpc: RpcRequest,
    state: RpcState,
    incoming: IncomingMessage | undefined,
  ): Response | Promise<Response> => {
    if (rpc.method !== "GET" && rpc.method !== "POST" && rpc.method !== "HEAD") {
      throw errors.error(rpc.action, "UnsupportedHTTPMethod");
    }
    if (rpc.bodyTooLarge) {
      throw errors.error(undefined, "RequestBodyTooLarge");
    }
    if (rpc.action === undefined) {
      throw errors.error(undefined, "MissingParameter.Action");
    }
    if (rpc.version === undefined) {
      throw errors.error(rpc.action, "MissingParameter.Version");
    }
    if (rpc.version !== API_VERSION) {
      throw errors.error(rpc.action, "InvalidVersion");
    }
    const operation = operations.get(rpc.action);
    if (operation === undefined) {
      throw errors.error(undefined, "InvalidAction.NotFound");
    }
    const action = rpc.action;
    const account = authenticator.authenticate({
      method: rpc.method,
      url: request.url,
      header: rpc.header,
      params: rpc.params,
      action,
      body: async () => rpc.body ?? (await readCappedBody(request, limits.maxBodyBytes)) ?? new Uint8Array(0),
      knownBody: rpc.body ?? (hasNoBody(incoming) ? new Uint8Array(0) : undefined),
    });
    return typeof account === "string"
      ? operate(rpc, action, operation, state, account)
      : account.then((accountId) => operate(rpc, action, operation, state, accountId));
  };

  const operate = (
    rpc: RpcRequest,
    action: string,
    operation: Operation,
    state: RpcState,
    accountId: string,
  ): Response | Promise<Response> => {
    const fault = faults.draw(action);
    if (fault !== undefined && (fault.latencyMs > 0 || fault.error !== undefined)) {
      return (async () => {
        if (fault.latencyMs > 0) {
          await sleep(fault.latencyMs);
        }
        if (fault.error !== undefined) {
          throw fault.error;
        }
        return respond(rpc, action, state, await run(rpc, action, operation, state, accountId));
      })();
    }
    const body = run(rpc, action, operation, state, accountId);
    return body instanceof Promise
      ? body.then((resolved) => respond(rpc, action, state, resolved))
      : respond(rpc, action, state, body);
  };

  const run = (
    rpc: RpcRequest,
    action: string,
    operation: Operation,
    state: RpcState,
    accountId: string,
  ): Record<string, unknown> | Promise<Record<string, unknown>> =>
    operation({ action, params: rpc.params, requestId: state.requestId, accountId, host: rpc.host });

  const respond = (
    rpc: RpcRequest,
    action: string,
    state: RpcState,
    body: Record<string, unknown>,
  ): Response => {
    log(state, 200, null);
    return rpcResponse(
      rpc.format,
      `${action}Response`,
      { RequestId: state.requestId, ...body },
      200,
      state.requestId,
    );
  };

  const handle = (
    request: Request,
    incoming: IncomingMessage | undefined,
    rpc: RpcRequest,
  ): Response | Promise<Response> => {
    const state: RpcState = {
      requestId: ids.requestId(),
      format: rpc.format,
      action: rpc.action,
      host: rpc.host,
      method: rpc.method,
      params: rpc.params,
    };
    try {
      const response = answer(request, rpc, state, incoming);
      return response instanceof Promise ? response.catch((error) => answerError(state, error)) : response;
    } catch (error) {
      return answerError(state, error);
    }
  };

  app.all("/", (c): Response | Promise<Response> => {
    const request = c.req.raw;
    // Node's parser refuses a longer head before the app sees it (see listen.ts); other runtimes and
    // in-process callers may not, and must get the same answer. A URL is ASCII, so its length is its size.
    if (request.url.length > MAX_REQUEST_HEAD_BYTES) {
      return answerError(unreadState(c), errors.error(undefined, "RequestHeadersTooLarge"));
    }
    const incoming = nodeIncoming(c.env);
    const rpc = readRpcRequest(request, limits, incoming);
    return rpc instanceof Promise
      ? rpc.then((read) => handle(request, incoming, read))
      : handle(request, incoming, rpc);
  });

  return app;
}
