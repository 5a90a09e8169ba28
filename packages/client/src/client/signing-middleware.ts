// The client's one call site of @ecs-tasks/signing.
import { type Credentials, createNonce, type SignatureVersion, signRpcRequest } from "@ecs-tasks/signing";
import type { Middleware } from "openapi-fetch";
import type { Clock } from "../timing/sleep.js";
import { flattenParameters } from "./flatten-parameters.js";

/** Static credentials, or a function that returns current ones (for rotating STS tokens). */
export type CredentialsSource = Credentials | (() => Credentials | Promise<Credentials>);

/** What every attempt is signed with, resolved once per client. */
export interface SigningConfig {
  origin: string;
  apiVersion: string;
  credentials: CredentialsSource | undefined;
  signatureVersion: SignatureVersion;
  clock: Clock;
}

/**
 * The first middleware of each attempt: it turns the request openapi-fetch built for the path key
 * (`/#Action=<Name>`, whose fragment leaves no room for a query) into the RPC request on the wire,
 * `/` with the flattened parameters in the query, signed with a fresh nonce and date, and bound to
 * the attempt's signal. The middleware after it see that signed request.
 */
export function signingMiddleware(config: SigningConfig, action: string, signal: AbortSignal): Middleware {
  return {
    async onRequest({ request, params }) {
      const credentials =
        typeof config.credentials === "function" ? await config.credentials() : config.credentials;
      // The caller may have given up while the credentials were fetched: nothing is sent then.
      signal.throwIfAborted();
      const signed = await signRpcRequest(
        {
          action,
          version: config.apiVersion,
          method: request.method === "GET" ? "GET" : "POST",
          parameters: flattenParameters(params.query ?? {}),
        },
        {
          origin: config.origin,
          credentials,
          signatureVersion: config.signatureVersion,
          date: new Date(config.clock()),
          nonce: credentials === undefined ? "" : createNonce(),
        },
      );
      return new Request(signed.url, { method: signed.method, headers: signed.headers, signal });
    },
  };
}
