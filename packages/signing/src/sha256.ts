// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104) in plain JavaScript, synchronous. Web Crypto's
// digest and sign each cost a round trip through a thread pool (in Node) or the browser's crypto
// task queue, which made a V3 signature take 100-300 µs for a few hundred bytes of hashing; this
// takes a few µs and runs the same in every runtime (docs/decisions/0019).

// The constants are the first 32 bits of the fractional parts of the square roots (initial state)
// and cube roots (round constants) of the first primes, computed here rather than written out:
// written out they would cost 0.6 kB of the client's 8 kB bundle budget. Every one of them lies at
// least 0.005 away from a truncation boundary once scaled by 2^32, while a root off by one ulp moves
// it by 2^-18, so any runtime's Math.sqrt and Math.cbrt give the standard's exact values.
const ROUND_CONSTANTS = new Int32Array(64);
const INITIAL_STATE = new Int32Array(8);
for (let found = 0, candidate = 2; found < 64; candidate++) {
  let prime = true;
  for (let divisor = 2; divisor * divisor <= candidate; divisor++) {
    prime &&= candidate % divisor !== 0;
  }
  if (prime) {
    const fraction = (root: number) => (root - Math.floor(root)) * 0x100000000;
    if (found < 8) {
      INITIAL_STATE[found] = fraction(Math.sqrt(candidate));
    }
    ROUND_CONSTANTS[found++] = fraction(Math.cbrt(candidate));
  }
}

const BLOCK_BYTES = 64;
const encoder = new TextEncoder();
// The message schedule, reused by every block: hashing is synchronous, so no two calls interleave.
const schedule = new Int32Array(64);

/** Runs the compression function over whole 64-byte blocks of `bytes`, updating `state` in place. */
function compressBlocks(state: Int32Array, bytes: Uint8Array, blockCount: number): void {
  const w = schedule;
  let h0 = state[0] as number;
  let h1 = state[1] as number;
  let h2 = state[2] as number;
  let h3 = state[3] as number;
  let h4 = state[4] as number;
  let h5 = state[5] as number;
  let h6 = state[6] as number;
  let h7 = state[7] as number;
  for (let block = 0, offset = 0; block < blockCount; block++, offset += BLOCK_BYTES) {
    for (let i = 0; i < 16; i++) {
      const at = offset + i * 4;
      w[i] =
        ((bytes[at] as number) << 24) |
        ((bytes[at + 1] as number) << 16) |
        ((bytes[at + 2] as number) << 8) |
        (bytes[at + 3] as number);
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] as number;
      const y = w[i - 2] as number;
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0;
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let i = 0; i < 64; i++) {
      const sigma1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (h + sigma1 + ((e & f) ^ (~e & g)) + (ROUND_CONSTANTS[i] as number) + (w[i] as number)) | 0;
      const sigma0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (sigma0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  state[0] = h0;
  state[1] = h1;
  state[2] = h2;
  state[3] = h3;
  state[4] = h4;
  state[5] = h5;
  state[6] = h6;
  state[7] = h7;
}

/**
 * Finishes a hash whose state has already absorbed `prefixBytes` bytes (0, or one HMAC pad block):
 * absorbs `message`, pads, and returns the 32-byte digest.
 */
function finish(startState: Int32Array, prefixBytes: number, message: Uint8Array): Uint8Array {
  const state = startState.slice();
  const fullBlocks = Math.floor(message.length / BLOCK_BYTES);
  compressBlocks(state, message, fullBlocks);
  const rest = message.length - fullBlocks * BLOCK_BYTES;
  // The tail, a 0x80 byte and the 64-bit bit length fit in one block, or spill into a second.
  const tail = new Uint8Array(rest < 56 ? BLOCK_BYTES : 2 * BLOCK_BYTES);
  tail.set(message.subarray(fullBlocks * BLOCK_BYTES));
  tail[rest] = 0x80;
  const bits = (prefixBytes + message.length) * 8;
  const end = tail.length;
  const high = Math.floor(bits / 0x100000000);
  for (let i = 1; i <= 4; i++) {
    tail[end - i] = bits >>> (8 * (i - 1));
    tail[end - 4 - i] = high >>> (8 * (i - 1));
  }
  compressBlocks(state, tail, end / BLOCK_BYTES);
  const digest = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    digest[i] = (state[i >> 2] as number) >>> (24 - 8 * (i & 3));
  }
  return digest;
}

/** SHA-256 of raw bytes. */
export function sha256(message: Uint8Array): Uint8Array {
  return finish(INITIAL_STATE, 0, message);
}

/** The states after absorbing the inner and outer HMAC pad blocks, which depend on the key alone. */
interface HmacKeyState {
  inner: Int32Array;
  outer: Int32Array;
}

function hmacKeyState(key: Uint8Array): HmacKeyState {
  const block = new Uint8Array(BLOCK_BYTES);
  block.set(key.length > BLOCK_BYTES ? sha256(key) : key);
  const inner = INITIAL_STATE.slice();
  const outer = INITIAL_STATE.slice();
  for (let i = 0; i < BLOCK_BYTES; i++) {
    block[i] = (block[i] as number) ^ 0x36;
  }
  compressBlocks(inner, block, 1);
  for (let i = 0; i < BLOCK_BYTES; i++) {
    // Undoes the inner pad and applies the outer one in a single XOR (0x36 ^ 0x5c).
    block[i] = (block[i] as number) ^ 0x6a;
  }
  compressBlocks(outer, block, 1);
  return { inner, outer };
}

// A client signs with one secret for its whole life, so the pad blocks are hashed once per secret.
const keyStates = new Map<string, HmacKeyState>();
const KEY_STATE_LIMIT = 32;

/** HMAC-SHA256 of a UTF-8 message with a UTF-8 key. */
export function hmacSha256(secret: string, message: string): Uint8Array {
  let key = keyStates.get(secret);
  if (key === undefined) {
    if (keyStates.size >= KEY_STATE_LIMIT) {
      keyStates.clear();
    }
    key = hmacKeyState(encoder.encode(secret));
    keyStates.set(secret, key);
  }
  const innerDigest = finish(key.inner, BLOCK_BYTES, encoder.encode(message));
  return finish(key.outer, BLOCK_BYTES, innerDigest);
}
