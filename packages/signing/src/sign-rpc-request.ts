import { canonicalizeParameters, type ParameterPair } from "./percent-encode.js";
import { signV1Parameters } from "./signature-v1.js";
import { signV3Headers } from "./signature-v3.js";
import type { Credentials, SigningStamp } from "./signing-stamp.js";

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
export interface RpcSigningContext extends SigningStamp {
  /** Scheme, host and port of the endpoint, as `URL.origin` gives them, e.g. `https://ecs.aliyuncs.com`. */
  origin: string;
  credentials?: Credentials | undefined;
  signatureVersion?: SignatureVersion | undefined;
}

/** A request ready to send: always to path `/`, parameters in the query string, no body. */
export interface SignedRpcRequest {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
}

/** Signs an RPC call with V3 (default) or V1, or leaves it anonymous when there are no credentials. */
export function signRpcRequest(call: RpcCall, context: RpcSigningContext): SignedRpcRequest {
  return context.signatureVersion === "v1" ? signV1(call, context) : signV3(call, context);
}

function urlOf(origin: string, query: string): string {
  return query === "" ? `${origin}/` : `${origin}/?${query}`;
}

function signV3(call: RpcCall, context: RpcSigningContext): SignedRpcRequest {
  const url = urlOf(context.origin, canonicalizeParameters(call.parameters));
  const headers = { "x-acs-action": call.action, "x-acs-version": call.version };
  if (context.credentials === undefined) {
    return { url, method: call.method, headers };
  }
  const host = context.origin.slice(context.origin.indexOf("://") + 3);
  return {
    url,
    method: call.method,
    headers: signV3Headers(
      { method: call.method, host, query: call.parameters, headers },
      context.credentials,
      context,
    ),
  };
}

function signV1(call: RpcCall, context: RpcSigningContext): SignedRpcRequest {
  const parameters: ParameterPair[] = [
    ...call.parameters,
    ["Action", call.action],
    ["Version", call.version],
    ["Format", "JSON"],
  ];
  if (context.credentials === undefined) {
    return {
      url: urlOf(context.origin, canonicalizeParameters(parameters)),
      method: call.method,
      headers: {},
    };
  }
  const signed = signV1Parameters(call.method, parameters, context.credentials, context);
  // The signature goes last, as the official SDK sends it; the rest in canonical order.
  const query = `${canonicalizeParameters(signed.slice(0, -1))}&${canonicalizeParameters(signed.slice(-1))}`;
  return { url: urlOf(context.origin, query), method: call.method, headers: {} };
}
