export { canonicalizeParameters, type ParameterPair, percentEncode } from "./percent-encode.js";
export {
  type Credentials,
  createNonce,
  formatSigningDate,
  type RpcCall,
  type RpcSigningContext,
  type SignatureVersion,
  type SignedRpcRequest,
  signRpcRequest,
} from "./sign-rpc-request.js";
export { buildV1StringToSign, computeV1Signature, V1_SIGNATURE_PARAMETERS } from "./signature-v1.js";
export {
  buildV3CanonicalRequest,
  buildV3StringToSign,
  computeV3Signature,
  formatV3Authorization,
  isV3SignedHeader,
  parseV3Authorization,
  V3_ALGORITHM,
  type V3Authorization,
  type V3CanonicalRequest,
  type V3CanonicalRequestInput,
} from "./signature-v3.js";
export { EMPTY_PAYLOAD_SHA256, sha256Hex } from "./web-crypto.js";
