import { bytesToHex } from "@noble/hashes/utils.js";

/** An AccessKey pair, with the security token when it comes from STS. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string | undefined;
}

/** What makes each signature unique: when it was made, and a value used once. */
export interface SigningStamp {
  /** Signing time; the request's date. */
  date: Date;
  /** A value used once, fresh for every attempt. */
  nonce: string;
}

/** Formats a date as the signers want it: `YYYY-MM-DDThh:mm:ssZ`, UTC, no milliseconds. */
export function formatSigningDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

const NONCE_BYTES = 16;
// Each getRandomValues call costs a few µs whatever its size, about as much as hashing a whole V3
// request, so random bytes are drawn for 256 nonces at a time and each byte is used once.
let randomPool = new Uint8Array(0);
let randomPoolOffset = 0;

/** A random nonce: 32 lower-case hex characters, as the official SDK sends. */
export function createNonce(): string {
  if (randomPoolOffset + NONCE_BYTES > randomPool.length) {
    randomPool = crypto.getRandomValues(new Uint8Array(NONCE_BYTES * 256));
    randomPoolOffset = 0;
  }
  const nonce = bytesToHex(randomPool.subarray(randomPoolOffset, randomPoolOffset + NONCE_BYTES));
  randomPoolOffset += NONCE_BYTES;
  return nonce;
}
