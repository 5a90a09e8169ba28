import { hashes } from "./hashes.js";
import { canonicalizeParameters, type ParameterPair } from "./percent-encode.js";
import type { Credentials, SigningStamp } from "./signing-stamp.js";
import { formatSigningDate } from "./signing-stamp.js";

/**
 * A V3 signature algorithm: its name (first word of the `Authorization` header and of the string to
 * sign), its hash and its HMAC, both as lower-case hex; text is taken as its UTF-8 bytes.
 */
export interface V3Algorithm {
  readonly name: string;
  hashHex(data: string | Uint8Array): string;
  hmacHex(key: string | Uint8Array, message: string | Uint8Array): string;
}

/** `ACS3-HMAC-SHA256`, the algorithm the official SDKs sign with by default. */
export const ACS3_HMAC_SHA256: V3Algorithm = {
  name: "ACS3-HMAC-SHA256",
  hashHex: (data) => hashes.sha256Hex(data),
  hmacHex: (key, message) => hashes.hmacSha256Hex(key, message),
};

/** What the V3 canonical request is built from; values are decoded, names in any case. */
export interface V3CanonicalRequestInput {
  /** HTTP method as sent. */
  method: string;
  /** Request path; `/` for every RPC action. */
  path?: string;
  /** Query parameters, decoded. */
  query: Iterable<ParameterPair>;
  /** The signed headers, `host` among them, with their values. */
  headers: Iterable<ParameterPair>;
  /** Lower-case hex hash of the body, the value of `x-acs-content-sha256`. */
  hashedPayload: string;
}

/** A V3 signature with every intermediate string (a verifier shows the string to sign when they disagree). */
export interface V3Signature {
  canonicalRequest: string;
  /** The `SignedHeaders` list: lower-case names, sorted, joined with `;`. */
  signedHeaders: string;
  stringToSign: string;
  /** Lower-case hex. */
  signature: string;
}

/** Whether V3 signs a header of this (lower-case) name, as the official SDK decides. */
export function isV3SignedHeader(lowerCaseName: string): boolean {
  return lowerCaseName === "host" || lowerCaseName === "content-type" || lowerCaseName.startsWith("x-acs-");
}

/**
 * Computes a V3 signature: the canonical request (method, path, canonical query, canonical headers,
 * signed headers, payload hash), the string to sign (algorithm name and hash of the canonical request)
 * and its HMAC keyed with the plain secret.
 */
export function computeV3Signature(
  input: V3CanonicalRequestInput,
  accessKeySecret: string,
  algorithm: V3Algorithm = ACS3_HMAC_SHA256,
): V3Signature {
  const headers: ParameterPair[] = [];
  for (const [name, value] of input.headers) {
    headers.push([name.toLowerCase(), value.trim()]);
  }
  headers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let canonicalHeaders = "";
  for (const [name, value] of headers) {
    canonicalHeaders += `${name}:${value}\n`;
  }
  const signedHeaders = headers.map(([name]) => name).join(";");
  const canonicalRequest = `${input.method.toUpperCase()}\n${input.path ?? "/"}\n${canonicalizeParameters(input.query)}\n${canonicalHeaders}\n${signedHeaders}\n${input.hashedPayload}`;
  const stringToSign = `${algorithm.name}\n${algorithm.hashHex(canonicalRequest)}`;
  const signature = algorithm.hmacHex(accessKeySecret, stringToSign);
  return { canonicalRequest, signedHeaders, stringToSign, signature };
}

/** A request to sign with V3 (`ACS3-HMAC-SHA256`). */
export interface V3RequestToSign {
  method: string;
  /** Where it is sent, `host` or `host:port` as its URL has it: signed, never set (fetch derives Host). */
  host: string;
  /** Query parameters, decoded. */
  query: Iterable<ParameterPair>;
  /** The headers it carries, lower-case names (`x-acs-action`, `x-acs-version`, `content-type`...). */
  headers: Readonly<Record<string, string>>;
  body?: string | Uint8Array | undefined;
}

/**
 * Signs a request with V3: returns its headers plus `x-acs-date`, `x-acs-signature-nonce`,
 * `x-acs-content-sha256`, `x-acs-security-token` for STS credentials, and `authorization`. The signature
 * covers `host`, `content-type` and every `x-acs-*` header.
 */
export function signV3Headers(
  request: V3RequestToSign,
  credentials: Credentials,
  stamp: SigningStamp,
): Record<string, string> {
  const body = request.body ?? "";
  const hashedPayload = ACS3_HMAC_SHA256.hashHex(body);
  const headers: Record<string, string> = {
    ...request.headers,
    "x-acs-date": formatSigningDate(stamp.date),
    "x-acs-signature-nonce": stamp.nonce,
    "x-acs-content-sha256": hashedPayload,
  };
  if (credentials.securityToken) {
    headers["x-acs-security-token"] = credentials.securityToken;
  }
  const signed: ParameterPair[] = [["host", request.host]];
  for (const [name, value] of Object.entries(headers)) {
    const lowerCaseName = name.toLowerCase();
    if (lowerCaseName !== "host" && isV3SignedHeader(lowerCaseName)) {
      signed.push([lowerCaseName, value]);
    }
  }
  const { signedHeaders, signature } = computeV3Signature(
    { method: request.method, query: request.query, headers: signed, hashedPayload },
    credentials.accessKeySecret,
  );
  headers.authorization = `${ACS3_HMAC_SHA256.name} Credential=${credentials.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return headers;
}

/** The parts of a V3 `Authorization` header. */
export interface V3Authorization {
  /** `ACS3-HMAC-SHA256`, `ACS3-HMAC-SM3`...: which ones to accept is the verifier's choice. */
  algorithm: string;
  accessKeyId: string;
  /** As listed, in the case the client wrote them. */
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION_PATTERN =
  /^(ACS3-[A-Z0-9-]+) Credential=([^,\s]+),SignedHeaders=([^,\s]+),Signature=([0-9a-f]+)$/;

/** Parses a V3 `Authorization` header; `undefined` when it is not a well-formed `ACS3-*` value. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const match = AUTHORIZATION_PATTERN.exec(header.trim());
  if (match === null) {
    return undefined;
  }
  const [, algorithm = "", accessKeyId = "", signedHeaders = "", signature = ""] = match;
  return { algorithm, accessKeyId, signedHeaders: signedHeaders.split(";"), signature };
}
