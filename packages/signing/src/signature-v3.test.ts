import { describe, expect, it } from "vitest";
import { ACS3_HMAC_SHA256, computeV3Signature, parseV3Authorization, signV3Headers } from "./signature-v3.js";

const encoder = new TextEncoder();
const credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const stamp = { date: new Date("2026-11-28T01:02:03.456Z"), nonce: "n-1" };

describe("ACS3_HMAC_SHA256", () => {
  it("hashes as FIPS 180-4 and keys its HMAC as RFC 4231 (test case 2) say", () => {
    expect(ACS3_HMAC_SHA256.hashHex(encoder.encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(
      ACS3_HMAC_SHA256.hmacHex(encoder.encode("Jefe"), encoder.encode("what do ya want for nothing?")),
    ).toBe("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  });
});

describe("signV3Headers", () => {
  const request = {
    method: "POST",
    host: "127.0.0.1:8080",
    query: [],
    headers: {
      "x-acs-action": "DescribeTaskAttribute",
      "x-acs-version": "2014-05-26",
      "content-type": "application/x-www-form-urlencoded",
      "x-gateway-token": "gw",
    },
    body: "RegionId=cn-hangzhou&TaskId=t-1",
  };

  it("signs host, content-type and every x-acs-* header, and the body's hash", () => {
    const headers = signV3Headers(request, { ...credentials, securityToken: "sts" }, stamp);
    expect(headers).toMatchObject({
      "x-acs-date": "2026-11-28T01:02:03Z",
      "x-acs-signature-nonce": "n-1",
      "x-acs-content-sha256": ACS3_HMAC_SHA256.hashHex(encoder.encode(request.body)),
      "x-acs-security-token": "sts",
      "x-gateway-token": "gw",
    });
    const parsed = parseV3Authorization(headers.authorization ?? "");
    expect(parsed?.signedHeaders).toEqual([
      "content-type",
      "host",
      "x-acs-action",
      "x-acs-content-sha256",
      "x-acs-date",
      "x-acs-security-token",
      "x-acs-signature-nonce",
      "x-acs-version",
    ]);
    // A verifier that sees the same wire recomputes the same signature, and any signed value changes it.
    const wire = (name: string) => (name === "host" ? request.host : (headers[name] ?? ""));
    const verify = (value: (name: string) => string) =>
      computeV3Signature(
        {
          method: "POST",
          query: [],
          headers: (parsed?.signedHeaders ?? []).map((name) => [name, value(name)] as const),
          hashedPayload: headers["x-acs-content-sha256"] ?? "",
        },
        "testsecret",
      ).signature;
    expect(verify(wire)).toBe(parsed?.signature);
    expect(verify((name) => (name === "x-acs-action" ? "CancelTask" : wire(name)))).not.toBe(
      parsed?.signature,
    );
  });
});
