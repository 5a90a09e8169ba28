import { controlOperations } from "@ecs-tasks/contract";
import { signRpcRequest } from "@ecs-tasks/signing";
import { afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { parseSettings } from "../src/cli-settings.js";
import { ControllableClock } from "../src/clock.js";
import { type ChildServer, startChildServer, stopChild } from "./support/child-server.js";
import { expectControlResponse } from "./support/control-validator.js";
import { rpcGet, type TestApp } from "./support/rpc.js";

type Json = Record<string, unknown>;

const TOKEN = "operator-token-0123456789abcdef";
const alice = { accessKeyId: "alice", accessKeySecret: "alice-secret" };
const bob = { accessKeyId: "bob", accessKeySecret: "bob-secret" };

/** Every documented control operation, with a made-up id where its path takes one. */
const operations = controlOperations.map(({ method, path }) => ({
  method,
  path,
  url: `/_reference${path.replace("{id}", "x-1")}`,
}));

function controlRequest(
  app: TestApp,
  method: string,
  url: string,
  authorization?: string,
  body?: unknown,
): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== undefined) {
    headers.authorization = authorization;
  }
  return Promise.resolve(
    app.request(url, {
      method,
      headers,
      body: method === "GET" || method === "DELETE" ? undefined : JSON.stringify(body ?? {}),
    }),
  );
}

/** A signed DescribeRegions with a parameter only this account sends; V1 puts the nonce in the query. */
function signedBy(
  key: typeof alice,
  clock: ControllableClock,
  nonce: string,
  signatureVersion: "v1" | "v3" = "v1",
): { url: string; headers: Headers } {
  const signed = signRpcRequest(
    {
      action: "DescribeRegions",
      version: "2014-05-26",
      method: "GET",
      parameters: [["Marker", `SecretParameterOf${key.accessKeyId}`]],
    },
    { origin: "http://ecs.test", credentials: key, signatureVersion, date: new Date(clock.now()), nonce },
  );
  return { url: signed.url, headers: new Headers(signed.headers) };
}

describe("a control token", () => {
  const app = createApp({ seed: "token", controlToken: TOKEN });

  it("is needed by every documented control route, answered 401 as documented otherwise", async () => {
    expect(operations.length).toBe(controlOperations.length);
    for (const { method, path, url } of operations) {
      for (const authorization of [
        undefined,
        "Bearer wrong-token",
        `Bearer ${TOKEN}x`,
        `Bearer ${TOKEN.slice(0, -1)}`,
        `Basic ${btoa(`operator:${TOKEN}`)}`,
        TOKEN,
        "Bearer",
        "Bearer a b",
      ]) {
        const response = await controlRequest(app, method, url, authorization);
        expect(response.status, `${method} ${url} with ${authorization}`).toBe(401);
        expect(response.headers.get("www-authenticate")).toContain(
          'realm="ecs-reference-server control API"',
        );
        const body = (await expectControlResponse(response, method, path)) as Json;
        expect(body.message).toEqual(expect.stringContaining("token"));
      }
    }
  });

  it("lets the holder of the token use every route", async () => {
    for (const { method, url } of operations) {
      const response = await controlRequest(app, method, url, `Bearer ${TOKEN}`);
      // 400 and 404 are the routes' own answers to a made-up body or id: the guard let them through.
      expect([200, 201, 204, 400, 404], `${method} ${url}`).toContain(response.status);
    }
    // The scheme is compared without case, as RFC 7235 says.
    expect((await controlRequest(app, "GET", "/_reference/clock", `bearer ${TOKEN}`)).status).toBe(200);
  });

  it("guards the bare prefix and unknown control paths too, so nobody can list the routes", async () => {
    for (const url of [
      "/_reference",
      "/_reference/",
      "/_reference/no-such-route",
      "/_reference/faults/x/y",
    ]) {
      expect((await controlRequest(app, "GET", url)).status, url).toBe(401);
      expect((await controlRequest(app, "GET", url, `Bearer ${TOKEN}`)).status, url).not.toBe(401);
    }
  });

  it("changes nothing when refused, and leaves the ECS API as it was", async () => {
    const guarded = createApp({ seed: "token-state", controlToken: TOKEN });
    const armed = await controlRequest(guarded, "POST", "/_reference/faults", `Bearer ${TOKEN}`, {
      action: "DescribeRegions",
      error: "Throttling",
      times: 5,
    });
    expect(armed.status).toBe(201);
    for (const [method, url, body] of [
      ["POST", "/_reference/reset", undefined],
      ["DELETE", "/_reference/faults", undefined],
      ["POST", "/_reference/clock/advance", { ms: 3_600_000 }],
      ["POST", "/_reference/faults", { action: "*", latencyMs: 60_000 }],
    ] as const) {
      expect((await controlRequest(guarded, method, url, undefined, body)).status).toBe(401);
    }
    const faults = (await (
      await controlRequest(guarded, "GET", "/_reference/faults", `Bearer ${TOKEN}`)
    ).json()) as { faults: Json[] };
    expect(faults.faults).toHaveLength(1);
    expect(
      (await (await controlRequest(guarded, "GET", "/_reference/clock", `Bearer ${TOKEN}`)).json()) as Json,
    ).toMatchObject({ offsetMs: 0 });
    // ECS calls carry no token, and the armed fault still answers them.
    expect(((await (await rpcGet(guarded, "DescribeRegions")).json()) as Json).Code).toBe("Throttling");
    expect((await rpcGet(guarded, "DescribeTasks", { RegionId: "cn-hangzhou" })).status).toBe(200);
  });

  it("must be a bearer token, in createApp and on the command line", () => {
    for (const token of ["", "two words", "tök", "a=b", 'quote"']) {
      expect(() => createApp({ controlToken: token }), token).toThrow(/controlToken must be a bearer token/);
      expect(() => parseSettings(["--control-token", token], {}), token).toThrow(
        /--control-token must be a bearer token/,
      );
    }
    expect(parseSettings([], { ECS_REFERENCE_CONTROL_TOKEN: TOKEN }).controlToken).toBe(TOKEN);
    expect(parseSettings([], { ECS_REFERENCE_CONTROL_TOKEN: "" }).controlToken).toBeUndefined();
    expect(
      parseSettings(["--control-token=abc+/=="], { ECS_REFERENCE_CONTROL_TOKEN: TOKEN }).controlToken,
    ).toBe("abc+/==");
  });

  it("keeps the control API's document off the reference page, which a browser without the token opens", async () => {
    const page = async (app: TestApp) => (await app.request("/docs")).text();
    expect(await page(createApp())).toContain("/_reference/openapi.yaml");
    expect(await page(createApp({ controlToken: TOKEN }))).not.toContain("/_reference/openapi.yaml");
    expect(await page(createApp({ auth: "verify", accessKeys: [alice] }))).not.toContain(
      "/_reference/openapi.yaml",
    );
  });
});

describe("a server that verifies signatures", () => {
  it("refuses every control route without a token (403, as documented), and so never shows the request log", async () => {
    const clock = new ControllableClock();
    const app = createApp({ seed: "verify-refused", clock, auth: "verify", accessKeys: [alice, bob] });
    const bobsCall = signedBy(bob, clock, "bob-nonce-7f3a");
    expect((await app.request(bobsCall.url, { headers: bobsCall.headers })).status).toBe(200);
    for (const { method, path, url } of operations) {
      // Whatever credentials come with it: a signature of a configured key is no token.
      const alicesCall = signedBy(alice, clock, `alice-${method}-${path}`, "v3");
      for (const authorization of [
        undefined,
        `Bearer ${TOKEN}`,
        alicesCall.headers.get("authorization") ?? undefined,
      ]) {
        const response = await controlRequest(app, method, url, authorization);
        expect(response.status, `${method} ${url}`).toBe(403);
        const text = await response.clone().text();
        for (const leak of ["bob", "SecretParameterOfbob", "bob-nonce-7f3a"]) {
          expect(text).not.toContain(leak);
        }
        const body = (await expectControlResponse(response, method, path)) as Json;
        expect(body.message).toContain("--control-token");
      }
    }
    // Nothing moved: bob's next call is still inside the time window and finds the ECS API as it was.
    const again = signedBy(bob, clock, "bob-nonce-second");
    expect((await app.request(again.url, { headers: again.headers })).status).toBe(200);
  });

  it("shows the request log to the operator who holds the token, and to nobody else", async () => {
    const clock = new ControllableClock();
    const app = createApp({
      seed: "verify-token",
      clock,
      auth: "verify",
      accessKeys: [alice, bob],
      controlToken: TOKEN,
    });
    const bobsCall = signedBy(bob, clock, "bob-nonce-9c1d");
    expect((await app.request(bobsCall.url, { headers: bobsCall.headers })).status).toBe(200);
    const alicesCall = signedBy(alice, clock, "alice-nonce-1", "v3");
    const refused = await controlRequest(
      app,
      "GET",
      "/_reference/requests",
      alicesCall.headers.get("authorization") ?? undefined,
    );
    expect(refused.status).toBe(401);
    expect(await refused.text()).not.toContain("bob");
    const log = await (await controlRequest(app, "GET", "/_reference/requests", `Bearer ${TOKEN}`)).text();
    expect(log).toContain("SecretParameterOfbob");
    expect(log).toContain("bob-nonce-9c1d");
  });

  it("with the control API off, answers its paths as unknown ECS paths", async () => {
    const app = createApp({ auth: "verify", accessKeys: [alice], control: false });
    const response = await controlRequest(app, "POST", "/_reference/reset");
    expect(response.status).toBe(404);
    expect(((await response.json()) as Json).Code).toBe("InvalidAction.NotFound");
  });
});

describe("the command", () => {
  let server: ChildServer | undefined;
  afterEach(async () => {
    if (server !== undefined) {
      await stopChild(server);
      server = undefined;
    }
  });

  it("says at start-up that a verifying server without a token refuses the control API", async () => {
    server = await startChildServer(["--port", "0", "--auth", "verify", "--access-key", "a:b"]);
    expect(server.output()).toMatch(/control API: refused \(--auth verify without --control-token/);
    expect((await fetch(`${server.url}/_reference/clock`)).status).toBe(403);
  });

  it("serves the control API to the token's holder, and warns that a token given as a flag shows in ps", async () => {
    server = await startChildServer([
      "--port",
      "0",
      "--auth",
      "verify",
      "--access-key",
      "a:b",
      "--control-token",
      TOKEN,
    ]);
    expect(server.output()).toContain("control API: http://");
    expect(server.output()).toContain("Authorization: Bearer");
    expect(server.output()).not.toContain(TOKEN);
    expect(server.output()).toContain("set ECS_REFERENCE_CONTROL_TOKEN instead");
    expect((await fetch(`${server.url}/_reference/clock`)).status).toBe(401);
    const clock = await fetch(`${server.url}/_reference/clock`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(clock.status).toBe(200);
  });
});
