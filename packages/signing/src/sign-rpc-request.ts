import { canonicalizeParameters, type ParameterPair, percentEncode } from "./percent-encode.js";
import { buildV1StringToSign, computeV1Signature, V1_SIGNATURE_PARAMETERS } from "./signature-v1.js";
import {
  buildV3CanonicalRequestWithQuery,
  buildV3StringToSignNow,
  computeV3SignatureNow,
  formatV3Authorization,
} from "./signature-v3.js";
import { EMPTY_PAYLOAD_SHA256, toHex } from "./web-crypto.js";

/** An AccessKey pair, with the security token when it comes from STS. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

/** Which signature to put on a request: V3 (ACS3-HMAC-SHA256) or V1 (HMAC-SHA1). */
export type SignatureVersion = "v3" | "v1";

/** One RPC call to sign: the action, its API version, the method and the business parameters. */
export interface RpcCall {
  action: string;
  version: string;
  method: "GET" | "POST";
  parameters: readonly ParameterPair[];
}

/** What to sign with; `credentials` absent means an anonymous request (no signature at all). */
export interface RpcSigningContext {
  /** Scheme, host and port of the endpoint, as `URL.origin` gives them, e.g. `https://ecs.aliyuncs.com`. */
  origin: string;
  credentials?: Credentials | undefined;
  signatureVersion?: SignatureVersion | undefined;
  /** Signing time; the request's date. */
  date: Date;
  /** A value used once, fresh for every attempt. */
  nonce: string;
}

/** A request ready to send: always to path `/`, parameters in the query string, no body. */
export interface SignedRpcRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
}

/** Formats a date as the signers want it: `YYYY-MM-DDThh:mm:ssZ`, UTC, no milliseconds. */
export function formatSigningDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const NONCE_BYTES = 16;
// Each getRandomValues call costs a few µs whatever its size, about as much as hashing a whole V3
// request, so random bytes are drawn for 256 nonces at a time and each byte is used once.
let randomPool = new Uint8Array(0);
let randomPoolOffset = 0;

/** A random nonce: 32 lower-case hex characters, as the official SDK sends. */
export function createNonce(): string {
  if (randomPoolOffset + NONCE_BYTES > randomPool.length) {
    randomPool = crypto.getRandomValues(new Uint8Array(NONCE_BYTES * 256));
    randomPoolOffset = 0;
  }
  const nonce = toHex(randomPool.subarray(randomPoolOffset, randomPoolOffset + NONCE_BYTES));
  randomPoolOffset += NONCE_BYTES;
  return nonce;
}

/** Signs an RPC call with V3 (default) or V1, or leaves it anonymous when there are no credentials. */
export async function signRpcRequest(call: RpcCall, context: RpcSigningContext): Promise<SignedRpcRequest> {
  return context.signatureVersion === "v1" ? signV1(call, context) : signV3(call, context);
}

function signV3(call: RpcCall, context: RpcSigningContext): SignedRpcRequest {
  const query = canonicalizeParameters(call.parameters);
  const url = query === "" ? `${context.origin}/` : `${context.origin}/?${query}`;
  const headers: Record<string, string> = {
    "x-acs-action": call.action,
    "x-acs-version": call.version,
  };
  const credentials = context.credentials;
  if (credentials === undefined) {
    return { url, method: call.method, headers };
  }
  headers["x-acs-date"] = formatSigningDate(context.date);
  headers["x-acs-signature-nonce"] = context.nonce;
  headers["x-acs-content-sha256"] = EMPTY_PAYLOAD_SHA256;
  if (credentials.securityToken) {
    headers["x-acs-security-token"] = credentials.securityToken;
  }
  // fetch derives Host from the URL and browsers forbid setting it, so it is signed but not sent.
  const signed: ParameterPair[] = Object.entries(headers);
  signed.push(["host", context.origin.slice(context.origin.indexOf("://") + 3)]);
  const { canonicalRequest, signedHeaders } = buildV3CanonicalRequestWithQuery(
    { method: call.method, headers: signed, hashedPayload: EMPTY_PAYLOAD_SHA256 },
    query,
  );
  const signature = computeV3SignatureNow(
    buildV3StringToSignNow(canonicalRequest),
    credentials.accessKeySecret,
  );
  headers.authorization = formatV3Authorization(credentials.accessKeyId, signedHeaders, signature);
  return { url, method: call.method, headers };
}

async function signV1(call: RpcCall, context: RpcSigningContext): Promise<SignedRpcRequest> {
  const parameters: ParameterPair[] = [
    ...call.parameters,
    ["Action", call.action],
    ["Version", call.version],
    ["Format", "JSON"],
  ];
  const credentials = context.credentials;
  if (credentials !== undefined) {
    parameters.push(
      ["AccessKeyId", credentials.accessKeyId],
      ["SignatureMethod", V1_SIGNATURE_PARAMETERS.SignatureMethod],
      ["SignatureVersion", V1_SIGNATURE_PARAMETERS.SignatureVersion],
      ["SignatureNonce", context.nonce],
      ["Timestamp", formatSigningDate(context.date)],
    );
    if (credentials.securityToken) {
      parameters.push(["SecurityToken", credentials.securityToken]);
    }
  }
  let query = canonicalizeParameters(parameters);
  if (credentials !== undefined) {
    const signature = await computeV1Signature(
      buildV1StringToSign(call.method, parameters),
      credentials.accessKeySecret,
    );
    query += `&Signature=${percentEncode(signature)}`;
  }
  return { url: `${context.origin}/?${query}`, method: call.method, headers: {} };
}
