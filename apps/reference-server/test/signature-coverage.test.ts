// What a signature covers, proven by what a rewritten request does to the server's state: a request changed
// on the way after it was signed is refused with the documented error, and its change never runs.
import { type ParameterPair, signV1Parameters, signV3Headers } from "@ecs-tasks/signing";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";

type Json = Record<string, unknown>;

const HOST = "ecs.test";
const key = { accessKeyId: "coverage", accessKeySecret: "coverage-secret" };
const VERSION = "2014-05-26";
const FORM = { "content-type": "application/x-www-form-urlencoded" };

function server() {
  const clock = new ControllableClock({ startMs: Date.UTC(2026, 10, 28, 1, 0), frozen: true });
  const app = createApp({
    seed: "coverage",
    clock,
    auth: "verify",
    accessKeys: [key],
    taskDurationMs: 600_000,
  });
  let nonces = 0;
  const stamp = () => ({ date: new Date(clock.now()), nonce: `coverage-${++nonces}` });
  const send = async (path: string, init: RequestInit = {}): Promise<Json> => {
    const headers = new Headers(init.headers);
    if (!headers.has("host")) {
      headers.set("host", HOST);
    }
    return (await (await app.request(`http://${HOST}${path}`, { ...init, headers })).json()) as Json;
  };
  const form = (pairs: readonly ParameterPair[]) =>
    new URLSearchParams(pairs.map(([n, v]) => [n, v])).toString();
  const v1 = (method: string, action: string, params: readonly ParameterPair[]) =>
    signV1Parameters(
      method,
      [["Action", action], ["Version", VERSION], ["Format", "JSON"], ...params],
      key,
      stamp(),
    );
  const v3 = (
    action: string,
    query: readonly ParameterPair[],
    extra: Record<string, string> = {},
    body = "",
  ) =>
    signV3Headers(
      {
        method: "POST",
        host: HOST,
        query,
        headers: { "x-acs-action": action, "x-acs-version": VERSION, ...extra },
        body,
      },
      key,
      stamp(),
    );
  /** A running export of this key's account, and a way to read its status with a genuine signed call. */
  const task = async () => {
    const created = await send(
      `/?${form(
        v1("GET", "ExportImage", [
          ["RegionId", "cn-hangzhou"],
          ["ImageId", "m-1"],
          ["OSSBucket", "b"],
        ]),
      )}`,
    );
    const taskId = String(created.TaskId);
    expect(taskId).toMatch(/^t-/);
    const status = async () =>
      (
        await send(
          `/?${form(
            v1("GET", "DescribeTaskAttribute", [
              ["RegionId", "cn-hangzhou"],
              ["TaskId", taskId],
            ]),
          )}`,
        )
      ).TaskStatus;
    expect(await status()).toBe("Processing");
    return { taskId, status };
  };
  return { send, form, v1, v3, task };
}

describe("V3: every x-acs-* header, host and content-type", () => {
  it("a DescribeTaskAttribute rewritten to CancelTask in x-acs-action is refused and cancels nothing", async () => {
    const { send, v3, task } = server();
    const { taskId, status } = await task();
    const query: ParameterPair[] = [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", taskId],
    ];
    const url = `/?RegionId=cn-hangzhou&TaskId=${taskId}`;
    const rewritten = { ...v3("DescribeTaskAttribute", query), "x-acs-action": "CancelTask" };
    expect((await send(url, { method: "POST", headers: rewritten })).Code).toBe("SignatureDoesNotMatch");
    // Left out of the signature and then added: refused before the signature is even computed.
    const unsigned = v3("DescribeTaskAttribute", query);
    unsigned.authorization = (unsigned.authorization ?? "").replace("x-acs-action;", "");
    expect(
      (await send(url, { method: "POST", headers: { ...unsigned, "x-acs-action": "CancelTask" } })).Code,
    ).toBe("IncompleteSignature");
    expect(await status()).toBe("Processing");
    // The genuine CancelTask, signed as such, does cancel it: the refusals above were about the signature.
    expect((await send(url, { method: "POST", headers: v3("CancelTask", query) })).Code).toBeUndefined();
    expect(await status()).toBe("Failed");
  });

  it("a signed x-acs-version, host or content-type changed on the way does not match", async () => {
    const { send, v3 } = server();
    const query: ParameterPair[] = [["RegionId", "cn-hangzhou"]];
    const url = "/?RegionId=cn-hangzhou";
    expect((await send(url, { method: "POST", headers: v3("DescribeTasks", query) })).Code).toBeUndefined();
    const version = { ...v3("DescribeTasks", query), "x-acs-version": "2016-03-14" };
    // An unknown version is refused before the signature, as ECS does; a known one changed would not match.
    expect((await send(url, { method: "POST", headers: version })).Code).toBe("InvalidVersion");
    const host = { ...v3("DescribeTasks", query), host: "ecs.cn-beijing.aliyuncs.com" };
    expect((await send(url, { method: "POST", headers: host })).Code).toBe("SignatureDoesNotMatch");
    const typed = { ...v3("DescribeTasks", query, FORM), "content-type": "application/json" };
    expect((await send(url, { method: "POST", headers: typed, body: "" })).Code).toBe(
      "SignatureDoesNotMatch",
    );
    const token = v3("DescribeTasks", query, { "x-acs-security-token": "signed-token" });
    const swapped = { ...token, "x-acs-security-token": "other-token" };
    expect((await send(url, { method: "POST", headers: swapped })).Code).toBe("SignatureDoesNotMatch");
  });
});

describe("V1: every parameter, query and body", () => {
  it("an Action rewritten to CancelTask in the query is refused and cancels nothing", async () => {
    const { send, form, v1, task } = server();
    const { taskId, status } = await task();
    const signed = v1("GET", "DescribeTaskAttribute", [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", taskId],
    ]);
    const rewritten = signed.map(
      ([name, value]): ParameterPair => [name, name === "Action" ? "CancelTask" : value],
    );
    expect((await send(`/?${form(rewritten)}`)).Code).toBe("SignatureDoesNotMatch");
    expect(await status()).toBe("Processing");
  });

  it("a parameter added to the query of a body-signed request, or to the body of a query-signed one, does not match", async () => {
    const { send, form, v1, task } = server();
    const { taskId, status } = await task();
    const bodySigned = v1("POST", "DescribeTasks", [["RegionId", "cn-hangzhou"]]);
    expect((await send("/", { method: "POST", headers: FORM, body: form(bodySigned) })).Code).toBeUndefined();
    const again = v1("POST", "DescribeTasks", [["RegionId", "cn-hangzhou"]]);
    const inQuery = await send(`/?${form([["TaskStatus", "Finished"]])}`, {
      method: "POST",
      headers: FORM,
      body: form(again),
    });
    expect(inQuery.Code).toBe("SignatureDoesNotMatch");
    // The same for a CancelTask's target: signed for no task, sent with one.
    const cancel = v1("POST", "CancelTask", [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", "t-notmine0000000000"],
    ]);
    const retargeted = cancel.map(
      ([name, value]): ParameterPair => [name, name === "TaskId" ? taskId : value],
    );
    const split = await send(`/?${form(retargeted.slice(0, 4))}`, {
      method: "POST",
      headers: FORM,
      body: form(retargeted.slice(4)),
    });
    expect(split.Code).toBe("SignatureDoesNotMatch");
    // Signed in the query for no task, with the task in the body (a name in both takes the body's value).
    const queried = v1("POST", "CancelTask", [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", "t-notmine0000000000"],
    ]);
    const overridden = await send(`/?${form(queried)}`, {
      method: "POST",
      headers: FORM,
      body: form([["TaskId", taskId]]),
    });
    expect(overridden.Code).toBe("SignatureDoesNotMatch");
    expect(await status()).toBe("Processing");
  });
});
