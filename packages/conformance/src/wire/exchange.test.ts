import { afterEach, expect, test, vi } from "vitest";
import { performExchange } from "./exchange.js";

afterEach(() => {
  vi.useRealTimers();
});

const sent = {
  method: "GET",
  url: "http://ecs.test/?RegionId=cn-hangzhou",
  headers: { "x-acs-action": "DescribeRegions" },
};

test("reads status, lower-case headers, the body and its JSON", async () => {
  const outcome = await performExchange(
    () => new Response('{"RequestId":"R"}', { status: 400, headers: { "Content-Type": "application/json" } }),
    sent,
    1000,
  );
  expect(outcome.received).toEqual({
    status: 400,
    headers: { "content-type": "application/json" },
    body: '{"RequestId":"R"}',
    json: { RequestId: "R" },
  });
});

test("keeps a body that is not JSON as text, without json", async () => {
  const outcome = await performExchange(() => new Response("<html>oops</html>", { status: 502 }), sent, 1000);
  expect(outcome.received?.body).toBe("<html>oops</html>");
  expect(outcome.received && "json" in outcome.received).toBe(false);
});

test("gives up on a server that never answers, after the timeout", async () => {
  vi.useFakeTimers();
  const pending = performExchange(() => new Promise<Response>(() => undefined), sent, 5000);
  await vi.advanceTimersByTimeAsync(5000);
  expect(await pending).toEqual({ transportError: "no complete answer within 5000 ms" });
});

test("reports a network error with its cause", async () => {
  const outcome = await performExchange(
    () =>
      Promise.reject(new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") })),
    sent,
    1000,
  );
  expect(outcome.transportError).toBe("fetch failed: connect ECONNREFUSED 127.0.0.1:1");
});
