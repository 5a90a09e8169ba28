import { hashes } from "./hashes.js";
import { canonicalizeParameters, type ParameterPair, percentEncode } from "./percent-encode.js";
import { type Credentials, formatSigningDate, type SigningStamp } from "./signing-stamp.js";

/** The fixed parameters that mark a request as signed with V1 (HMAC-SHA1, `SignatureVersion 1.0`). */
export const V1_SIGNATURE_PARAMETERS = { SignatureMethod: "HMAC-SHA1", SignatureVersion: "1.0" } as const;

/** A V1 signature and the string it signs (a verifier shows the string when they disagree). */
export interface V1Signature {
  stringToSign: string;
  /** Base64 HMAC-SHA1, keyed with `AccessKeySecret + "&"`. */
  signature: string;
}

/**
 * Computes the V1 signature of a request from every one of its parameters (query and form body merged,
 * decoded); a `Signature` parameter among them is left out. The string to sign is
 * `METHOD&%2F&percentEncode(canonical query)`.
 */
export function computeV1Signature(
  method: string,
  parameters: Iterable<ParameterPair>,
  accessKeySecret: string,
): V1Signature {
  const signed: ParameterPair[] = [];
  for (const pair of parameters) {
    if (pair[0] !== "Signature") {
      signed.push(pair);
    }
  }
  const stringToSign = `${method.toUpperCase()}&%2F&${percentEncode(canonicalizeParameters(signed))}`;
  return { stringToSign, signature: hashes.hmacSha1Base64(`${accessKeySecret}&`, stringToSign) };
}

/**
 * Signs a request's parameters with V1: returns them followed by `AccessKeyId`, the signature method and
 * version, `SignatureNonce`, `Timestamp`, `SecurityToken` for STS credentials, and last `Signature`.
 */
export function signV1Parameters(
  method: string,
  parameters: readonly ParameterPair[],
  credentials: Credentials,
  stamp: SigningStamp,
): ParameterPair[] {
  const signed: ParameterPair[] = [
    ...parameters,
    ["AccessKeyId", credentials.accessKeyId],
    ["SignatureMethod", V1_SIGNATURE_PARAMETERS.SignatureMethod],
    ["SignatureVersion", V1_SIGNATURE_PARAMETERS.SignatureVersion],
    ["SignatureNonce", stamp.nonce],
    ["Timestamp", formatSigningDate(stamp.date)],
  ];
  if (credentials.securityToken) {
    signed.push(["SecurityToken", credentials.securityToken]);
  }
  signed.push(["Signature", computeV1Signature(method, signed, credentials.accessKeySecret).signature]);
  return signed;
}
