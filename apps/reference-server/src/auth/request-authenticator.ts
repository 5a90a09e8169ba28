import { createHmac, hash as oneShotHash } from "node:crypto";
import {
  buildV1StringToSign,
  buildV3CanonicalRequest,
  type ParameterPair,
  V1_SIGNATURE_PARAMETERS,
} from "@ecs-tasks/signing";
import { EcsError } from "../wire/ecs-error.js";
import type { ErrorCatalogue } from "../wire/error-catalogue.js";
import { forEachFormParam, queryOf } from "../wire/form-params.js";
import type { HeaderReader } from "../wire/header-reader.js";
import type { AccessKey, AuthMode } from "./access-keys.js";
import { NonceMemory } from "./nonce-memory.js";

/** How far `Timestamp` / `x-acs-date` may be from the server clock, either way (ECS: 15 minutes). */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

/** What the authenticator needs of a request, already read from the wire. */
export interface AuthRequest {
  readonly method: string;
  /** The request URL as received (its query is signed by V3). */
  readonly url: string;
  readonly header: HeaderReader;
  /** Query and form parameters, merged and decoded (what V1 signs). */
  readonly params: ReadonlyMap<string, string>;
  /** The raw body bytes, for V3's payload hash; empty when there is none. */
  readonly body: () => Promise<Uint8Array>;
  /**
   * The same bytes when they are known without reading (a form body already read, or none on the wire):
   * V3 then verifies synchronously, and the answer can be written without a round of promises.
   */
  readonly knownBody?: Uint8Array | undefined;
  readonly action: string | undefined;
}

/** Finds the account of a request, verifying its signature in `verify` mode. */
export interface RequestAuthenticator {
  readonly mode: AuthMode;
  /** The account the request acts for; rejects with a documented EcsError in `verify` mode. */
  authenticate(request: AuthRequest): Promise<string> | string;
  /** Forgets the nonces seen (the control API's reset). */
  reset(): void;
}

const V3_AUTHORIZATION =
  /^(ACS3-HMAC-SHA256|ACS3-HMAC-SM3) Credential=([^,\s]+),SignedHeaders=([^,\s]+),Signature=([0-9a-f]{64})$/;
const V3_CREDENTIAL = /Credential=([^,\s]+)/;
// HMAC-SHA1 gives 20 bytes: 28 base64 characters, the last one padding.
const V1_SIGNATURE = /^[A-Za-z0-9+/]{27}=$/;
const SIGNING_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const V3_HASH: Readonly<Record<string, string>> = { "ACS3-HMAC-SHA256": "sha256", "ACS3-HMAC-SM3": "sm3" };
// Without these three signed, a replay could change the nonce or date, or be sent to another host.
const V3_REQUIRED_SIGNED = ["host", "x-acs-date", "x-acs-signature-nonce"] as const;

function queryPairs(url: string): ParameterPair[] {
  const pairs: ParameterPair[] = [];
  const query = queryOf(url);
  if (query !== undefined) {
    forEachFormParam(query, (name, value) => pairs.push([name, value]));
  }
  return pairs;
}

/** The account a request names without proof (auth off): V1 `AccessKeyId`, else the V3 Credential. */
function claimedAccount(request: AuthRequest): string | undefined {
  const v1 = request.params.get("AccessKeyId");
  if (v1 !== undefined && v1 !== "") {
    return v1;
  }
  const authorization = request.header("authorization");
  return authorization === null ? undefined : V3_CREDENTIAL.exec(authorization)?.[1];
}

/**
 * Creates the authenticator of `mode`. With `off` every request is let in and acts for the AccessKeyId
 * it carries, or `defaultAccount`. With `verify` V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256, ACS3-HMAC-SM3)
 * are recomputed as the official SDKs sign (official-sdk-wire.md §4) with the canonicalisation of
 * `@ecs-tasks/signing`, and every failure is the spec's documented error.
 */
export function createRequestAuthenticator(options: {
  mode: AuthMode;
  keys: readonly AccessKey[];
  defaultAccount: string;
  errors: ErrorCatalogue;
  now: () => number;
}): RequestAuthenticator {
  const { errors, now } = options;
  if (options.mode === "off") {
    return {
      mode: "off",
      authenticate: (request) => claimedAccount(request) ?? options.defaultAccount,
      reset: () => undefined,
    };
  }
  const secrets = new Map(options.keys.map((key) => [key.accessKeyId, key.accessKeySecret]));
  const nonces = new NonceMemory(TIMESTAMP_WINDOW_MS);

  const fail = (request: AuthRequest, name: string): EcsError => errors.error(request.action, name);
  const mismatch = (request: AuthRequest, stringToSign: string): EcsError => {
    const documented = fail(request, "SignatureDoesNotMatch");
    // As ECS does: the documented prefix, then the server's string to sign (never the secret), so the
    // caller can diff it with their own.
    return new EcsError(
      documented.status,
      documented.code,
      `${documented.message} server string to sign is:${stringToSign}`,
    );
  };
  const secretOf = (request: AuthRequest, accessKeyId: string): string => {
    const secret = secrets.get(accessKeyId);
    if (secret === undefined) {
      throw fail(request, "InvalidAccessKeyId.NotFound");
    }
    return secret;
  };
  const checkTime = (request: AuthRequest, date: string): number => {
    const at = SIGNING_DATE.test(date) ? Date.parse(date) : Number.NaN;
    if (!(Math.abs(now() - at) <= TIMESTAMP_WINDOW_MS)) {
      throw fail(request, "InvalidTimeStamp.Expired");
    }
    return at;
  };
  const checkNonce = (request: AuthRequest, accessKeyId: string, nonce: string, at: number): void => {
    if (!nonces.use(accessKeyId, nonce, at, now())) {
      throw fail(request, "SignatureNonceUsed");
    }
  };

  const verifyV1 = (request: AuthRequest): string => {
    const p = request.params;
    const accessKeyId = p.get("AccessKeyId");
    const signature = p.get("Signature");
    const nonce = p.get("SignatureNonce");
    const timestamp = p.get("Timestamp");
    if (
      !accessKeyId ||
      !signature ||
      !nonce ||
      !timestamp ||
      p.get("SignatureMethod") !== V1_SIGNATURE_PARAMETERS.SignatureMethod ||
      p.get("SignatureVersion") !== V1_SIGNATURE_PARAMETERS.SignatureVersion ||
      !V1_SIGNATURE.test(signature)
    ) {
      throw fail(request, "IncompleteSignature");
    }
    const secret = secretOf(request, accessKeyId);
    const at = checkTime(request, timestamp);
    const stringToSign = buildV1StringToSign(request.method, p);
    const expected = createHmac("sha1", `${secret}&`).update(stringToSign).digest("base64");
    if (expected !== signature) {
      throw mismatch(request, stringToSign);
    }
    // Only a verified request spends its nonce, so forged requests cannot block a caller's nonces.
    checkNonce(request, accessKeyId, nonce, at);
    return accessKeyId;
  };

  // The payload hash of a bodiless request is a constant per algorithm: computed once, not per request.
  const emptyPayloadHashes = new Map<string, string>();
  const payloadHashOf = (hash: string, body: Uint8Array): string => {
    if (body.byteLength !== 0) {
      return oneShotHash(hash, body, "hex");
    }
    let digest = emptyPayloadHashes.get(hash);
    if (digest === undefined) {
      digest = oneShotHash(hash, body, "hex");
      emptyPayloadHashes.set(hash, digest);
    }
    return digest;
  };

  const verifyV3 = (request: AuthRequest, authorization: string): Promise<string> | string => {
    const parts = V3_AUTHORIZATION.exec(authorization.trim());
    const date = request.header("x-acs-date");
    const nonce = request.header("x-acs-signature-nonce");
    const contentHash = request.header("x-acs-content-sha256");
    const signedHeaders = parts?.[3]?.split(";") ?? [];
    if (
      parts === null ||
      !date ||
      !nonce ||
      !contentHash ||
      V3_REQUIRED_SIGNED.some((name) => !signedHeaders.includes(name))
    ) {
      throw fail(request, "IncompleteSignature");
    }
    const [, algorithm = "", accessKeyId = "", , signature = ""] = parts;
    const secret = secretOf(request, accessKeyId);
    const at = checkTime(request, date);
    const hash = V3_HASH[algorithm] ?? "sha256";
    const headers: ParameterPair[] = [];
    for (const name of signedHeaders) {
      // Host as received: a proxy that rewrites it breaks the signature, as with ECS itself.
      // Header names are case-insensitive, and a client may list them in any case.
      const value = request.header(name.toLowerCase()) ?? (name === "host" ? new URL(request.url).host : "");
      headers.push([name, value]);
    }
    // The checks above come before the body is read, so a request failing them never has it read.
    const finish = (body: Uint8Array): string =>
      checkV3Signature(
        request,
        { algorithm, hash, accessKeyId, signature, secret, at, nonce, contentHash, headers },
        body,
      );
    return request.knownBody !== undefined ? finish(request.knownBody) : request.body().then(finish);
  };

  const checkV3Signature = (
    request: AuthRequest,
    v3: {
      algorithm: string;
      hash: string;
      accessKeyId: string;
      signature: string;
      secret: string;
      at: number;
      nonce: string;
      contentHash: string;
      headers: ParameterPair[];
    },
    body: Uint8Array,
  ): string => {
    const { algorithm, hash, accessKeyId, signature, secret, at, nonce, contentHash, headers } = v3;
    const payloadHash = payloadHashOf(hash, body);
    const { canonicalRequest } = buildV3CanonicalRequest({
      method: request.method,
      query: queryPairs(request.url),
      headers,
      hashedPayload: payloadHash,
    });
    // The one-shot hash skips the Hash object a createHash call builds: a few µs on every request.
    const stringToSign = `${algorithm}\n${oneShotHash(hash, canonicalRequest, "hex")}`;
    const expected = createHmac(hash, secret).update(stringToSign).digest("hex");
    if (expected !== signature || payloadHash !== contentHash) {
      throw mismatch(request, stringToSign);
    }
    checkNonce(request, accessKeyId, nonce, at);
    return accessKeyId;
  };

  return {
    mode: "verify",
    authenticate(request) {
      const authorization = request.header("authorization");
      return authorization === null ? verifyV1(request) : verifyV3(request, authorization);
    },
    reset: () => nonces.clear(),
  };
}
