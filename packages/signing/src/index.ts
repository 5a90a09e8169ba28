export type { ParameterPair } from "./percent-encode.js";
export {
  type RpcCall,
  type RpcSigningContext,
  type SignatureVersion,
  type SignedRpcRequest,
  signRpcRequest,
} from "./sign-rpc-request.js";
export {
  computeV1Signature,
  signV1Parameters,
  V1_SIGNATURE_PARAMETERS,
  type V1Signature,
} from "./signature-v1.js";
export {
  ACS3_HMAC_SHA256,
  computeV3Signature,
  isV3SignedHeader,
  parseV3Authorization,
  signV3Headers,
  type V3Algorithm,
  type V3Authorization,
  type V3CanonicalRequestInput,
  type V3RequestToSign,
  type V3Signature,
} from "./signature-v3.js";
export { type Credentials, createNonce, type SigningStamp } from "./signing-stamp.js";
