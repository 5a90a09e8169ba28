// Only globalThis.crypto.subtle is used so that the signer runs unchanged on Node 20+, browsers,
// Deno, Bun and Workers.

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** SHA-256 of an empty payload, which every RPC request without a body signs. */
export const EMPTY_PAYLOAD_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

type HmacHash = "SHA-1" | "SHA-256";
// Named through the function rather than the DOM's `CryptoKey`, so that projects compiling this source
// with Node's types only (the reference server) need no DOM lib.
type HmacKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

// importKey is the slowest step of an HMAC over Web Crypto; a client signs with one secret for its
// whole life, so caching the key keeps the per-request cost at one digest and one sign.
const keyCache = new Map<string, Promise<HmacKey>>();
const KEY_CACHE_LIMIT = 32;

function hmacKey(hash: HmacHash, secret: string): Promise<HmacKey> {
  const cacheKey = `${hash}\u0000${secret}`;
  let key = keyCache.get(cacheKey);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) {
      keyCache.clear();
    }
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, ["sign"]);
    keyCache.set(cacheKey, key);
  }
  return key;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let out = "";
  for (const byte of view) {
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

/** Lower-case hex SHA-256 of a UTF-8 string or of raw bytes. */
export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return toHex(await crypto.subtle.digest("SHA-256", bytes));
}

/** HMAC of a UTF-8 message with a UTF-8 key. */
export async function hmac(hash: HmacHash, secret: string, message: string): Promise<ArrayBuffer> {
  return crypto.subtle.sign("HMAC", await hmacKey(hash, secret), encoder.encode(message));
}
