import {
  ACS3_HMAC_SHA256,
  computeV1Signature,
  computeV3Signature,
  parseV3Authorization,
} from "@ecs-tasks/signing";
import { describe, expect, test } from "vitest";
import type { ProbeRequest, WireRequest } from "./probe-request.js";
import { createRequestSigner } from "./request-signer.js";

const ORIGIN = "http://127.0.0.1:8080";
const credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const now = () => new Date(Date.UTC(2026, 10, 28, 1, 2, 3));
const call: ProbeRequest = {
  action: "DescribeTaskAttribute",
  version: "2014-05-26",
  method: "GET",
  params: [
    ["RegionId", "cn-hangzhou"],
    ["TaskId", "t-a b+c*~"],
  ],
  placement: "query",
};

// Verifies a request as a server would, from what is on the wire only: the query, the headers, the body.
function v3SignatureHolds(request: WireRequest, secret: string): boolean {
  const parsed = parseV3Authorization(request.headers.authorization ?? "");
  if (parsed === undefined) {
    return false;
  }
  const url = new URL(request.url);
  const headers: Array<[string, string]> = parsed.signedHeaders.map((name) => [
    name,
    name === "host" ? url.host : (request.headers[name] ?? ""),
  ]);
  const { signature } = computeV3Signature(
    {
      method: request.method,
      query: [...url.searchParams],
      headers,
      hashedPayload: ACS3_HMAC_SHA256.hashHex(new TextEncoder().encode(request.body ?? "")),
    },
    secret,
  );
  return signature === parsed.signature;
}

function v1SignatureHolds(request: WireRequest, secret: string): boolean {
  const params = [...new URLSearchParams(request.body ?? new URL(request.url).search)];
  const signature = params.find(([name]) => name === "Signature")?.[1];
  return signature === computeV1Signature(request.method, params, secret).signature;
}

describe("V3 requests", () => {
  test("anonymous: the action and version travel in x-acs-* headers and nothing is signed", async () => {
    const request = await createRequestSigner().prepare(call, ORIGIN);
    expect(request.headers).toEqual({
      "x-acs-action": "DescribeTaskAttribute",
      "x-acs-version": "2014-05-26",
    });
    expect(request.url).toBe(`${ORIGIN}/?RegionId=cn-hangzhou&TaskId=t-a%20b%2Bc*~`);
  });

  test("no action and no version when the call names none", async () => {
    const request = await createRequestSigner().prepare({ ...call, action: null, version: null }, ORIGIN);
    expect(request.headers).toEqual({});
  });

  test("signed requests verify from the wire, in the query and in a form body", async () => {
    const signer = createRequestSigner({ credentials, now });
    const inQuery = await signer.prepare(call, ORIGIN);
    expect(inQuery.headers["x-acs-date"]).toBe("2026-11-28T01:02:03Z");
    expect(v3SignatureHolds(inQuery, "testsecret")).toBe(true);
    const inForm = await signer.prepare({ ...call, method: "POST", placement: "form" }, ORIGIN);
    expect(inForm.body).toBe("RegionId=cn-hangzhou&TaskId=t-a%20b%2Bc*~");
    expect(inForm.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(v3SignatureHolds(inForm, "testsecret")).toBe(true);
  });

  test("each auth fault gets exactly one thing wrong", async () => {
    const signer = createRequestSigner({ credentials, now });
    const wrongSecret = await signer.prepare({ ...call, authFault: "wrong-secret" }, ORIGIN);
    expect(v3SignatureHolds(wrongSecret, "testsecret")).toBe(false);
    expect(v3SignatureHolds(wrongSecret, "testsecret-wrong")).toBe(true);
    const stale = await signer.prepare({ ...call, authFault: "stale-timestamp" }, ORIGIN);
    expect(stale.headers["x-acs-date"]).toBe("2026-11-28T00:02:03Z");
    expect(v3SignatureHolds(stale, "testsecret")).toBe(true);
    const unknown = await signer.prepare({ ...call, authFault: "unknown-key" }, ORIGIN);
    expect(parseV3Authorization(unknown.headers.authorization ?? "")?.accessKeyId).not.toBe("testid");
    const malformed = await signer.prepare({ ...call, authFault: "malformed-signature" }, ORIGIN);
    expect(parseV3Authorization(malformed.headers.authorization ?? "")).toBeUndefined();
    const first = await signer.prepare({ ...call, authFault: "reused-nonce" }, ORIGIN);
    const second = await signer.prepare({ ...call, authFault: "reused-nonce" }, ORIGIN);
    expect(second.headers["x-acs-signature-nonce"]).toBe(first.headers["x-acs-signature-nonce"]);
    const fresh = await signer.prepare(call, ORIGIN);
    expect(fresh.headers["x-acs-signature-nonce"]).not.toBe(first.headers["x-acs-signature-nonce"]);
  });
});

describe("headers and security tokens", () => {
  const headers = { "X-Gateway-Token": "gw-123", "x-acs-tenant": "acme" };

  test("V3: extra headers go on every request; only x-acs-* ones are signed; an STS token is signed too", async () => {
    const signer = createRequestSigner({
      credentials: { ...credentials, securityToken: "sts-token" },
      now,
      headers,
    });
    const request = await signer.prepare(call, ORIGIN);
    expect(request.headers).toMatchObject({
      "x-gateway-token": "gw-123",
      "x-acs-tenant": "acme",
      "x-acs-security-token": "sts-token",
    });
    const signedHeaders = parseV3Authorization(request.headers.authorization ?? "")?.signedHeaders;
    expect(signedHeaders).toContain("x-acs-tenant");
    expect(signedHeaders).toContain("x-acs-security-token");
    expect(signedHeaders).not.toContain("x-gateway-token");
    expect(v3SignatureHolds(request, "testsecret")).toBe(true);
    // A gateway may rewrite or drop its own header: the signature does not depend on it.
    const { "x-gateway-token": _dropped, ...withoutGatewayHeader } = request.headers;
    expect(v3SignatureHolds({ ...request, headers: withoutGatewayHeader }, "testsecret")).toBe(true);
  });

  test("anonymous V3 and V1 send the extra headers unsigned; V1 puts the token in SecurityToken", async () => {
    const anonymous = await createRequestSigner({ headers }).prepare(call, ORIGIN);
    expect(anonymous.headers).toMatchObject({ "x-gateway-token": "gw-123", "x-acs-tenant": "acme" });
    expect(anonymous.headers.authorization).toBeUndefined();
    const v1 = await createRequestSigner({
      credentials: { ...credentials, securityToken: "sts-token" },
      style: "v1",
      now,
      headers,
    }).prepare(call, ORIGIN);
    expect(v1.headers).toEqual({ "x-gateway-token": "gw-123", "x-acs-tenant": "acme" });
    expect(new URL(v1.url).searchParams.get("SecurityToken")).toBe("sts-token");
    expect(v1SignatureHolds(v1, "testsecret")).toBe(true);
  });
});

describe("V1 requests", () => {
  test("anonymous: Action, Version and Format=JSON are parameters; Format can be left out", async () => {
    const signer = createRequestSigner({ style: "v1" });
    const request = await signer.prepare(call, ORIGIN);
    expect([...new URL(request.url).searchParams]).toEqual([
      ["RegionId", "cn-hangzhou"],
      ["TaskId", "t-a b+c*~"],
      ["Action", "DescribeTaskAttribute"],
      ["Version", "2014-05-26"],
      ["Format", "JSON"],
    ]);
    const withoutFormat = await signer.prepare({ ...call, format: null }, ORIGIN);
    expect(new URL(withoutFormat.url).searchParams.has("Format")).toBe(false);
  });

  test("signed requests verify from the wire, in the query and in a form body", async () => {
    const signer = createRequestSigner({ credentials, style: "v1", now });
    const inQuery = await signer.prepare(call, ORIGIN);
    expect(new URL(inQuery.url).searchParams.get("Timestamp")).toBe("2026-11-28T01:02:03Z");
    expect(v1SignatureHolds(inQuery, "testsecret")).toBe(true);
    const inForm = await signer.prepare({ ...call, method: "POST", placement: "form" }, ORIGIN);
    expect(inForm.url).toBe(`${ORIGIN}/`);
    expect(v1SignatureHolds(inForm, "testsecret")).toBe(true);
    const wrong = await signer.prepare({ ...call, authFault: "wrong-secret" }, ORIGIN);
    expect(v1SignatureHolds(wrong, "testsecret")).toBe(false);
  });
});
