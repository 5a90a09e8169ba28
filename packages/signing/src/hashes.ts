import { hmac } from "@noble/hashes/hmac.js";
import { sha1 } from "@noble/hashes/legacy.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** The hashes every signature is made of; text is hashed as its UTF-8 bytes. */
export interface Hashes {
  sha256Hex(data: string | Uint8Array): string;
  hmacSha256Hex(key: string | Uint8Array, message: string | Uint8Array): string;
  hmacSha1Base64(key: string, message: string): string;
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === "string" ? utf8ToBytes(data) : data;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary);
}

/** `@noble/hashes`: plain JavaScript, synchronous on every runtime. */
export const nobleHashes: Hashes = {
  sha256Hex: (data) => bytesToHex(sha256(bytesOf(data))),
  hmacSha256Hex: (key, message) => bytesToHex(hmac(sha256, bytesOf(key), bytesOf(message))),
  hmacSha1Base64: (key, message) => toBase64(hmac(sha1, utf8ToBytes(key), utf8ToBytes(message))),
};

/** What is used of `node:crypto`, typed here so that no Node type or module reaches a browser build. */
interface PlatformCrypto {
  createHash(algorithm: string): PlatformDigest;
  createHmac(algorithm: string, key: string | Uint8Array): PlatformDigest;
}
interface PlatformDigest {
  update(data: string | Uint8Array): PlatformDigest;
  digest(encoding: "hex" | "base64"): string;
}

/**
 * The runtime's own `node:crypto` (OpenSSL), where it hands it out synchronously: Node from 20.16, Bun and
 * Deno have `process.getBuiltinModule`. Browsers and workerd without it get undefined.
 */
export function platformHashes(): Hashes | undefined {
  let platform: PlatformCrypto | undefined;
  try {
    const runtime = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
    platform = runtime.process?.getBuiltinModule?.("node:crypto") as PlatformCrypto | undefined;
  } catch {
    return undefined;
  }
  if (typeof platform?.createHash !== "function" || typeof platform.createHmac !== "function") {
    return undefined;
  }
  const { createHash, createHmac } = platform;
  return {
    sha256Hex: (data) => createHash("sha256").update(data).digest("hex"),
    hmacSha256Hex: (key, message) => createHmac("sha256", key).update(message).digest("hex"),
    hmacSha1Base64: (key, message) => createHmac("sha1", key).update(message).digest("base64"),
  };
}

// The one place where the signers choose their hashes. @noble/hashes (the well-kept library, issue 12) runs
// everywhere, but in JavaScript: verifying one V3 request (the payload's hash, the canonical request's, the
// HMAC) took about 35 µs of CPU with it against about 5 µs with node:crypto, and S2 (verify mode ≥ 0.5 × the
// same server with auth off) failed at 0.35–0.39 (docs/decisions/0035). The platform's hash is taken
// without a static `node:` import, which would break browser bundles and workerd; both give the same
// answers (hashes.test.ts).
export const hashes: Hashes = platformHashes() ?? nobleHashes;
