import { canonicalizeParameters, type ParameterPair } from "./percent-encode.js";
import { hmacSha256HexNow, sha256HexNow } from "./web-crypto.js";

/** The V3 algorithm name, first word of the `Authorization` header and of the string to sign. */
export const V3_ALGORITHM = "ACS3-HMAC-SHA256";

/** What the V3 canonical request is built from; values are decoded, names in any case. */
export interface V3CanonicalRequestInput {
  /** HTTP method as sent. */
  method: string;
  /** Request path; `/` for every RPC action. */
  path?: string;
  /** Query parameters, decoded. */
  query: Iterable<ParameterPair>;
  /** The headers to sign (typically `host`, `content-type` and every `x-acs-*`), decoded. */
  headers: Iterable<ParameterPair>;
  /** Lower-case hex SHA-256 of the body, the value of `x-acs-content-sha256`. */
  hashedPayload: string;
}

/** A canonical request and the `SignedHeaders` list it commits to. */
export interface V3CanonicalRequest {
  canonicalRequest: string;
  signedHeaders: string;
}

/** Whether V3 signs a header of this (lower-case) name, as the official SDK decides. */
export function isV3SignedHeader(lowerCaseName: string): boolean {
  return lowerCaseName === "host" || lowerCaseName === "content-type" || lowerCaseName.startsWith("x-acs-");
}

/** Builds the V3 canonical request (method, path, canonical query, canonical headers, signed headers, payload hash). */
export function buildV3CanonicalRequest(input: V3CanonicalRequestInput): V3CanonicalRequest {
  return buildV3CanonicalRequestWithQuery(input, canonicalizeParameters(input.query));
}

/** `buildV3CanonicalRequest` for a signer that has already canonicalized the query (it is the URL's query too). */
export function buildV3CanonicalRequestWithQuery(
  input: Omit<V3CanonicalRequestInput, "query">,
  canonicalQuery: string,
): V3CanonicalRequest {
  const headers: ParameterPair[] = [];
  for (const [name, value] of input.headers) {
    headers.push([name.toLowerCase(), value.trim()]);
  }
  headers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let canonicalHeaders = "";
  let signedHeaders = "";
  for (const [name, value] of headers) {
    canonicalHeaders += `${name}:${value}\n`;
    signedHeaders += signedHeaders === "" ? name : `;${name}`;
  }
  const canonicalRequest = `${input.method.toUpperCase()}\n${input.path ?? "/"}\n${canonicalQuery}\n${canonicalHeaders}\n${signedHeaders}\n${input.hashedPayload}`;
  return { canonicalRequest, signedHeaders };
}

/** The V3 string to sign, computed at once: the algorithm name and the hex SHA-256 of the canonical request. */
export function buildV3StringToSignNow(canonicalRequest: string): string {
  return `${V3_ALGORITHM}\n${sha256HexNow(canonicalRequest)}`;
}

/** Builds the V3 string to sign: the algorithm name and the hex SHA-256 of the canonical request. */
export async function buildV3StringToSign(canonicalRequest: string): Promise<string> {
  return buildV3StringToSignNow(canonicalRequest);
}

/** The lower-case hex V3 signature, computed at once: HMAC-SHA256 keyed with the plain secret. */
export function computeV3SignatureNow(stringToSign: string, accessKeySecret: string): string {
  return hmacSha256HexNow(accessKeySecret, stringToSign);
}

/** Computes the lower-case hex V3 signature: HMAC-SHA256 keyed with the plain secret. */
export async function computeV3Signature(stringToSign: string, accessKeySecret: string): Promise<string> {
  return computeV3SignatureNow(stringToSign, accessKeySecret);
}

/** Formats the V3 `Authorization` header value. */
export function formatV3Authorization(accessKeyId: string, signedHeaders: string, signature: string): string {
  return `${V3_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`;
}

/** The parts of a V3 `Authorization` header. */
export interface V3Authorization {
  accessKeyId: string;
  signedHeaders: string[];
  signature: string;
}

const AUTHORIZATION_PATTERN =
  /^ACS3-HMAC-SHA256 Credential=([^,]*),SignedHeaders=([^,]*),Signature=([0-9a-fA-F]+)$/;

/** Parses a V3 `Authorization` header; `undefined` when it is not a well-formed ACS3-HMAC-SHA256 value. */
export function parseV3Authorization(header: string): V3Authorization | undefined {
  const match = AUTHORIZATION_PATTERN.exec(header.trim());
  if (match === null) {
    return undefined;
  }
  const [, accessKeyId = "", signedHeaders = "", signature = ""] = match;
  return { accessKeyId, signedHeaders: signedHeaders.split(";"), signature };
}
