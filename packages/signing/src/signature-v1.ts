import { canonicalizeParameters, type ParameterPair, percentEncode } from "./percent-encode.js";
import { hmacSha1, toBase64 } from "./web-crypto.js";

/** The fixed parameters that mark a request as signed with V1 (HMAC-SHA1, `SignatureVersion 1.0`). */
export const V1_SIGNATURE_PARAMETERS = { SignatureMethod: "HMAC-SHA1", SignatureVersion: "1.0" } as const;

function withoutSignature(parameters: Iterable<ParameterPair>): ParameterPair[] {
  const kept: ParameterPair[] = [];
  for (const pair of parameters) {
    if (pair[0] !== "Signature") {
      kept.push(pair);
    }
  }
  return kept;
}

/**
 * Builds the V1 string to sign, `METHOD&%2F&percentEncode(canonical query)`, from every request
 * parameter (query and form body merged, decoded); a `Signature` parameter is ignored.
 */
export function buildV1StringToSign(method: string, parameters: Iterable<ParameterPair>): string {
  const canonical = canonicalizeParameters(withoutSignature(parameters));
  return `${method.toUpperCase()}&%2F&${percentEncode(canonical)}`;
}

/** Computes the base64 V1 signature: HMAC-SHA1 keyed with `AccessKeySecret + "&"`. */
export async function computeV1Signature(stringToSign: string, accessKeySecret: string): Promise<string> {
  return toBase64(await hmacSha1(`${accessKeySecret}&`, stringToSign));
}
