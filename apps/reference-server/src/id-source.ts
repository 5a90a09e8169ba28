/** Makes identifiers in the shapes ECS uses. Seeded sources repeat the same sequence, so tests are deterministic. */
export interface IdSource {
  /** A resource id: `prefix` + `-` + 20 lowercase alphanumerics, e.g. `t-bp1hvgwromzv32iq7k2x`. */
  resourceId(prefix: string): string;
  /** A request id in the upper-case UUID shape ECS returns, e.g. `473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E`. */
  requestId(): string;
  /** A float in [0, 1), for decisions that must replay under a seed (fault probabilities). */
  fraction(): number;
}

const ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyz";
const HEX = "0123456789ABCDEF";

/**
 * sfc32: small, fast and good enough for ids and fault draws; not for secrets.
 * The seed string is folded into four 32-bit words with a simple FNV-style hash.
 */
function sfc32FromSeed(seed: string): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = 0x85a308d3;
  for (let i = 0; i < seed.length; i++) {
    const code = seed.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ a, 0x5bd1e995);
    c = Math.imul(c ^ b, 0x01000193);
    d = Math.imul(d ^ c, 0x5bd1e995);
  }
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that similar seeds diverge before the first id.
  for (let i = 0; i < 12; i++) {
    next();
  }
  return next;
}

/** An id source; with a `seed` it replays the same ids, without one it is seeded from the OS. */
export function createIdSource(seed?: string): IdSource {
  const next = sfc32FromSeed(seed ?? crypto.randomUUID());
  return {
    // Built from char codes in one go: appending character by character leaves a chain of rope nodes
    // that costs about 350 bytes per id, ten times the flat string, and a million tasks keep their ids.
    resourceId(prefix) {
      const codes: number[] = [];
      for (let i = 0; i < prefix.length; i++) {
        codes.push(prefix.charCodeAt(i));
      }
      codes.push(45);
      for (let i = 0; i < 20; i++) {
        codes.push(ALPHANUMERIC.charCodeAt(next() % 36));
      }
      return String.fromCharCode(...codes);
    },
    requestId() {
      const codes: number[] = [];
      for (let i = 0; i < 32; i++) {
        if (i === 8 || i === 12 || i === 16 || i === 20) {
          codes.push(45);
        }
        codes.push(HEX.charCodeAt(next() & 15));
      }
      return String.fromCharCode(...codes);
    },
    fraction() {
      return next() / 4_294_967_296;
    },
  };
}
