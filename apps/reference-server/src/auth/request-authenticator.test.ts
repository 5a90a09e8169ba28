import { signV3Headers } from "@ecs-tasks/signing";
import { describe, expect, it } from "vitest";
import { EcsError } from "../wire/ecs-error.js";
import { ListedHeaders } from "../wire/listed-headers.js";
import { type AuthRequest, createRequestAuthenticator } from "./request-authenticator.js";

const NOW = Date.UTC(2026, 10, 28, 1, 2, 3);
const key = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const URL_SENT = "http://127.0.0.1:8080/?RegionId=cn-hangzhou";

// The documented errors are the error catalogue's business: here only their codes matter.
const authenticator = () =>
  createRequestAuthenticator({
    mode: "verify",
    keys: [key],
    defaultAccount: "testid",
    errors: { error: (_action, name) => new EcsError(400, name, name) },
    now: () => NOW,
  });

function requestOf(headers: Record<string, string>): AuthRequest {
  return {
    method: "GET",
    url: URL_SENT,
    headers: new ListedHeaders(new Headers(headers)),
    params: new Map([["RegionId", "cn-hangzhou"]]),
    body: async () => new Uint8Array(0),
    action: "DescribeRegions",
  };
}

function signed(nonce: string, extra: Record<string, string> = {}): Record<string, string> {
  return signV3Headers(
    {
      method: "GET",
      host: "127.0.0.1:8080",
      query: [["RegionId", "cn-hangzhou"]],
      headers: { "x-acs-action": "DescribeRegions", "x-acs-version": "2014-05-26", ...extra },
    },
    key,
    { date: new Date(NOW), nonce },
  );
}

async function codeOf(promise: Promise<string>): Promise<string> {
  try {
    return `ok ${await promise}`;
  } catch (error) {
    return error instanceof EcsError ? error.code : String(error);
  }
}

describe("V3 in verify mode: the headers a signature must cover", () => {
  it("lets in a request that signs every x-acs-* header it carries, a tenant header included", async () => {
    const headers = signed("n-1", { "x-acs-tenant": "acme" });
    expect(await codeOf(authenticator().authenticate(requestOf(headers)))).toBe("ok testid");
  });

  it("refuses an x-acs-* header the server does not know of when it is not signed", async () => {
    const headers = { ...signed("n-2"), "x-acs-tenant": "acme" };
    expect(await codeOf(authenticator().authenticate(requestOf(headers)))).toBe("IncompleteSignature");
  });

  it("ignores headers V3 does not sign", async () => {
    const headers = { ...signed("n-3"), "user-agent": "test", "x-gateway-token": "gw" };
    expect(await codeOf(authenticator().authenticate(requestOf(headers)))).toBe("ok testid");
  });

  it("refuses an algorithm it does not know as IncompleteSignature", async () => {
    const headers = signed("n-4");
    headers.authorization = (headers.authorization ?? "").replace("ACS3-HMAC-SHA256", "ACS3-HMAC-MD5");
    expect(await codeOf(authenticator().authenticate(requestOf(headers)))).toBe("IncompleteSignature");
  });
});
