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
  timer: Sleep;
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

// Resolves or rejects with the promise, or rejects with the signal's reason when it aborts first:
// an in-process handler may ignore the request's signal, and a timeout must still end the call.
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
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
  // One controller per attempt: it aborts the request on timeout or caller abort, and is aborted
  // once the attempt settles, which also clears the timeout timer sleeping on its signal.
  const attempt = new AbortController();
  const callerSignal = options.signal;
  const onCallerAbort = () => attempt.abort(callerSignal?.reason);
  callerSignal?.addEventListener("abort", onCallerAbort, { once: true });
  if (callerSignal?.aborted) {
    onCallerAbort();
  }
  let timedOut = false;
  config.timer(timeoutMs, attempt.signal).then(() => {
    timedOut = true;
    attempt.abort(new EcsTimeoutError(timeoutMs, { action }));
  }, ignore);
  let answer: RpcAnswer;
  try {
    attempt.signal.throwIfAborted();
    const exchange = async (): Promise<RpcAnswer> => {
      const response = await config.fetch(
        new Request(signed.url, { method: signed.method, headers: signed.headers, signal: attempt.signal }),
      );
      return { response, text: await response.text() };
    };
    answer = await unlessAborted(exchange(), attempt.signal);
  } catch (error) {
    if (callerSignal?.aborted) {
      throw callerSignal.reason;
    }
    if (timedOut) {
      throw new EcsTimeoutError(timeoutMs, { action });
    }
    throw new EcsNetworkError(`${action} failed: ${describeFailure(error)}`, { cause: error, action });
  } finally {
    // A shared reason: aborting without one would build a DOMException on every call.
    attempt.abort(SETTLED);
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
