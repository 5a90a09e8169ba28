// Hashing runs on every runtime unchanged (Node 20+, browsers, Deno, Bun, Workers): SHA-256 and
// HMAC-SHA256, which every V3 signature needs, are synchronous JavaScript (./sha256.ts); only the
// V1 HMAC-SHA1 goes through globalThis.crypto.subtle.
import { hmacSha256, sha256 } from "./sha256.js";

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** SHA-256 of an empty payload, which every RPC request without a body signs. */
export const EMPTY_PAYLOAD_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

// Named through the function rather than the DOM's `CryptoKey`, so that projects compiling this source
// with Node's types only (the reference server) need no DOM lib.
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

// importKey is the slowest step of an HMAC over Web Crypto; a client signs with one secret for its
// whole life, so caching the key keeps the per-request cost at one sign.
const keyCache = new Map<string, Promise<HmacKey>>();
const KEY_CACHE_LIMIT = 32;

function hmacSha1Key(secret: string): Promise<HmacKey> {
  let key = keyCache.get(secret);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) {
      keyCache.clear();
    }
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-1" }, false, [
      "sign",
    ]);
    keyCache.set(secret, key);
  }
  return key;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) {
    out += HEX[byte];
  }
  return out;
}

/** Standard (padded) base64 of bytes, with `btoa`, which every runtime has. */
export function toBase64(bytes: ArrayBuffer): string {
  let binary = "";
  for (const byte of new Uint8Array(bytes)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/** Lower-case hex SHA-256 of a UTF-8 string or of raw bytes, computed at once. */
export function sha256HexNow(data: string | Uint8Array): string {
  return toHex(sha256(typeof data === "string" ? encoder.encode(data) : data));
}

/** Lower-case hex SHA-256 of a UTF-8 string or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  return sha256HexNow(data);
}

/** Lower-case hex HMAC-SHA256 of a UTF-8 message with a UTF-8 key, computed at once. */
export function hmacSha256HexNow(secret: string, message: string): string {
  return toHex(hmacSha256(secret, message));
}

/** HMAC-SHA1 of a UTF-8 message with a UTF-8 key. */
export async function hmacSha1(secret: string, message: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign("HMAC", await hmacSha1Key(secret), encoder.encode(message));
}
