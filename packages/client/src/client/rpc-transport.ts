import type { Credentials, ParameterPair } from "@ecs-tasks/signing";
import type { Middleware } from "openapi-fetch";
import { EcsNetworkError, EcsTimeoutError } from "../errors/ecs-network-error.js";
import { parseJsonBody, toResponseError } from "../errors/read-response.js";
import {
  isRetryable,
  type ResolvedRetryOptions,
  type RetryOptions,
  resolveRetryOptions,
  retryDelayMs,
} from "../retry/retry-policy.js";
import type { Sleep } from "../timing/sleep.js";
import { type CredentialsOption, MISSING_CREDENTIALS_MESSAGE } from "./credentials.js";
import { type ResponseMetadata, type WithMetadata, withMetadata } from "./response-metadata.js";
import { type SigningConfig, signAttempt } from "./sign-attempt.js";

/** A `fetch`-like function: the global `fetch`, or an in-process handler such as a Hono `app.fetch`. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/** Everything the transport needs, resolved once per client. */
export interface RpcTransportConfig extends SigningConfig {
  /** Credentials, `"anonymous"`, or undefined when none were found (every call is then refused). */
  credentials: CredentialsOption | undefined;
  fetch: FetchLike;
  /** The caller's middleware, in the order registered; read at each attempt. */
  middleware: Middleware[];
  retry: ResolvedRetryOptions;
  timeoutMs: number;
  sleep: Sleep;
  /** Makes the signal that ends an attempt after `ms`: `AbortSignal.timeout`, or a test's own. */
  timeoutSignal: (ms: number) => AbortSignal;
  random: () => number;
}

/** Options every call accepts; each overrides the client's for this call only. */
export interface CallOptions {
  /** Aborts the call, including any wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in milliseconds. */
  timeoutMs?: number | undefined;
  /** Retry policy, merged over the client's: `{ maxAttempts: 1 }` turns retries off for this call. */
  retry?: RetryOptions | undefined;
}

/** The per-request options of openapi-fetch that one attempt sets. */
export interface AttemptInit {
  parseAs: "stream";
  fetch: (request: Request) => Promise<Response>;
  middleware: Middleware[];
  signal: AbortSignal;
  headers: Record<string, string>;
  querySerializer: () => string;
}

/** Sends one attempt through openapi-fetch: a typed `client.request(method, path, { ...init, params })`. */
export type SendAttempt = (init: AttemptInit) => Promise<{ error?: unknown; response: Response }>;

const ignore = () => {};

// undici says only "fetch failed" and keeps the reason (ECONNREFUSED, a TLS error) in its cause.
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) {
    return String(error);
  }
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}

async function attemptOnce(
  config: RpcTransportConfig,
  action: string,
  parameters: readonly ParameterPair[],
  send: SendAttempt,
  options: CallOptions,
): Promise<{ body: Record<string, unknown>; response: Response }> {
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  const timeout = config.timeoutSignal(timeoutMs);
  const callerSignal = options.signal;
  // The attempt's request carries the timeout, or, when the caller passes a signal too, a signal
  // that follows both. The call is also rejected by `interrupt`, because an in-process handler may
  // ignore the request's signal and a timeout must still end the call.
  const both = callerSignal === undefined ? undefined : new AbortController();
  const signal = both?.signal ?? timeout;
  let interrupt: (reason: unknown) => void = ignore;
  const stop = (reason: unknown) => {
    both?.abort(reason);
    interrupt(reason);
  };
  const onTimeout = () => stop(new EcsTimeoutError(timeoutMs, { action }));
  const onCallerAbort = () => stop(callerSignal?.reason);
  timeout.addEventListener("abort", onTimeout);
  callerSignal?.addEventListener("abort", onCallerAbort);
  if (callerSignal?.aborted) {
    onCallerAbort();
  } else if (timeout.aborted) {
    onTimeout();
  }

  const networkError = (cause: unknown) =>
    new EcsNetworkError(`${action} failed: ${describeFailure(cause)}`, { cause, action });
  // Only what fails on the wire is a network failure; what a middleware throws stays as thrown.
  // An `onError` middleware sees the error the call would reject with.
  const fetchOnce = async (request: Request): Promise<Response> => {
    try {
      return await config.fetch(request);
    } catch (error) {
      throw signal.aborted ? signal.reason : networkError(error);
    }
  };
  const exchange = async () => {
    const source = config.credentials;
    let credentials: Credentials | undefined;
    if (typeof source === "function") {
      credentials = await source();
      // The caller may have given up while the credentials were fetched: nothing is sent then.
      signal.throwIfAborted();
    } else if (source !== "anonymous") {
      credentials = source;
    }
    const signed = signAttempt(config, action, parameters, credentials);
    const { error, response } = await send({
      parseAs: "stream",
      fetch: fetchOnce,
      middleware: config.middleware,
      signal,
      headers: signed.headers,
      querySerializer: () => signed.query,
    });
    if (!response.ok) {
      throw toResponseError(response, error, action);
    }
    // `parseAs: "stream"` leaves a 2xx body unread, so that the text is at hand when it is not JSON.
    let text: string;
    try {
      text = await response.text();
    } catch (readError) {
      throw networkError(readError);
    }
    return { body: parseJsonBody(response, text, action), response };
  };

  try {
    signal.throwIfAborted();
    // One promise settled by the exchange or by an abort, whichever comes first (an abort before it
    // exists has aborted `signal`, and was thrown just above).
    return await new Promise<{ body: Record<string, unknown>; response: Response }>((resolve, reject) => {
      interrupt = reject;
      exchange().then(resolve, reject);
    });
  } catch (error) {
    if (callerSignal?.aborted) {
      throw callerSignal.reason;
    }
    if (timeout.aborted) {
      throw new EcsTimeoutError(timeoutMs, { action });
    }
    throw error;
  } finally {
    // Nothing is left behind: the platform's timeout ends on its own, and neither it nor the
    // caller's signal, which may outlive many calls, keeps a reference to this attempt.
    timeout.removeEventListener("abort", onTimeout);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

/**
 * Sends one RPC call: each attempt goes through openapi-fetch, signed afresh (new nonce and date) and
 * bounded by a timeout; failures become typed errors and the retryable ones are sent again after a
 * backoff. Resolves with the parsed JSON of a 2xx answer, with its `$metadata`.
 */
export async function sendRpc<T extends object>(
  config: RpcTransportConfig,
  action: string,
  parameters: readonly ParameterPair[],
  idempotent: boolean,
  send: SendAttempt,
  options: CallOptions = {},
): Promise<WithMetadata<T>> {
  if (config.credentials === undefined) {
    throw new TypeError(MISSING_CREDENTIALS_MESSAGE);
  }
  const startedAt = config.clock();
  const retry =
    options.retry === undefined ? config.retry : resolveRetryOptions({ ...config.retry, ...options.retry });
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      const { body, response } = await attemptOnce(config, action, parameters, send, options);
      const metadata: ResponseMetadata = {
        httpStatusCode: response.status,
        requestId:
          typeof body.RequestId === "string"
            ? body.RequestId
            : (response.headers.get("x-acs-request-id") ?? undefined),
        attempts: attempt,
        totalTimeMs: config.clock() - startedAt,
      };
      return withMetadata(body as T, metadata);
    } catch (error) {
      if (attempt >= retry.maxAttempts || !isRetryable(error, idempotent)) {
        throw error;
      }
      await config.sleep(retryDelayMs(attempt, error, retry, config.random), options.signal);
    }
  }
}
