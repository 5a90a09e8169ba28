import { createRequire } from "node:module";
import { signRpcRequest } from "@ecs-tasks/signing";
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

describe("configuration", () => {
  it("refuses verify mode without keys, saying how to fix it", () => {
    expect(() => createApp({ auth: "verify" })).toThrow(/--access-key ID:SECRET/);
  });
});
