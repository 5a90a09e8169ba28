import type { Context, MiddlewareHandler } from "hono";
import { bearerAuth } from "hono/bearer-auth";

/**
 * Who may use the control API: anyone (`open`: auth off, no token), whoever sends the operator's token
 * (`token`), or nobody (`refused`: a server that verifies signatures is shared, and without a token anyone
 * could wipe, slow or read every account's calls).
 */
export type ControlAccess =
  | { readonly kind: "open" }
  | { readonly kind: "token"; readonly token: string }
  | { readonly kind: "refused" };

/** What a token may be: RFC 6750's token68, which is all an `Authorization: Bearer` header can carry. */
export const CONTROL_TOKEN_PATTERN = /^[A-Za-z0-9._~+/-]+=*$/;

/** The realm of the `WWW-Authenticate` challenge: it also tells a client this is the control API that asks. */
export const CONTROL_REALM = "ecs-reference-server control API";

/** Why every control request of a verifying server without a token is refused. */
export const REFUSED_MESSAGE =
  "The control API is refused: this server verifies signatures (--auth verify) and has no control token. " +
  "Start it with --control-token (or ECS_REFERENCE_CONTROL_TOKEN) and send Authorization: Bearer <token>, " +
  "or with --control off.";

/** The access rule of a server: a token wins; without one, a verifying server refuses the control API. */
export function controlAccessOf(token: string | undefined, authMode: "off" | "verify"): ControlAccess {
  if (token !== undefined) {
    return { kind: "token", token };
  }
  return authMode === "verify" ? { kind: "refused" } : { kind: "open" };
}

const unauthorized = (message: string) => (c: Context) => c.json({ message }, 401);

/**
 * The guard every control request passes first, unknown routes included (so that nobody can list them).
 * The token is compared through hashes of both sides, in constant time, by Hono's bearer-auth middleware.
 */
export function controlGuard(access: ControlAccess): MiddlewareHandler {
  switch (access.kind) {
    case "open":
      return (_c, next) => next();
    case "refused":
      return async (c) => c.json({ message: REFUSED_MESSAGE }, 403);
    case "token":
      return bearerAuth({
        token: access.token,
        realm: CONTROL_REALM,
        noAuthenticationHeader: {
          message: unauthorized(
            "The control API needs the server's control token: send Authorization: Bearer <token>.",
          ),
        },
        // RFC 6750 would answer a malformed header 400; one answer for every failure tells a prober less.
        invalidAuthenticationHeader: {
          message: unauthorized(
            "The Authorization header is not `Bearer <token>`: send the server's control token as a bearer token.",
          ),
          wwwAuthenticateHeader: `Bearer realm="${CONTROL_REALM}", error="invalid_request"`,
        },
        invalidToken: {
          message: unauthorized("The control token is wrong."),
          wwwAuthenticateHeader: `Bearer realm="${CONTROL_REALM}", error="invalid_token"`,
        },
      });
  }
}
