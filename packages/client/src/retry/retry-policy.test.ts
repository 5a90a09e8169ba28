import { describe, expect, it } from "vitest";
import { EcsApiError } from "../errors/ecs-api-error.js";
import { EcsNetworkError, EcsTimeoutError } from "../errors/ecs-network-error.js";
import { EcsUnexpectedResponseError } from "../errors/unexpected-response-error.js";
import { isRetryable, resolveRetryOptions, retryDelayMs } from "./retry-policy.js";

function apiError(status: number, code: string, retryAfterMs?: number): EcsApiError {
  return new EcsApiError({
    status,
    code,
    message: "m",
    requestId: undefined,
    hostId: undefined,
    recommend: undefined,
    retryAfterMs,
  });
}

describe("isRetryable", () => {
  it.each([
    ["Throttling (400)", apiError(400, "Throttling"), true, true],
    ["Throttling.User", apiError(400, "Throttling.User"), true, true],
    ["a 429 without a throttling code", apiError(429, "TooManyRequests"), true, true],
    ["InternalError (500)", apiError(500, "InternalError"), true, false],
    ["ServiceUnavailable (503)", apiError(503, "ServiceUnavailable"), true, false],
    ["InvalidTaskId.NotFound (400)", apiError(400, "InvalidTaskId.NotFound"), false, false],
    ["a network failure", new EcsNetworkError("reset"), true, false],
    ["a timeout", new EcsTimeoutError(10), true, false],
    [
      "a 502 HTML page",
      new EcsUnexpectedResponseError({ status: 502, contentType: "text/html", body: "" }),
      true,
      false,
    ],
    [
      "a 200 that is not JSON",
      new EcsUnexpectedResponseError({ status: 200, contentType: "text/xml", body: "" }),
      false,
      false,
    ],
    ["an unrelated error", new TypeError("x"), false, false],
  ])("%s: idempotent %s, not idempotent %s", (_label, error, idempotent, notIdempotent) => {
    expect(isRetryable(error, true)).toBe(idempotent);
    expect(isRetryable(error, false)).toBe(notIdempotent);
  });
});

describe("retryDelayMs", () => {
  const options = resolveRetryOptions({ baseDelayMs: 100, maxDelayMs: 1_000 });

  it("draws full jitter below base * 2^(retry-1), capped at the maximum", () => {
    const error = apiError(503, "ServiceUnavailable");
    expect(retryDelayMs(1, error, options, () => 0.999)).toBe(99);
    expect(retryDelayMs(3, error, options, () => 0.5)).toBe(200);
    expect(retryDelayMs(10, error, options, () => 0.5)).toBe(500);
    expect(retryDelayMs(2, error, options, () => 0)).toBe(0);
  });

  it("waits what x-acs-retry-after says, and the maximum when it says more", () => {
    expect(retryDelayMs(1, apiError(400, "Throttling", 700), options, () => 0)).toBe(700);
    expect(retryDelayMs(1, apiError(400, "Throttling", 5_000), options, () => 0)).toBe(1_000);
  });
});

describe("resolveRetryOptions", () => {
  it("defaults to three attempts and never goes below one", () => {
    expect(resolveRetryOptions(undefined)).toEqual({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000 });
    expect(resolveRetryOptions({ maxAttempts: 0 }).maxAttempts).toBe(1);
  });
});
