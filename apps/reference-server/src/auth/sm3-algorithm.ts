import type { V3Algorithm } from "@ecs-tasks/signing";

let loading: Promise<V3Algorithm> | undefined;

const UTF8 = new TextEncoder();
// sm-crypto-v2 reads a string key as hex: text is handed over as its UTF-8 bytes, as V3Algorithm says.
const bytesOf = (data: string | Uint8Array): Uint8Array =>
  typeof data === "string" ? UTF8.encode(data) : data;

/**
 * `ACS3-HMAC-SM3`, which only the server needs (the official SDKs can sign with it; the client and the
 * conformance suite never do), from a plain-JavaScript library so that it works on every runtime, Node's
 * OpenSSL or not. That library brings SM2's curves along and takes about 0.2 s to load, so it is loaded
 * when the first SM3 request arrives, not at start (docs/decisions/0026).
 */
export function loadAcs3HmacSm3(): Promise<V3Algorithm> {
  loading ??= import("sm-crypto-v2").then(({ sm3 }) => ({
    name: "ACS3-HMAC-SM3",
    hashHex: (data) => sm3(bytesOf(data)),
    hmacHex: (key, message) => sm3(bytesOf(message), { key: bytesOf(key), mode: "hmac" }),
  }));
  return loading;
}
