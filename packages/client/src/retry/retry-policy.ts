import { EcsApiError } from "../errors/ecs-api-error.js";
import { EcsNetworkError } from "../errors/ecs-network-error.js";
import { EcsUnexpectedResponseError } from "../errors/unexpected-response-error.js";

/** How failed calls are retried: exponential backoff with full jitter. */
export interface RetryOptions {
  /** Total attempts including the first; 1 turns retries off. Default 3. */
  maxAttempts?: number;
  /** Backoff base: the cap of the first retry's random delay, doubled on each retry. Default 100 ms. */
  baseDelayMs?: number;
  /** Largest delay between attempts; a longer `x-acs-retry-after` is cut to it. Default 20 000 ms. */
  maxDelayMs?: number;
}

/** Retry options with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

/** Fills in the retry defaults. */
export function resolveRetryOptions(options: RetryOptions | undefined): ResolvedRetryOptions {
  return {
    maxAttempts: Math.max(1, Math.floor(options?.maxAttempts ?? 3)),
    baseDelayMs: Math.max(0, options?.baseDelayMs ?? 100),
    maxDelayMs: Math.max(0, options?.maxDelayMs ?? 20_000),
  };
}

function isThrottled(error: unknown): boolean {
  return (
    (error instanceof EcsApiError && (error.code.includes("Throttling") || error.status === 429)) ||
    (error instanceof EcsUnexpectedResponseError && error.status === 429)
  );
}

/**
 * Whether a failed attempt may be sent again. Throttling means the request was refused before it
 * ran, so it is retried for every call; 5xx answers and network failures leave it unknown whether
 * the call took effect, so only idempotent calls are retried for those.
 */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (isThrottled(error)) {
    return true;
  }
  if (!idempotent) {
    return false;
  }
  if (error instanceof EcsNetworkError) {
    return true;
  }
  return (error instanceof EcsApiError || error instanceof EcsUnexpectedResponseError) && error.status >= 500;
}

/**
 * The delay before retry number `retry` (1 for the first retry): the server's `x-acs-retry-after`
 * when it sent one, otherwise full jitter, a uniform draw in [0, min(max, base * 2^(retry-1))).
 * `maxDelayMs` bounds both: a longer `x-acs-retry-after` is waited `maxDelayMs`, then the call tries
 * again (decision 0041); a caller who would rather wait it out raises `maxDelayMs` for that call.
 */
export function retryDelayMs(
  retry: number,
  error: unknown,
  options: ResolvedRetryOptions,
  random: () => number,
): number {
  if (error instanceof EcsApiError && error.retryAfterMs !== undefined) {
    return Math.min(error.retryAfterMs, options.maxDelayMs);
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * ceiling);
}
