import { type Credentials, signRpcRequest } from "@ecs-tasks/signing";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { NonceMemory } from "../src/auth/nonce-memory.js";
import { TIMESTAMP_WINDOW_MS } from "../src/auth/request-authenticator.js";
import { ControllableClock } from "../src/clock.js";
import { rpcGet, type TestApp } from "./support/rpc.js";

type Json = Record<string, unknown>;

const alice: Credentials = { accessKeyId: "alice", accessKeySecret: "alice-secret" };
const bob: Credentials = { accessKeyId: "bob", accessKeySecret: "bob-secret" };

let nonce = 0;
async function call(
  app: TestApp,
  clock: ControllableClock,
  credentials: Credentials,
  action: string,
  params: Record<string, string>,
) {
  const signed = await signRpcRequest(
    { action, version: "2014-05-26", method: "POST", parameters: Object.entries(params) },
    { origin: "http://ecs.test", credentials, date: new Date(clock.now()), nonce: `n-${++nonce}` },
  );
  const response = await app.request(signed.url, {
    method: signed.method,
    headers: { ...signed.headers, host: "ecs.test" },
  });
  return { status: response.status, body: (await response.json()) as Json };
}

const exportParams = { RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b" };

describe("accounts", () => {
  it("in verify mode, another account's task is InvalidTaskId.NotFound everywhere", async () => {
    const clock = new ControllableClock();
    const app = createApp({ seed: "acc", clock, auth: "verify", accessKeys: [alice, bob] });
    const created = await call(app, clock, alice, "ExportImage", exportParams);
    const taskId = String(created.body.TaskId);
    expect(taskId).toMatch(/^t-/);

    const own = await call(app, clock, alice, "DescribeTaskAttribute", {
      RegionId: "cn-hangzhou",
      TaskId: taskId,
    });
    expect(own.body.TaskId).toBe(taskId);

    const other = await call(app, clock, bob, "DescribeTaskAttribute", {
      RegionId: "cn-hangzhou",
      TaskId: taskId,
    });
    expect(other).toMatchObject({ body: { Code: "InvalidTaskId.NotFound" } });
    const cancel = await call(app, clock, bob, "CancelTask", { RegionId: "cn-hangzhou", TaskId: taskId });
    expect(cancel).toMatchObject({ body: { Code: "InvalidTaskId.NotFound" } });
    const listed = await call(app, clock, bob, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect(JSON.stringify(listed.body)).not.toContain(taskId);
    const listedByOwner = await call(app, clock, alice, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect(JSON.stringify(listedByOwner.body)).toContain(taskId);
  });

  it("with auth off, a request's AccessKeyId is its account, and no key means the default account", async () => {
    const app = createApp({ seed: "off" });
    const created = await rpcGet(app, "ExportImage", {
      ...exportParams,
      AccessKeyId: "carol",
      Signature: "anything",
    });
    const taskId = String(((await created.json()) as Json).TaskId);
    const asCarol = await rpcGet(app, "DescribeTaskAttribute", {
      RegionId: "cn-hangzhou",
      TaskId: taskId,
      AccessKeyId: "carol",
    });
    expect(asCarol.status).toBe(200);
    const anonymous = await rpcGet(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId: taskId });
    expect((await anonymous.json()) as Json).toMatchObject({ Code: "InvalidTaskId.NotFound" });
    const asDefault = await rpcGet(app, "ExportImage", exportParams);
    const defaultTask = String(((await asDefault.json()) as Json).TaskId);
    expect(
      (await rpcGet(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId: defaultTask })).status,
    ).toBe(200);
  });
});

describe("nonce memory", () => {
  it("is bounded by the timestamp window: nonces older than it are forgotten", () => {
    const memory = new NonceMemory(TIMESTAMP_WINDOW_MS);
    let now = 0;
    for (let i = 0; i < 10_000; i++) {
      now += 1000; // one request a second for almost three hours
      expect(memory.use("k", `n-${i}`, now, now)).toBe("fresh");
      // A window of requests a second apart, and the one arriving now.
      expect(memory.size).toBeLessThanOrEqual(TIMESTAMP_WINDOW_MS / 1000 + 1);
    }
    expect(memory.use("k", "n-9999", now, now)).toBe("replayed");
    expect(memory.use("other-key", "n-9999", now, now)).toBe("fresh");
    memory.forget(now + 2 * TIMESTAMP_WINDOW_MS);
    expect(memory.size).toBe(0);
  });
});

describe("hardening", () => {
  it("never shows a secret, a signature or a security token in error bodies or the request log", async () => {
    const clock = new ControllableClock();
    // The operator, with the control token, is the one reader of a verifying server's request log.
    const app = createApp({
      seed: "secret",
      clock,
      auth: "verify",
      accessKeys: [alice],
      controlToken: "operator",
    });
    const signed = await signRpcRequest(
      { action: "DescribeRegions", version: "2014-05-26", method: "GET", parameters: [] },
      {
        origin: "http://ecs.test",
        credentials: { ...alice, accessKeySecret: "wrong-secret", securityToken: "sts-token-value" },
        signatureVersion: "v1",
        date: new Date(clock.now()),
        nonce: "secret-test",
      },
    );
    const error = await app.request(signed.url);
    const errorText = await error.text();
    expect(errorText).toContain("SignatureDoesNotMatch");
    const log = await (
      await app.request("/_reference/requests", { headers: { authorization: "Bearer operator" } })
    ).text();
    const signature = new URL(signed.url).searchParams.get("Signature") ?? "";
    expect(signature).not.toBe("");
    for (const text of [errorText, log]) {
      expect(text).not.toContain("alice-secret");
      expect(text).not.toContain("wrong-secret");
    }
    expect(log).not.toContain("sts-token-value");
    expect(log).not.toContain(signature);
    expect(log).toContain("[redacted]");
  });

  it("accepts an STS token for a configured key, in V3 and V1", async () => {
    const clock = new ControllableClock();
    const app = createApp({ seed: "sts", clock, auth: "verify", accessKeys: [alice] });
    for (const signatureVersion of ["v3", "v1"] as const) {
      const signed = await signRpcRequest(
        { action: "DescribeRegions", version: "2014-05-26", method: "GET", parameters: [] },
        {
          origin: "http://ecs.test",
          credentials: { ...alice, securityToken: "tok" },
          signatureVersion,
          date: new Date(clock.now()),
          nonce: `sts-${signatureVersion}`,
        },
      );
      const response = await app.request(signed.url, { headers: { ...signed.headers, host: "ecs.test" } });
      expect(response.status, signatureVersion).toBe(200);
    }
  });

  it("lets parameters named __proto__, constructor and prototype pollute nothing", async () => {
    const app = createApp({ seed: "proto" });
    const response = await app.request(
      "/?Action=DescribeRegions&Version=2014-05-26&Format=JSON&__proto__[polluted]=yes&constructor[prototype][polluted]=yes&prototype=yes&__proto__=x",
    );
    expect(response.status).toBe(200);
    const control = await app.request("/_reference/tasks", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"action":"ExportImage"}',
    });
    expect(control.status).toBeLessThan(500);
    const log = (await (await app.request("/_reference/requests")).json()) as { requests: Json[] };
    expect(log.requests.length).toBeGreaterThan(0);
    expect(({} as Json).polluted).toBeUndefined();
    expect((Object.prototype as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(log.requests[0]?.params)).toBe(Object.prototype);
  });
});
