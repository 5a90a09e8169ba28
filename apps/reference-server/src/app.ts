import { type Context, type ErrorHandler, Hono, type MiddlewareHandler } from "hono";
import type { AccessKey, AuthMode } from "./auth/access-keys.js";
import { createRequestAuthenticator } from "./auth/request-authenticator.js";
import { ControllableClock } from "./clock.js";
import { CONTROL_TOKEN_PATTERN, controlAccessOf } from "./control/control-access.js";
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
import { DEFAULT_LIMITS, positiveIntegerOption } from "./resource-limits.js";
import { InMemoryTaskStore } from "./store/in-memory-task-store.js";
import { StorageUnavailableError } from "./store/storage-health.js";
import type { TaskStore } from "./store/task-store.js";
import { EcsError } from "./wire/ecs-error.js";
import { ErrorCatalogue } from "./wire/error-catalogue.js";
import { findOverlongParameter } from "./wire/parameter-limits.js";
import { isPlainPath, pathOfTarget } from "./wire/plain-path.js";
import { MAX_REQUEST_HEAD_BYTES } from "./wire/request-limits.js";
import {
  IncompleteRequestError,
  type ResponseFormat,
  type RpcRequest,
  readCappedBody,
  readRpcRequest,
} from "./wire/rpc-request.js";
import { errorResponse, successResponse } from "./wire/rpc-response.js";

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
  /**
   * The operator's token: every control request must then send `Authorization: Bearer <token>` (else 401).
   * Without one, a server in `verify` mode refuses the control API (403): it is shared, and the control API
   * can wipe, slow and read every account's calls (default: none).
   */
  readonly controlToken?: string;
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
  /** The most characters of parameters the request log keeps, all requests together (default 8 MiB). */
  readonly requestLogBytes?: number;
  /** The longest parameter name or value, in characters, where the spec documents no shorter maximum (default 4096). */
  readonly maxParameterLength?: number;
  /** The most faults armed at once through the control API (default 1000). */
  readonly maxFaults?: number;
  /** The most task fates scripted at once through the control API (default 1000). */
  readonly maxTaskFates?: number;
  /** Control API bodies above this size are refused unread (default 64 KiB). */
  readonly maxControlBodyBytes?: number;
  /** In `verify` mode, the most nonces one AccessKeyId may have in the 15-minute window (default 1000000). */
  readonly maxNoncesPerKey?: number;
  /** Waits for injected latency (default: a real timer); tests pass an instant one. */
  readonly sleep?: (ms: number) => Promise<void>;
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
  if (options.controlToken !== undefined && !CONTROL_TOKEN_PATTERN.test(options.controlToken)) {
    throw new Error(
      "controlToken must be a bearer token: letters, digits and -._~+/ (then optional =), for example the output of `openssl rand -hex 32`.",
    );
  }
  for (const name of [
    "maxBodyBytes",
    "requestLogBytes",
    "maxParameterLength",
    "maxFaults",
    "maxTaskFates",
    "maxControlBodyBytes",
    "maxNoncesPerKey",
  ] as const) {
    positiveIntegerOption(name, options[name], 1);
  }
}

/** One ECS call as the endpoint's middleware learn it; every answer is made from it, and the request log keeps it. */
class Exchange {
  readonly requestId: string;
  readonly receivedAtMs: number;
  readonly method: string;
  host: string | undefined;
  /** JSON until the parameters are read: an error before then has no `Format` to honour. */
  format: ResponseFormat = "JSON";
  action: string | undefined;
  params: ReadonlyMap<string, string> | undefined;
  /** The error code of the answer, or null for a success. */
  code: string | null = null;
  /** The answer's status, once answered. */
  status = 0;

  constructor(requestId: string, receivedAtMs: number, method: string) {
    this.requestId = requestId;
    this.receivedAtMs = receivedAtMs;
    this.method = method;
  }

  /**
   * The exchange the ECS endpoint's first step set in this context, if the request got that far. The error
   * handler is handed the same context, but Hono types it with the app's environment, which does not list
   * the steps' variables: the value is checked rather than cast. (A `WeakMap` keyed by the request cost
   * about 1.4 µs of a 17 µs request in process.)
   */
  static in(c: Context): Exchange | undefined {
    const set: unknown = c.get("exchange");
    return set instanceof Exchange ? set : undefined;
  }
}

/**
 * What @hono/node-server hands the app besides the Request (`c.env.incoming`, Node's `IncomingMessage`), read
 * without Node's types: the request target as sent, and the headers as its parser listed them. Absent on
 * other runtimes and for in-process requests.
 */
function nodeIncomingOf(c: Context): { url?: unknown; rawHeaders?: unknown } | undefined {
  return (c.env as { incoming?: { url?: unknown; rawHeaders?: unknown } } | undefined)?.incoming;
}

/** What each middleware of the ECS endpoint hands on to the next. */
interface EcsEnv {
  Variables: {
    exchange: Exchange;
    rpc: RpcRequest;
    action: string;
    operation: Operation;
    accountId: string;
  };
}

/**
 * Builds the reference server as a Hono app; it never listens (see `main.ts`). The ECS RPC endpoint is
 * `/`, the spec is at `/openapi.yaml` and its reference page at `/docs`, the control API under `/_reference/`.
 * It speaks only web `Request`s and `Response`s, so it runs on any runtime Hono runs on.
 */
export function createApp(options: ReferenceServerOptions = {}): Hono {
  checkOptions(options);
  const store = options.store ?? new InMemoryTaskStore();
  const clock = options.clock ?? new ControllableClock();
  const ids = createIdSource(options.seed);
  const errors = new ErrorCatalogue();
  const faults = new FaultInjector(
    errors,
    (seed) => createIdSource(seed ?? options.seed),
    options.maxFaults ?? DEFAULT_LIMITS.maxFaults,
  );
  const fates = new FateQueue(options.maxTaskFates ?? DEFAULT_LIMITS.maxTaskFates);
  const requests = new RequestLog(
    options.recentRequests ?? 500,
    options.requestLogBytes ?? DEFAULT_LIMITS.requestLogBytes,
  );
  const maxParameterLength = options.maxParameterLength ?? DEFAULT_LIMITS.maxParameterLength;
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
    maxNoncesPerKey: options.maxNoncesPerKey ?? DEFAULT_LIMITS.maxNoncesPerKey,
  });
  const controlOn = options.control ?? true;
  const controlAccess = controlAccessOf(options.controlToken, authMode);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
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

  // The Host header is read with the call's parameters; an error before then reads it itself.
  const exchangeOf = (c: Context): Exchange => new Exchange(ids.requestId(), clock.now(), c.req.method);

  /** Request id and log: every ECS call, answered or refused, is listed by the control API. */
  const recordExchange: MiddlewareHandler<EcsEnv> = async (c, next) => {
    const exchange = exchangeOf(c);
    c.set("exchange", exchange);
    await next();
    exchange.status = c.res.status;
    requests.add(exchange);
  };

  /** Reads the call from the web Request and finds its operation; the checks are the gateway's, in its order. */
  const readCall: MiddlewareHandler<EcsEnv> = async (c, next) => {
    // Node's parser refuses a longer head before the app sees it (see listen.ts); other runtimes and
    // in-process callers may not, and must get the same answer. A URL is ASCII, so its length is its size.
    if (c.req.url.length > MAX_REQUEST_HEAD_BYTES) {
      throw errors.error(undefined, "RequestHeadersTooLarge");
    }
    const parsedHeaders = nodeIncomingOf(c)?.rawHeaders;
    const rpc = await readRpcRequest(
      c.req.raw,
      { maxBodyBytes },
      Array.isArray(parsedHeaders) ? parsedHeaders : undefined,
    );
    const exchange = c.get("exchange");
    exchange.host = rpc.host;
    exchange.format = rpc.format;
    exchange.action = rpc.action;
    exchange.params = rpc.params;
    if (rpc.method !== "GET" && rpc.method !== "POST" && rpc.method !== "HEAD") {
      throw errors.error(rpc.action, "UnsupportedHTTPMethod");
    }
    if (rpc.bodyTooLarge) {
      throw errors.error(undefined, "RequestBodyTooLarge");
    }
    const overlong = findOverlongParameter(
      rpc.action,
      rpc.params,
      rpc.headers,
      authMode === "verify",
      maxParameterLength,
    );
    if (overlong !== undefined) {
      throw errors.parameterTooLong(rpc.action, overlong);
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
    c.set("rpc", rpc);
    c.set("action", rpc.action);
    c.set("operation", operation);
    await next();
  };

  const authenticate: MiddlewareHandler<EcsEnv> = async (c, next) => {
    const rpc = c.get("rpc");
    const request = c.req.raw;
    const accountId = await authenticator.authenticate({
      method: rpc.method,
      url: request.url,
      headers: rpc.headers,
      params: rpc.params,
      action: rpc.action,
      // Read only when a V3 signature is to be checked: a form body is already read, any other body is not.
      body: async () => rpc.body ?? (await readCappedBody(request, maxBodyBytes)) ?? new Uint8Array(0),
    });
    c.set("accountId", accountId);
    await next();
  };

  /** Faults injected through the control API strike after routing and authentication, as a gateway's would. */
  const injectFaults: MiddlewareHandler<EcsEnv> = async (c, next) => {
    const fault = faults.draw(c.get("action"));
    if (fault !== undefined && fault.latencyMs > 0) {
      await sleep(fault.latencyMs);
    }
    if (fault?.error !== undefined) {
      throw fault.error;
    }
    await next();
  };

  const dispatch = async (c: Context<EcsEnv>): Promise<Response> => {
    // `c.get`, not `c.var`: Hono builds `c.var` afresh from its map on every read.
    const rpc = c.get("rpc");
    const exchange = c.get("exchange");
    const action = c.get("action");
    const accountId = c.get("accountId");
    const operation = c.get("operation");
    const body = await operation({
      action,
      params: rpc.params,
      requestId: exchange.requestId,
      accountId,
      host: rpc.host,
    });
    return successResponse(rpc.format, action, body, exchange.requestId);
  };

  const app = new Hono();

  // Every error answer is made here, whichever route or step fails.
  const answerError: ErrorHandler = (error, c) => {
    // Absent outside the ECS endpoint (the docs routes), where there is no call to describe.
    const exchange = Exchange.in(c) ?? exchangeOf(c);
    let ecsError: EcsError;
    if (error instanceof EcsError) {
      ecsError = error;
    } else if (error instanceof StorageUnavailableError) {
      // The store logged the failure once; the call changed nothing and may be retried.
      ecsError = errors.error(exchange.action, "ServiceUnavailable");
    } else if (error instanceof IncompleteRequestError) {
      // The client has gone: there is nobody to answer and nothing for the operator to fix. The log shows
      // the status nginx uses for a client that closed its request (499), with no error code.
      return new Response(null, { status: 499 });
    } else {
      // A bug, never bad input (see the property test): the client gets the documented InternalError,
      // the operator the stack.
      console.error("ecs-reference-server: unexpected error", error);
      ecsError = errors.error(exchange.action, "InternalError");
    }
    exchange.code = ecsError.code;
    return errorResponse(
      exchange.format,
      ecsError,
      exchange.requestId,
      exchange.host ?? c.req.header("host"),
    );
  };
  app.onError(answerError);

  // Before any route: a path with more than one spelling reaches none (see wire/plain-path.ts). Node's
  // listener hands over the request target as sent; elsewhere the Request's URL, already resolved by the URL
  // standard, is all there is.
  app.use("*", async (c, next) => {
    const incoming = nodeIncomingOf(c);
    const target = typeof incoming?.url === "string" ? incoming.url : c.req.url;
    if (!isPlainPath(pathOfTarget(target))) {
      throw errors.error(undefined, "InvalidAction.NotFound");
    }
    await next();
  });

  if (controlOn) {
    app.route(
      CONTROL_PREFIX,
      controlRoutes({
        store,
        clock,
        ids,
        faults,
        fates,
        requests,
        accountId,
        timing: () => timing,
        access: controlAccess,
        maxBodyBytes: options.maxControlBodyBytes ?? DEFAULT_LIMITS.maxControlBodyBytes,
      }),
    );
  }
  // A browser cannot send the token, so the reference page lists the control API only where it is open.
  app.route("/", docsRoutes({ controlOn: controlOn && controlAccess.kind === "open" }));

  // The ECS endpoint, one step per middleware. Any other path is not an ECS API: it is answered as the
  // gateway answers an unknown API.
  app.use("*", recordExchange);
  app.all("/", readCall, authenticate, injectFaults, dispatch);
  app.all("*", () => {
    throw errors.error(undefined, "InvalidAction.NotFound");
  });

  return app;
}
