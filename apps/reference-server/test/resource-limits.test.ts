import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type Credentials, signRpcRequest } from "@ecs-tasks/signing";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { NonceMemory } from "../src/auth/nonce-memory.js";
import { TIMESTAMP_WINDOW_MS } from "../src/auth/request-authenticator.js";
import { ControllableClock } from "../src/clock.js";
import { InMemoryTaskStore } from "../src/store/in-memory-task-store.js";
import { expectControlResponse } from "./support/control-validator.js";
import { control, rpcForm, rpcGet } from "./support/rpc.js";
import { documentedErrorsOf, expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

const exportParams = { RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b" };

function documentedCommon(name: string): { Code: string; Message: string } {
  const error = documentedErrorsOf("ExportImage", 400).get(name);
  if (error === undefined) {
    throw new Error(`The spec documents no ${name}.`);
  }
  return { Code: error.code, Message: error.message };
}

async function loggedRequests(app: ReturnType<typeof createApp>, limit = 1000): Promise<Json[]> {
  const response = await app.request(`/_reference/requests?limit=${limit}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { requests: Json[] }).requests;
}

describe("parameter lengths", () => {
  it("refuses a 200 KiB ImageId with the documented ParameterTooLong, and stores nothing", async () => {
    const store = new InMemoryTaskStore();
    const app = createApp({ seed: "long-image-id", store });
    const expected = documentedCommon("ParameterTooLong");
    for (const send of [rpcGet, rpcForm]) {
      const response = await send(app, "ExportImage", { ...exportParams, ImageId: "m".repeat(200 * 1024) });
      expect(response.status).toBe(400);
      const body = await expectDocumentedResponse(response, "ExportImage");
      expect(body.Code).toBe(expected.Code);
      expect(body.Message).toBe(
        `${expected.Message} "ImageId" has ${200 * 1024} characters; at most 4096 are accepted.`,
      );
    }
    expect(await store.size()).toBe(0);
    // The request log keeps the refused requests, their long value cut with a visible marker.
    const [latest] = await loggedRequests(app, 1);
    expect(latest?.params).toHaveProperty(
      "ImageId",
      `${"m".repeat(1024)}…[cut ${200 * 1024 - 1024} characters]`,
    );
  });

  it("accepts a value at the general limit, and holds names and x-acs- headers to it too", async () => {
    const store = new InMemoryTaskStore();
    const app = createApp({ seed: "at-limit", store, maxParameterLength: 100 });
    expect((await rpcGet(app, "ExportImage", { ...exportParams, ImageId: "m".repeat(100) })).status).toBe(
      200,
    );
    const longName = await rpcGet(app, "ExportImage", { ...exportParams, ["N".repeat(101)]: "v" });
    expect(((await longName.json()) as Json).Code).toBe("InvalidParameter");
    const longHeader = await app.request(`/?${new URLSearchParams(exportParams)}`, {
      method: "POST",
      headers: { "x-acs-action": "ExportImage", "x-acs-version": "2".repeat(101) },
    });
    expect(longHeader.status).toBe(400);
    expect(((await longHeader.json()) as Json).Message).toContain('"x-acs-version" has 101 characters');
    expect(await store.size()).toBe(1);
  });

  it("holds every x-acs- header to the limit when it verifies signatures, and only those it reads when not", async () => {
    const longNonce = {
      "x-acs-action": "ExportImage",
      "x-acs-version": "2014-05-26",
      "x-acs-signature-nonce": "n".repeat(101),
    };
    const verifying = createApp({
      seed: "long-nonce",
      maxParameterLength: 100,
      auth: "verify",
      accessKeys: [{ accessKeyId: "id", accessKeySecret: "secret" }],
    });
    const refused = await verifying.request(`/?${new URLSearchParams(exportParams)}`, { headers: longNonce });
    expect(refused.status).toBe(400);
    // Before the signature is looked at: a nonce the server would remember is bounded first.
    expect(((await refused.json()) as Json).Message).toContain('"x-acs-signature-nonce" has 101 characters');
    // Without verification the nonce is never read, let alone kept.
    const store = new InMemoryTaskStore();
    const open = createApp({ seed: "long-nonce-unread", store, maxParameterLength: 100 });
    expect(
      (await open.request(`/?${new URLSearchParams(exportParams)}`, { headers: longNonce })).status,
    ).toBe(200);
    expect(await store.size()).toBe(1);
  });

  it("holds a parameter with a documented maxLength to it, with the parameter's own error when it has one", async () => {
    const app = createApp({ seed: "documented-maximum" });
    const disk = {
      RegionId: "cn-hangzhou",
      "DiskDeviceMapping.1.OSSBucket": "b",
      "DiskDeviceMapping.1.OSSObject": "o",
    };
    const longDescription = await rpcGet(app, "ImportImage", { ...disk, Description: "d".repeat(257) });
    // Description has its own error since the spec documents InvalidDescription.Malformed (decision 0037).
    const body = await expectDocumentedResponse(longDescription, "ImportImage");
    expect(body.Code).toBe("InvalidDescription.Malformed");
    // Code points, as JSON Schema counts them: 256 astral characters are 512 UTF-16 units, and fit.
    expect((await rpcGet(app, "ImportImage", { ...disk, Description: "😀".repeat(256) })).status).toBe(200);
    const longName = await rpcGet(app, "ImportImage", { ...disk, ImageName: `a${"b".repeat(128)}` });
    expect(((await expectDocumentedResponse(longName, "ImportImage")) as Json).Code).toBe(
      "InvalidImageName.Malformed",
    );
  });
});

describe("request log", () => {
  it("stays within its size however large the requests, and lists 1000 entries without failing", async () => {
    const requestLogBytes = 1024 * 1024;
    const app = createApp({ seed: "log-size", requestLogBytes, recentRequests: 1000 });
    // 250 values of 4000 characters: every one within the parameter limit, a 1 MB body in all.
    const big = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`P${i}`, "v".repeat(4000)]));
    for (let i = 0; i < 40; i++) {
      expect((await rpcForm(app, "DescribeRegions", big)).status).toBe(200);
    }
    const response = await app.request("/_reference/requests?limit=1000");
    expect(response.status).toBe(200);
    const text = await response.text();
    // Characters of parameters plus a bounded overhead per entry.
    expect(text.length).toBeLessThan(requestLogBytes * 1.2);
    const { requests } = JSON.parse(text) as { requests: Json[] };
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.length).toBeLessThan(40);
    const params = requests[0]?.params as Record<string, string>;
    expect(params.P0).toBe(`${"v".repeat(1024)}…[cut 2976 characters]`);
    expect(params["…"]).toMatch(/^\[cut \d+ more parameters\]$/);
  });

  it("keeps no request text alive through a short value read from a large body", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const app = createApp({ seed: "log-retention", recentRequests: 200 });
    // A segment with no name is skipped; the short value after it would be a view of the whole 1 MB text.
    const body = `=${"x".repeat(1024 * 1024 - 100)}&Action=DescribeRegions&Version=2014-05-26&Format=JSON&Tag=a-value-longer-than-13`;
    gc();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 100; i++) {
      const response = await app.request("/", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        // A fresh string each time, as from the wire.
        body: `${body}${i}`,
      });
      expect(response.status).toBe(200);
    }
    gc();
    const held = process.memoryUsage().heapUsed - before;
    expect((await loggedRequests(app, 1))[0]?.params).toMatchObject({ Tag: "a-value-longer-than-1399" });
    // 100 MB if every entry kept its body; the entries themselves are a few kilobytes.
    expect(held).toBeLessThan(20 * 1024 * 1024);
  });
});

describe("control API limits", () => {
  it("arms at most maxFaults faults, answering the documented 409 beyond, until one is disarmed", async () => {
    const app = createApp({ seed: "fault-count", maxFaults: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const armed = await control(app, "POST", "/faults", {
        action: "DescribeRegions",
        latencyMs: 1,
        times: 5,
      });
      expect(armed.status).toBe(201);
      ids.push(((await armed.json()) as { id: string }).id);
    }
    const refused = await control(app, "POST", "/faults", { action: "DescribeRegions", latencyMs: 1 });
    expect(refused.status).toBe(409);
    expect(((await expectControlResponse(refused, "POST", "/faults")) as Json).message).toMatch(
      /3 faults are armed.*--max-faults/,
    );
    expect((await control(app, "DELETE", `/faults/${ids[0]}`)).status).toBe(204);
    expect((await control(app, "POST", "/faults", { action: "DescribeRegions", latencyMs: 1 })).status).toBe(
      201,
    );
  });

  it("scripts at most maxTaskFates fates, answering the documented 409 beyond", async () => {
    const app = createApp({ seed: "fate-count", maxTaskFates: 2 });
    const fate = { taskAction: "ExportImage", fate: { outcome: "fail", atPercent: 50 }, times: 1 };
    expect((await control(app, "POST", "/task-fates", fate)).status).toBe(201);
    expect((await control(app, "POST", "/task-fates", fate)).status).toBe(201);
    const refused = await control(app, "POST", "/task-fates", fate);
    expect(refused.status).toBe(409);
    expect(((await expectControlResponse(refused, "POST", "/task-fates")) as Json).message).toMatch(
      /--max-task-fates/,
    );
    // Using one up makes room.
    expect((await rpcGet(app, "ExportImage", exportParams)).status).toBe(200);
    expect((await control(app, "POST", "/task-fates", fate)).status).toBe(201);
  });

  it("refuses a control body over maxControlBodyBytes with the documented 413, declared or chunked", async () => {
    const app = createApp({ seed: "control-body", maxControlBodyBytes: 1024 });
    const padded = { action: "DescribeRegions", latencyMs: 1, seed: "s".repeat(2000) };
    const declared = await control(app, "POST", "/faults", padded);
    expect(declared.status).toBe(413);
    expect(((await expectControlResponse(declared, "POST", "/faults")) as Json).message).toContain(
      "1024 bytes",
    );
    const bytes = new TextEncoder().encode(JSON.stringify(padded));
    const chunked = await app.request("/_reference/faults", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes.slice(0, 600));
          controller.enqueue(bytes.slice(600));
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(await (await control(app, "GET", "/faults")).json()).toEqual({ faults: [] });
    // A body within the limit is read as before.
    expect((await control(app, "POST", "/faults", { ...padded, seed: "s" })).status).toBe(201);
  });
});

describe("nonce memory", () => {
  it("holds at most maxPerKey nonces per key, refusing more until the window lets the oldest go", () => {
    const memory = new NonceMemory(TIMESTAMP_WINDOW_MS, 3);
    const start = 1_000_000;
    for (let i = 0; i < 3; i++) {
      expect(memory.use("k", `n-${i}`, start + i, start + i)).toBe("fresh");
    }
    expect(memory.use("k", "n-3", start + 3, start + 3)).toBe("full");
    // A replay is still a replay, and other keys have room of their own.
    expect(memory.use("k", "n-1", start + 3, start + 3)).toBe("replayed");
    expect(memory.use("other", "n-3", start + 3, start + 3)).toBe("fresh");
    expect(memory.size).toBe(4);
    expect(memory.retryAfterMs("k", start + 3)).toBe(TIMESTAMP_WINDOW_MS - 2);
    // Once the first nonce's request is out of the window, its place is free.
    const later = start + TIMESTAMP_WINDOW_MS + 1;
    expect(memory.use("k", "n-3", later, later)).toBe("fresh");
    expect(memory.size).toBeLessThanOrEqual(4);
  });

  it("in verify mode, throttles a key past maxNoncesPerKey with the documented Throttling, creating nothing", async () => {
    const clock = new ControllableClock({ startMs: Date.UTC(2026, 0, 1), frozen: true });
    const store = new InMemoryTaskStore();
    const alice: Credentials = { accessKeyId: "alice", accessKeySecret: "alice-secret" };
    const bob: Credentials = { accessKeyId: "bob", accessKeySecret: "bob-secret" };
    const app = createApp({
      seed: "nonce-cap",
      clock,
      store,
      auth: "verify",
      accessKeys: [alice, bob],
      maxNoncesPerKey: 2,
    });
    let nonce = 0;
    const send = async (credentials: Credentials) => {
      const signed = await signRpcRequest(
        {
          action: "ExportImage",
          version: "2014-05-26",
          method: "POST",
          parameters: Object.entries(exportParams),
        },
        { origin: "http://ecs.test", credentials, date: new Date(clock.now()), nonce: `n-${++nonce}` },
      );
      return app.request(signed.url, {
        method: signed.method,
        headers: { ...signed.headers, host: "ecs.test" },
      });
    };
    expect((await send(alice)).status).toBe(200);
    expect((await send(alice)).status).toBe(200);
    const throttled = await send(alice);
    expect(throttled.status).toBe(400);
    expect(Number(throttled.headers.get("x-acs-retry-after"))).toBeGreaterThan(0);
    const body = await expectDocumentedResponse(throttled, "ExportImage");
    const documented = documentedErrorsOf("ExportImage", 400).get("Throttling");
    expect([body.Code, body.Message]).toEqual([documented?.code, documented?.message]);
    expect((await send(bob)).status).toBe(200);
    expect(await store.size()).toBe(3);
    clock.advance(TIMESTAMP_WINDOW_MS + 1);
    expect((await send(alice)).status).toBe(200);
  });
});
