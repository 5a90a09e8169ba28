import { describe, expect, it } from "vitest";
import { EcsApiError, isEcsApiError } from "./ecs-api-error.js";
import { parseJsonBody, readRetryAfterMs, toResponseError } from "./read-response.js";
import { EcsUnexpectedResponseError } from "./unexpected-response-error.js";

const notFound = {
  RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
  HostId: "ecs.aliyuncs.com",
  Code: "InvalidTaskId.NotFound",
  Message: 'The specified "TaskId" is not found.',
  Recommend: "https://api.aliyun.com/troubleshoot?q=InvalidTaskId.NotFound&product=Ecs",
};

describe("toResponseError", () => {
  it("turns an ECS error body into an EcsApiError with every field as sent", () => {
    const error = toResponseError(
      Response.json(notFound, { status: 400 }),
      JSON.stringify(notFound),
      "CancelTask",
    );
    expect(error).toBeInstanceOf(EcsApiError);
    expect(error).toMatchObject({
      name: "EcsApiError",
      status: 400,
      code: "InvalidTaskId.NotFound",
      message: 'The specified "TaskId" is not found.',
      requestId: notFound.RequestId,
      hostId: "ecs.aliyuncs.com",
      recommend: notFound.Recommend,
      action: "CancelTask",
      retryAfterMs: undefined,
    });
  });

  it("accepts lower-case keys, as the official SDK does", () => {
    const body = JSON.stringify({ code: "Throttling", message: "slow down", requestId: "r" });
    const error = toResponseError(new Response(body, { status: 400 }), body);
    expect(error).toMatchObject({
      code: "Throttling",
      message: "slow down",
      requestId: "r",
      hostId: undefined,
    });
  });

  it("reads x-acs-retry-after in milliseconds", () => {
    const body = JSON.stringify({ Code: "Throttling", Message: "m" });
    const response = new Response(body, { status: 400, headers: { "x-acs-retry-after": "1500" } });
    expect(toResponseError(response, body)).toMatchObject({ retryAfterMs: 1500 });
  });

  it.each([
    ["an HTML page", "<html>Bad Gateway</html>", "text/html"],
    ["XML", "<Error><Code>X</Code></Error>", "text/xml"],
    ["an empty body", "", undefined],
    ["a JSON array", "[1]", "application/json"],
    ["JSON without a Code", '{"error":"bad"}', "application/json"],
  ])("gives EcsUnexpectedResponseError, never a SyntaxError, for %s", (_label, body, contentType) => {
    const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
    const error = toResponseError(
      new Response(body || null, { status: 502, headers }),
      body,
      "DescribeTasks",
    );
    expect(error).toBeInstanceOf(EcsUnexpectedResponseError);
    expect(error).toMatchObject({ status: 502, contentType, body, action: "DescribeTasks" });
    expect(error.message).toContain("expected a JSON body");
  });
});

describe("parseJsonBody", () => {
  it("returns the object", () => {
    expect(parseJsonBody(new Response("{}"), '{"a":1}')).toEqual({ a: 1 });
  });

  it("throws EcsUnexpectedResponseError for a 200 that is not JSON", () => {
    expect(() => parseJsonBody(new Response("x", { status: 200 }), "<xml/>")).toThrow(
      EcsUnexpectedResponseError,
    );
  });
});

describe("readRetryAfterMs", () => {
  it.each([
    [null, undefined],
    ["", undefined],
    ["abc", undefined],
    ["-5", undefined],
    ["0", 0],
    ["250", 250],
  ])("reads %j as %j", (value, expected) => {
    const headers = new Headers(value === null ? {} : { "x-acs-retry-after": value });
    expect(readRetryAfterMs(headers)).toBe(expected);
  });
});

describe("isEcsApiError", () => {
  const error = new EcsApiError({
    status: 400,
    code: "Throttling",
    message: "m",
    requestId: undefined,
    hostId: undefined,
    recommend: undefined,
  });

  it("recognises any EcsApiError without codes", () => {
    expect(isEcsApiError(error)).toBe(true);
    expect(isEcsApiError(new Error("x"))).toBe(false);
    expect(isEcsApiError({ code: "Throttling" })).toBe(false);
  });

  it("matches only the listed codes", () => {
    expect(isEcsApiError(error, "Throttling", "InternalError")).toBe(true);
    expect(isEcsApiError(error, "InternalError")).toBe(false);
  });
});
