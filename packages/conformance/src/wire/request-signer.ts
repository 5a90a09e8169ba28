import { createNonce, signV1Parameters, signV3Headers } from "@ecs-tasks/signing";
import type { AuthFault } from "../spec/operation-model.js";
import { encodeParameters, type ProbeRequest, type WireRequest, type WireStyle } from "./probe-request.js";

/** Turns a call into a wire request: names the action and version, and signs it when it has credentials. */
export interface RequestSigner {
  /** The dialect this signer speaks (V3 headers or V1 parameters). */
  readonly style: WireStyle;
  /** Whether requests carry a signature at all. */
  readonly signs: boolean;
  /** Builds the request for `origin` (scheme, host and port). */
  prepare(call: ProbeRequest, origin: string): Promise<WireRequest>;
}

/** An AccessKey pair to sign with, and the security token when the pair comes from STS. */
export interface SigningCredentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

/**
 * How requests are signed: the credentials (none for anonymous requests), the dialect, the clock, and
 * headers to send on every request (a gateway's token or tenant).
 */
export interface SignerOptions {
  credentials?: SigningCredentials | undefined;
  style?: WireStyle | undefined;
  now?: (() => Date) | undefined;
  /** Sent on every request; signed only where V3 requires it (`x-acs-*`, `content-type`). */
  headers?: Readonly<Record<string, string>> | undefined;
}

// The nonce a "reused-nonce" fault sends twice: fixed per signer so the second use is a replay.
const REPLAYED_NONCE_PREFIX = "conformance-replayed-nonce-";
const STALE_BY_MS = 60 * 60 * 1000;

function faultyCredentials(
  credentials: SigningCredentials,
  fault: AuthFault | undefined,
): SigningCredentials {
  if (fault === "wrong-secret") {
    return { ...credentials, accessKeySecret: `${credentials.accessKeySecret}-wrong` };
  }
  if (fault === "unknown-key") {
    return { ...credentials, accessKeyId: "ConformanceUnknownKey0000" };
  }
  return credentials;
}

/** Creates the signer the client package signs with (V3 by default, V1 on request), able to sign wrongly on purpose. */
export function createRequestSigner(options: SignerOptions = {}): RequestSigner {
  const style = options.style ?? "v3";
  const now = options.now ?? (() => new Date());
  const credentials = options.credentials;
  const extraHeaders = Object.entries(options.headers ?? {}).map(([name, value]): [string, string] => [
    name.toLowerCase(),
    value,
  ]);
  const replayedNonce = `${REPLAYED_NONCE_PREFIX}${createNonce()}`;
  const nonceFor = (fault: AuthFault | undefined) =>
    fault === "reused-nonce" ? replayedNonce : createNonce();
  const dateFor = (fault: AuthFault | undefined) => {
    const date = now();
    return fault === "stale-timestamp" ? new Date(date.getTime() - STALE_BY_MS) : date;
  };

  async function prepareV3(call: ProbeRequest, origin: string): Promise<WireRequest> {
    let headers: Record<string, string> = Object.fromEntries(extraHeaders);
    if (call.action !== null) {
      headers["x-acs-action"] = call.action;
    }
    if (call.version !== null) {
      headers["x-acs-version"] = call.version;
    }
    const params: Array<[string, string]> = [...call.params];
    if (typeof call.format === "string") {
      params.push(["Format", call.format]);
    }
    const query = call.placement === "query" ? params : [];
    const body = call.placement === "form" ? encodeParameters(params) : undefined;
    if (body !== undefined) {
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const url = buildUrl(origin, encodeParameters(query), call.rawQuerySuffix);
    if (credentials !== undefined) {
      const signing = faultyCredentials(credentials, call.authFault);
      headers = signV3Headers(
        { method: call.method, host: new URL(origin).host, query, headers, body },
        signing,
        { date: dateFor(call.authFault), nonce: nonceFor(call.authFault) },
      );
      if (call.authFault === "malformed-signature") {
        headers.authorization = `ACS3-HMAC-SHA256 Credential=${signing.accessKeyId}`;
      }
    }
    return withBody({ method: call.method, url, headers: { ...headers, ...call.headers } }, body);
  }

  async function prepareV1(call: ProbeRequest, origin: string): Promise<WireRequest> {
    let params: Array<readonly [string, string]> = [...call.params];
    if (call.action !== null) {
      params.push(["Action", call.action]);
    }
    if (call.version !== null) {
      params.push(["Version", call.version]);
    }
    if (call.format !== null) {
      params.push(["Format", call.format ?? "JSON"]);
    }
    if (credentials !== undefined) {
      params = signV1Parameters(call.method, params, faultyCredentials(credentials, call.authFault), {
        date: dateFor(call.authFault),
        nonce: nonceFor(call.authFault),
      });
      if (call.authFault === "malformed-signature") {
        // One the server cannot even decode as Base64 HMAC-SHA1; the signature is the last parameter.
        params[params.length - 1] = ["Signature", "%%not-base64%%"];
      }
    }
    const headers: Record<string, string> = { ...Object.fromEntries(extraHeaders), ...call.headers };
    if (call.placement === "form") {
      headers["content-type"] = "application/x-www-form-urlencoded";
      return {
        method: call.method,
        url: buildUrl(origin, "", call.rawQuerySuffix),
        headers,
        body: encodeParameters(params),
      };
    }
    return {
      method: call.method,
      url: buildUrl(origin, encodeParameters(params), call.rawQuerySuffix),
      headers,
    };
  }

  return {
    style,
    signs: credentials !== undefined,
    prepare: (call, origin) => (style === "v1" ? prepareV1(call, origin) : prepareV3(call, origin)),
  };
}

function buildUrl(origin: string, query: string, rawSuffix: string | undefined): string {
  const suffix = rawSuffix === undefined ? "" : query === "" ? rawSuffix : `&${rawSuffix}`;
  const full = `${query}${suffix}`;
  return full === "" ? `${origin}/` : `${origin}/?${full}`;
}

function withBody(request: WireRequest, body: string | undefined): WireRequest {
  return body === undefined ? request : { ...request, body };
}
