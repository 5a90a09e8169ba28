import type { ParameterPair } from "@ecs-tasks/signing";
import { type Credentials, createNonce, type SignatureVersion, signRpcRequest } from "@ecs-tasks/signing";
import { EcsNetworkError, EcsTimeoutError } from "../errors/ecs-network-error.js";
import { toResponseError } from "../errors/read-response.js";
import { isRetryable, type ResolvedRetryOptions, retryDelayMs } from "../retry/retry-policy.js";
import type { Clock, Sleep } from "../timing/sleep.js";

/** A `fetch`-like function: the global `fetch`, or an in-process handler such as a Hono `app.fetch`. */
export type FetchLike = (request: Request) => Response | Promise<Response>;

/** Static credentials, or a function that returns current ones (for rotating STS tokens). */
export type CredentialsSource = Credentials | (() => Credentials | Promise<Credentials>);

/** Everything the transport needs, resolved once per client. */
export interface RpcTransportConfig {
  origin: string;
  apiVersion: string;
  method: "GET" | "POST";
  credentials: CredentialsSource | undefined;
  signatureVersion: SignatureVersion;
  fetch: FetchLike;
  retry: ResolvedRetryOptions;
  timeoutMs: number;
  clock: Clock;
  sleep: Sleep;
  /** Runs the per-attempt timeout; undefined means a plain timer. */
  timer: Sleep | undefined;
  random: () => number;
}

/** Options every call accepts. */
export interface CallOptions {
  /** Aborts the call, including any wait between retries; the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in milliseconds; overrides the client's. */
  timeoutMs?: number | undefined;
}

/** A 2xx answer with its body already read. */
export interface RpcAnswer {
  response: Response;
  text: string;
}

const SETTLED = new Error("The attempt has settled");
const ignore = () => {};

// Starts the per-attempt timeout and returns what stops it. Without an injected timer this is a bare
// setTimeout: stopping it costs a clearTimeout, where a Sleep can only be stopped by aborting a signal,
// which costs as much again as building the request.
function startTimeout(timer: Sleep | undefined, ms: number, onExpiry: () => void): () => void {
  if (timer === undefined) {
    const handle = setTimeout(onExpiry, ms);
    return () => clearTimeout(handle);
  }
  const stop = new AbortController();
  timer(ms, stop.signal).then(onExpiry, ignore);
  return () => stop.abort(SETTLED);
}

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
  options: CallOptions,
): Promise<RpcAnswer> {
  const credentials =
    typeof config.credentials === "function" ? await config.credentials() : config.credentials;
  const signed = await signRpcRequest(
    { action, version: config.apiVersion, method: config.method, parameters },
    {
      origin: config.origin,
      credentials,
      signatureVersion: config.signatureVersion,
      date: new Date(config.clock()),
      nonce: credentials === undefined ? "" : createNonce(),
    },
  );
  const timeoutMs = options.timeoutMs ?? config.timeoutMs;
  // One controller per attempt aborts the request on timeout or caller abort. The call settles
  // through `interrupted` as well, because an in-process handler may ignore the request's signal
  // and a timeout must still end the call.
  const attempt = new AbortController();
  let interrupt: (reason: unknown) => void = ignore;
  const interrupted = new Promise<never>((_, reject) => {
    interrupt = reject;
  });
  // Handled up front: it may reject before the race below is set up, or after it has settled.
  interrupted.catch(ignore);
  const abort = (reason: unknown) => {
    attempt.abort(reason);
    interrupt(reason);
  };
  const callerSignal = options.signal;
  const onCallerAbort = () => abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  if (callerSignal?.aborted) {
    onCallerAbort();
  }
  let timedOut = false;
  const stopTimeout = startTimeout(config.timer, timeoutMs, () => {
    timedOut = true;
    abort(new EcsTimeoutError(timeoutMs, { action }));
  });
  let answer: RpcAnswer;
  try {
    attempt.signal.throwIfAborted();
    const exchange = async (): Promise<RpcAnswer> => {
      const response = await config.fetch(
        new Request(signed.url, { method: signed.method, headers: signed.headers, signal: attempt.signal }),
      );
      return { response, text: await response.text() };
    };
    answer = await Promise.race([exchange(), interrupted]);
  } catch (error) {
    // Whatever failed, nothing of this attempt may keep running. A shared reason: aborting without
    // one would build a DOMException.
    attempt.abort(SETTLED);
    if (callerSignal?.aborted) {
      throw callerSignal.reason;
    }
    if (timedOut) {
      throw new EcsTimeoutError(timeoutMs, { action });
    }
    throw new EcsNetworkError(`${action} failed: ${describeFailure(error)}`, { cause: error, action });
  } finally {
    // A request whose body has been read is not aborted: that would cost as much as building it
    // and stop nothing.
    stopTimeout();
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
  if (!answer.response.ok) {
    throw toResponseError(answer.response, answer.text, action);
  }
  return answer;
}

/**
 * Sends one RPC call: signs each attempt afresh (new nonce and date), bounds it by a timeout,
 * turns failures into typed errors and retries the retryable ones with backoff.
 */
export async function sendRpc(
  config: RpcTransportConfig,
  action: string,
  parameters: readonly ParameterPair[],
  idempotent: boolean,
  options: CallOptions = {},
): Promise<RpcAnswer> {
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await attemptOnce(config, action, parameters, options);
    } catch (error) {
      if (attempt >= config.retry.maxAttempts || !isRetryable(error, idempotent)) {
        throw error;
      }
      const delay = retryDelayMs(attempt, error, config.retry, config.random);
      if (delay === undefined) {
        throw error;
      }
      await config.sleep(delay, options.signal);
    }
  }
}
