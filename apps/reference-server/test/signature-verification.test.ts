import { createRequire } from "node:module";
import { type ParameterPair, signRpcRequest, signV1Parameters, signV3Headers } from "@ecs-tasks/signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";
import { type CheckedServer, startLiveServer } from "./support/live-server.js";

// The SDKs are CommonJS; `require` gives the same module objects Node gives their users.
const require = createRequire(import.meta.url);
const Ecs = require("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
const OpenApi = require("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");
const PopCore = require("@alicloud/pop-core") as typeof import("@alicloud/pop-core");

type Json = Record<string, unknown>;

const SECRET = "testsecret";
const keys = [
  { accessKeyId: "testid", accessKeySecret: SECRET },
  { accessKeyId: "otherid", accessKeySecret: "othersecret" },
];

let server: CheckedServer;
const clock = new ControllableClock();

beforeAll(async () => {
  server = await startLiveServer({ seed: "auth", auth: "verify", accessKeys: keys, clock });
});
afterAll(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

function sdk(options: { id?: string; secret?: string; algorithm?: string } = {}) {
  return new Ecs.default(
    new OpenApi.$OpenApiUtil.Config({
      accessKeyId: options.id ?? "testid",
      accessKeySecret: options.secret ?? SECRET,
      endpoint: `127.0.0.1:${server.port}`,
      protocol: "http",
      regionId: "cn-hangzhou",
      ...(options.algorithm === undefined ? {} : { signatureAlgorithm: options.algorithm }),
    }),
  );
}

async function rejection(promise: Promise<unknown>): Promise<Json> {
  try {
    await promise;
  } catch (error) {
    return error as Json;
  }
  throw new Error("Expected the call to fail.");
}

const regions = () => new Ecs.DescribeRegionsRequest({});

describe.each([
  ["V3 ACS3-HMAC-SHA256", undefined],
  ["V3 ACS3-HMAC-SM3", "ACS3-HMAC-SM3"],
  ["V1 HMAC-SHA1", "v2"],
])("official SDK, %s, in verify mode", (_, algorithm) => {
  it("gets in with the right secret", async () => {
    const answer = await sdk({ algorithm }).describeRegions(regions());
    expect(answer.statusCode).toBe(200);
  });

  it("gets SignatureDoesNotMatch with a wrong secret, and the message never holds a secret", async () => {
    const error = await rejection(sdk({ algorithm, secret: "wrong" }).describeRegions(regions()));
    expect(error).toMatchObject({ code: "SignatureDoesNotMatch", statusCode: 400 });
    const message = String((error.data as Json).Message);
    expect(message).toMatch(
      /^Specified signature is not matched with our calculation\. server string to sign is:/,
    );
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain("wrong");
  });

  it("gets InvalidAccessKeyId.NotFound with an unknown key", async () => {
    const error = await rejection(sdk({ algorithm, id: "nobody" }).describeRegions(regions()));
    expect(error).toMatchObject({ code: "InvalidAccessKeyId.NotFound", statusCode: 404 });
  });

  it("gets InvalidTimeStamp.Expired when its clock is 16 minutes off the server's", async () => {
    clock.set(Date.now() + 16 * 60 * 1000);
    try {
      const error = await rejection(sdk({ algorithm }).describeRegions(regions()));
      expect(error).toMatchObject({ code: "InvalidTimeStamp.Expired" });
    } finally {
      clock.resume();
      clock.set(Date.now());
    }
  });
});

describe("pop-core in verify mode", () => {
  it.each(["GET", "POST"])("gets in with %s and is refused with a wrong secret", async (method) => {
    const pop = (secret: string) =>
      new PopCore({
        endpoint: server.url,
        apiVersion: "2014-05-26",
        accessKeyId: "testid",
        accessKeySecret: secret,
      });
    expect(await pop(SECRET).request("DescribeRegions", {}, { method })).toHaveProperty("Regions");
    expect(await rejection(pop("bad").request("DescribeRegions", {}, { method }))).toMatchObject({
      code: "SignatureDoesNotMatch",
    });
  });
});

describe("tampering and replay (requests signed by @ecs-tasks/signing, sent over a real socket)", () => {
  const signed = (version: "v1" | "v3", nonce: string, date = new Date(clock.now())) =>
    signRpcRequest(
      {
        action: "DescribeTasks",
        version: "2014-05-26",
        method: "POST",
        parameters: [
          ["RegionId", "cn-hangzhou"],
          ["TaskAction", "ImportImage"],
        ],
      },
      { origin: server.url, credentials: keys[0], signatureVersion: version, date, nonce },
    );
  const send = async (request: { url: string; method: string; headers: Record<string, string> }) => {
    const response = await fetch(request.url, { method: request.method, headers: request.headers });
    return { status: response.status, body: (await response.json()) as Json };
  };

  it.each(["v3", "v1"] as const)(
    "%s: a tampered parameter does not match; a replayed nonce is refused",
    async (v) => {
      const request = await signed(v, `tamper-${v}`);
      const tampered = {
        ...request,
        url: request.url.replace("TaskAction=ImportImage", "TaskAction=ExportImage"),
      };
      expect(tampered.url).not.toBe(request.url);
      expect((await send(tampered)).body).toMatchObject({ Code: "SignatureDoesNotMatch" });
      // The forged request did not spend the nonce: the genuine one still gets in, once.
      expect((await send(request)).status).toBe(200);
      expect(await send(request)).toMatchObject({ status: 400, body: { Code: "SignatureNonceUsed" } });
    },
  );

  it.each(["v3", "v1"] as const)("%s: a signature 20 minutes old is expired", async (v) => {
    const old = await signed(v, `old-${v}`, new Date(clock.now() - 20 * 60 * 1000));
    expect((await send(old)).body).toMatchObject({ Code: "InvalidTimeStamp.Expired" });
  });

  it("missing signature parts are IncompleteSignature", async () => {
    const request = await signed("v3", "incomplete");
    const { authorization = "" } = request.headers;
    const cut = {
      ...request,
      headers: { ...request.headers, authorization: authorization.replace(/,Signature=.*/, "") },
    };
    expect((await send(cut)).body).toMatchObject({ Code: "IncompleteSignature" });
    const anonymous = await send({
      url: `${server.url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON`,
      method: "GET",
      headers: {},
    });
    expect(anonymous.body).toMatchObject({ Code: "IncompleteSignature" });
  });
});

describe("what a signature must cover (requests signed by @ecs-tasks/signing, sent over a real socket)", () => {
  const send = async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    return { status: response.status, body: (await response.json()) as Json };
  };
  const stamp = (nonce: string) => ({ date: new Date(clock.now()), nonce });
  const query: ParameterPair[] = [
    ["RegionId", "cn-hangzhou"],
    ["TaskId", "t-notsigned00000000"],
  ];
  const url = () => `${server.url}/?RegionId=cn-hangzhou&TaskId=t-notsigned00000000`;
  const signedV3 = (headers: Record<string, string>, nonce: string) =>
    signV3Headers(
      { method: "GET", host: new URL(server.url).host, query, headers },
      keys[0] ?? { accessKeyId: "", accessKeySecret: "" },
      stamp(nonce),
    );
  const describe = { "x-acs-action": "DescribeTaskAttribute", "x-acs-version": "2014-05-26" };

  it("V3: rewriting a signed DescribeTaskAttribute's x-acs-action to CancelTask does not match", async () => {
    const headers = signedV3(describe, "rewrite-signed");
    expect((await send(url(), { headers })).body).toMatchObject({ Code: "InvalidTaskId.NotFound" });
    const rewritten = { ...signedV3(describe, "rewrite-signed-2"), "x-acs-action": "CancelTask" };
    expect((await send(url(), { headers: rewritten })).body).toMatchObject({ Code: "SignatureDoesNotMatch" });
  });

  it("V3: an x-acs-action left out of the signature is IncompleteSignature, whatever action it names", async () => {
    const withoutAction = signedV3({ "x-acs-version": "2014-05-26" }, "unsigned-action");
    expect(withoutAction.authorization).not.toContain("x-acs-action");
    const answer = await send(url(), { headers: { ...withoutAction, "x-acs-action": "CancelTask" } });
    expect(answer).toMatchObject({ status: 400, body: { Code: "IncompleteSignature" } });
  });

  it("V3: an unsigned x-acs-* header or content-type added to a signed request is IncompleteSignature", async () => {
    const token = { ...signedV3(describe, "unsigned-token"), "x-acs-security-token": "added" };
    expect((await send(url(), { headers: token })).body).toMatchObject({ Code: "IncompleteSignature" });
    const type = {
      ...signedV3(describe, "unsigned-type"),
      "content-type": "application/x-www-form-urlencoded",
    };
    expect((await send(url(), { method: "POST", headers: type, body: "" })).body).toMatchObject({
      Code: "IncompleteSignature",
    });
  });

  const v1Parameters = (nonce: string) =>
    signV1Parameters(
      "POST",
      [
        ["Action", "DescribeTasks"],
        ["Version", "2014-05-26"],
        ["Format", "JSON"],
        ["RegionId", "cn-hangzhou"],
        ["TaskAction", "ImportImage"],
      ],
      keys[0] ?? { accessKeyId: "", accessKeySecret: "" },
      stamp(nonce),
    );
  const form = (pairs: readonly ParameterPair[]) =>
    new URLSearchParams(pairs.map(([n, v]) => [n, v])).toString();
  const formHeaders = { "content-type": "application/x-www-form-urlencoded" };

  it("V1: the signature covers the query and the form body together", async () => {
    const pairs = v1Parameters("v1-split");
    const split = await send(`${server.url}/?${form(pairs.slice(0, 3))}`, {
      method: "POST",
      headers: formHeaders,
      body: form(pairs.slice(3)),
    });
    expect(split.status).toBe(200);
  });

  it("V1: a parameter added to, or changed in, the form body of a query-signed request does not match", async () => {
    const added = await send(`${server.url}/?${form(v1Parameters("v1-added"))}`, {
      method: "POST",
      headers: formHeaders,
      body: form([["TaskStatus", "Finished"]]),
    });
    expect(added.body).toMatchObject({ Code: "SignatureDoesNotMatch" });
    const pairs = v1Parameters("v1-changed");
    const changed = pairs.map(
      ([name, value]): ParameterPair => [name, name === "TaskAction" ? "ExportImage" : value],
    );
    const answer = await send(`${server.url}/`, {
      method: "POST",
      headers: formHeaders,
      body: form(changed),
    });
    expect(answer.body).toMatchObject({ Code: "SignatureDoesNotMatch" });
  });
});

describe("configuration", () => {
  it("refuses verify mode without keys, saying how to fix it", () => {
    expect(() => createApp({ auth: "verify" })).toThrow(/--access-key ID:SECRET/);
  });
});
