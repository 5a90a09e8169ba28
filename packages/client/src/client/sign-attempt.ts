// The client's one call site of @ecs-tasks/signing.
import {
  type Credentials,
  createNonce,
  type ParameterPair,
  type SignatureVersion,
  signRpcRequest,
  signV3Headers,
} from "@ecs-tasks/signing";
import type { Clock } from "../timing/sleep.js";

const UNSIGNED_STAMP = { date: new Date(0), nonce: "" };

/** What every attempt is signed with, resolved once per client. */
export interface SigningConfig {
  origin: string;
  apiVersion: string;
  method: "GET" | "POST";
  signatureVersion: SignatureVersion;
  clock: Clock;
  /** `x-acs-user-agent` to send and sign, where the runtime keeps its own `User-Agent`; else undefined. */
  acsUserAgent: string | undefined;
}

/** One attempt, signed: the query string (no `?`) and the headers to send with it. */
export interface SignedAttempt {
  query: string;
  headers: Record<string, string>;
}

/**
 * Signs one attempt afresh (new nonce and date), or leaves it unsigned for an anonymous client. The
 * query string carries the parameters (and V1's signature); the headers V3's.
 */
export function signAttempt(
  config: SigningConfig,
  action: string,
  parameters: readonly ParameterPair[],
  credentials: Credentials | undefined,
): SignedAttempt {
  const call = { action, version: config.apiVersion, method: config.method, parameters };
  // An unsigned request carries no date or nonce.
  const stamp =
    credentials === undefined ? UNSIGNED_STAMP : { date: new Date(config.clock()), nonce: createNonce() };
  const extra = config.acsUserAgent;
  // signRpcRequest signs only the headers it sets: with an x-acs-user-agent, V3 is signed here over them all.
  const signsHere = extra !== undefined && credentials !== undefined && config.signatureVersion === "v3";
  const signed = signRpcRequest(call, {
    origin: config.origin,
    credentials: signsHere ? undefined : credentials,
    signatureVersion: config.signatureVersion,
    ...stamp,
  });
  const query = signed.url.slice(config.origin.length + 2);
  if (extra === undefined) {
    return { query, headers: signed.headers };
  }
  const headers = { ...signed.headers, "x-acs-user-agent": extra };
  if (!signsHere) {
    return { query, headers };
  }
  const host = config.origin.slice(config.origin.indexOf("://") + 3);
  return {
    query,
    headers: signV3Headers({ method: config.method, host, query: parameters, headers }, credentials, stamp),
  };
}
