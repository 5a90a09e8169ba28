// A signature-verifying front for the reference server (V3 only), so the checks that need `auth-verify` can be
// shown to pass against a server that verifies and to fail against one that verifies badly. Error bodies are
// the spec's own examples, read from the contract.

import { documentedErrors } from "@ecs-tasks/contract";
import { ACS3_HMAC_SHA256, computeV3Signature, parseV3Authorization } from "@ecs-tasks/signing";
import type { FetchLike } from "../../src/index.js";

function documentedError(name: string): Response {
  const error = documentedErrors.find((e) => e.common && e.name === name);
  if (error === undefined) {
    throw new Error(`the spec has no common error ${name}`);
  }
  const requestId = crypto.randomUUID().toUpperCase();
  return Response.json(
    {
      RequestId: requestId,
      HostId: "ecs.aliyuncs.com",
      Code: error.code,
      Message: error.message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${error.code}`,
    },
    { status: error.status },
  );
}

/** What the front gets wrong on purpose, to show the checks catch it. */
export interface VerifierFlaws {
  acceptsReusedNonces?: boolean;
}

/** Wraps a fetch handler with V3 signature verification for one key pair. */
export function verifyingSignatures(
  inner: FetchLike,
  keys: Record<string, string>,
  now: () => number,
  flaws: VerifierFlaws = {},
): FetchLike {
  const nonces = new Set<string>();
  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== "/") {
      return inner(request);
    }
    const authorization = parseV3Authorization(request.headers.get("authorization") ?? "");
    if (authorization === undefined) {
      return documentedError("IncompleteSignature");
    }
    const secret = keys[authorization.accessKeyId];
    if (secret === undefined) {
      return documentedError("InvalidAccessKeyId.NotFound");
    }
    const date = Date.parse(request.headers.get("x-acs-date") ?? "");
    if (!Number.isFinite(date) || Math.abs(now() - date) > 15 * 60_000) {
      return documentedError("InvalidTimeStamp.Expired");
    }
    const body = new Uint8Array(await request.clone().arrayBuffer());
    const headers: Array<[string, string]> = authorization.signedHeaders.map((name) => [
      name,
      name === "host" ? url.host : (request.headers.get(name) ?? ""),
    ]);
    const expected = computeV3Signature(
      {
        method: request.method,
        query: [...url.searchParams],
        headers,
        hashedPayload: ACS3_HMAC_SHA256.hashHex(body),
      },
      secret,
    );
    if (expected.signature !== authorization.signature) {
      return documentedError("SignatureDoesNotMatch");
    }
    const nonce = request.headers.get("x-acs-signature-nonce") ?? "";
    if (nonces.has(nonce) && !flaws.acceptsReusedNonces) {
      return documentedError("SignatureNonceUsed");
    }
    nonces.add(nonce);
    return inner(request);
  };
}
