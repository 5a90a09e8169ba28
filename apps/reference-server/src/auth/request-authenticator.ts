import {
  ACS3_HMAC_SHA256,
  computeV1Signature,
  computeV3Signature,
  isV3SignedHeader,
  type ParameterPair,
  parseV3Authorization,
  V1_SIGNATURE_PARAMETERS,
  type V3Algorithm,
} from "@ecs-tasks/signing";
import { EcsError } from "../wire/ecs-error.js";
import type { ErrorCatalogue } from "../wire/error-catalogue.js";
import { forEachFormParam, queryStringOf } from "../wire/form-params.js";
import type { ListedHeaders } from "../wire/listed-headers.js";
import type { AccessKey, AuthMode } from "./access-keys.js";
import { NonceMemory } from "./nonce-memory.js";
import { loadAcs3HmacSm3 } from "./sm3-algorithm.js";

/** How far `Timestamp` / `x-acs-date` may be from the server clock, either way (ECS: 15 minutes). */
export const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;

/** What the authenticator needs of a request, already read from the wire. */
export interface AuthRequest {
  readonly method: string;
  /** The request URL as received (its query is signed by V3). */
  readonly url: string;
  /** Every header the request carries: V3 insists that each `x-acs-*` one is signed. */
  readonly headers: ListedHeaders;
  /** Query and form parameters, merged and decoded (what V1 signs). */
  readonly params: ReadonlyMap<string, string>;
  /** The raw body bytes, for V3's payload hash; empty when there is none. */
  readonly body: () => Promise<Uint8Array>;
  readonly action: string | undefined;
}

/** Finds the account of a request, verifying its signature in `verify` mode. */
export interface RequestAuthenticator {
  readonly mode: AuthMode;
  /** The account the request acts for; rejects with a documented EcsError in `verify` mode. */
  authenticate(request: AuthRequest): Promise<string>;
  /** Forgets the nonces seen (the control API's reset). */
  reset(): void;
}

// HMAC-SHA1 gives 20 bytes: 28 base64 characters, the last one padding.
const V1_SIGNATURE = /^[A-Za-z0-9+/]{27}=$/;
const SIGNING_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
// Without these three signed, a replay could change the nonce or date, or be sent to another host.
const V3_REQUIRED_SIGNED = ["host", "x-acs-date", "x-acs-signature-nonce"] as const;

function queryPairs(url: string): ParameterPair[] {
  const pairs: ParameterPair[] = [];
  const query = queryStringOf(url);
  if (query !== undefined) {
    forEachFormParam(query, (name, value) => pairs.push([name, value]));
  }
  return pairs;
}

// A signature compared character by character would tell, by how soon it fails, how much of a guess
// was right. Lengths are no secret: every signature of an algorithm has the same.
function sameInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) {
    return false;
  }
  let difference = 0;
  for (let i = 0; i < a.length; i++) {
    difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  }
  return difference === 0;
}

/** The account a request names without proof (auth off): V1 `AccessKeyId`, else the V3 Credential. */
function claimedAccount(request: AuthRequest): string | undefined {
  const v1 = request.params.get("AccessKeyId");
  if (v1 !== undefined && v1 !== "") {
    return v1;
  }
  const authorization = request.headers.get("authorization");
  return authorization === undefined ? undefined : parseV3Authorization(authorization)?.accessKeyId;
}

/**
 * Creates the authenticator of `mode`. With `off` every request is let in and acts for the AccessKeyId
 * it carries, or `defaultAccount`. With `verify` V1 (HMAC-SHA1) and V3 (ACS3-HMAC-SHA256, ACS3-HMAC-SM3)
 * are recomputed by `@ecs-tasks/signing`, the code that signs, and every failure is the spec's
 * documented error.
 */
export function createRequestAuthenticator(options: {
  mode: AuthMode;
  keys: readonly AccessKey[];
  defaultAccount: string;
  errors: Pick<ErrorCatalogue, "error">;
  now: () => number;
  /** The most nonces one key may have in the timestamp window; beyond, its requests are throttled. */
  maxNoncesPerKey?: number;
}): RequestAuthenticator {
  const { errors, now } = options;
  if (options.mode === "off") {
    return {
      mode: "off",
      authenticate: async (request) => claimedAccount(request) ?? options.defaultAccount,
      reset: () => undefined,
    };
  }
  const secrets = new Map(options.keys.map((key) => [key.accessKeyId, key.accessKeySecret]));
  const nonces = new NonceMemory(TIMESTAMP_WINDOW_MS, options.maxNoncesPerKey);

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
    const use = nonces.use(accessKeyId, nonce, at, now());
    if (use === "replayed") {
      throw fail(request, "SignatureNonceUsed");
    }
    if (use === "full") {
      // More signed calls in one window than the nonce memory holds for a key: refused, not remembered.
      throw errors.error(request.action, "Throttling", {
        "x-acs-retry-after": String(nonces.retryAfterMs(accessKeyId, now())),
      });
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
    // Every parameter, from the query and the form body alike, is signed.
    const expected = computeV1Signature(request.method, p, secret);
    if (!sameInConstantTime(expected.signature, signature)) {
      throw mismatch(request, expected.stringToSign);
    }
    // Only a verified request spends its nonce, so forged requests cannot block a caller's nonces.
    checkNonce(request, accessKeyId, nonce, at);
    return accessKeyId;
  };

  /** Whether a V3 request signs what V3 says it must: `host`, `content-type` and every `x-acs-*` header. */
  const signsWhatItMust = (request: AuthRequest, signedHeaders: readonly string[]): boolean => {
    const signed = new Set(signedHeaders.map((name) => name.toLowerCase()));
    if (V3_REQUIRED_SIGNED.some((name) => !signed.has(name))) {
      return false;
    }
    for (const name of request.headers.list().keys()) {
      if (isV3SignedHeader(name) && !signed.has(name)) {
        return false;
      }
    }
    return true;
  };

  const algorithmNamed = (request: AuthRequest, name: string): V3Algorithm | Promise<V3Algorithm> => {
    if (name === ACS3_HMAC_SHA256.name) {
      return ACS3_HMAC_SHA256;
    }
    if (name === "ACS3-HMAC-SM3") {
      return loadAcs3HmacSm3();
    }
    throw fail(request, "IncompleteSignature");
  };

  const verifyV3 = async (request: AuthRequest, authorization: string): Promise<string> => {
    const parts = parseV3Authorization(authorization);
    const date = request.headers.get("x-acs-date");
    const nonce = request.headers.get("x-acs-signature-nonce");
    const contentHash = request.headers.get("x-acs-content-sha256");
    if (
      parts === undefined ||
      !date ||
      !nonce ||
      !contentHash ||
      !signsWhatItMust(request, parts.signedHeaders)
    ) {
      throw fail(request, "IncompleteSignature");
    }
    const algorithm = await algorithmNamed(request, parts.algorithm);
    const secret = secretOf(request, parts.accessKeyId);
    const at = checkTime(request, date);
    const headers = parts.signedHeaders.map((name): ParameterPair => {
      const lowerCaseName = name.toLowerCase();
      // Host as received: a proxy that rewrites it breaks the signature, as with ECS itself.
      const value =
        request.headers.get(lowerCaseName) ?? (lowerCaseName === "host" ? new URL(request.url).host : "");
      return [name, value];
    });
    // The checks above come before the body is read, so a request failing them never has it read.
    const body = await request.body();
    const hashedPayload = algorithm.hashHex(body);
    const expected = computeV3Signature(
      { method: request.method, query: queryPairs(request.url), headers, hashedPayload },
      secret,
      algorithm,
    );
    if (!sameInConstantTime(expected.signature, parts.signature) || hashedPayload !== contentHash) {
      throw mismatch(request, expected.stringToSign);
    }
    checkNonce(request, parts.accessKeyId, nonce, at);
    return parts.accessKeyId;
  };

  return {
    mode: "verify",
    async authenticate(request) {
      const authorization = request.headers.get("authorization");
      return authorization === undefined ? verifyV1(request) : verifyV3(request, authorization);
    },
    reset: () => nonces.clear(),
  };
}
