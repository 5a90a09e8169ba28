import type { V3Algorithm } from "@ecs-tasks/signing";

let loading: Promise<V3Algorithm> | undefined;

/**
 * `ACS3-HMAC-SM3`, which only the server needs (the official SDKs can sign with it; the client and the
 * conformance suite never do), from a plain-JavaScript library so that it works on every runtime, Node's
 * OpenSSL or not. That library brings SM2's curves along and takes about 0.2 s to load, so it is loaded
 * when the first SM3 request arrives, not at start (docs/decisions/0026).
 */
export function loadAcs3HmacSm3(): Promise<V3Algorithm> {
  loading ??= import("sm-crypto-v2").then(({ sm3 }) => ({
    name: "ACS3-HMAC-SM3",
    hashHex: (data) => sm3(data),
    hmacHex: (key, message) => sm3(message, { key, mode: "hmac" }),
  }));
  return loading;
}
