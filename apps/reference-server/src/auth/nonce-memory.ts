/** What became of a nonce: remembered now, already used (a replay), or refused because its key's memory is full. */
export type NonceUse = "fresh" | "replayed" | "full";

/**
 * The nonces seen within the timestamp window, per AccessKeyId. A request is only accepted while its
 * timestamp is within the window of the server clock, so a nonce need only be remembered until its
 * request's timestamp leaves the window: after that a replay fails on its timestamp. Memory is
 * therefore bounded by the requests of one window, and by a hard cap per key: a key that signs more
 * requests than that within one window has the next ones refused until the oldest nonces leave it,
 * rather than the memory growing with its traffic.
 */
export class NonceMemory {
  readonly #windowMs: number;
  readonly #maxPerKey: number;
  // Per key, insertion order is arrival order, so forgetting walks from the oldest.
  readonly #byKey = new Map<string, Map<string, number>>();
  #size = 0;

  /** Remembers nonces for `windowMs` after their request's timestamp, at most `maxPerKey` per AccessKeyId. */
  constructor(windowMs: number, maxPerKey = Number.POSITIVE_INFINITY) {
    this.#windowMs = windowMs;
    this.#maxPerKey = maxPerKey;
  }

  /** How many nonces are remembered now, every key together. */
  get size(): number {
    return this.#size;
  }

  /**
   * Records `nonce` of `accessKeyId`, signed at `timestampMs`: `replayed` when it was already used and is
   * still remembered, `full` when the key already has as many nonces as allowed (nothing is recorded).
   */
  use(accessKeyId: string, nonce: string, timestampMs: number, nowMs: number): NonceUse {
    this.forget(nowMs);
    let expiries = this.#byKey.get(accessKeyId);
    const expiry = expiries?.get(nonce);
    if (expiry !== undefined && expiry >= nowMs) {
      return "replayed";
    }
    if (expiries === undefined) {
      expiries = new Map();
      this.#byKey.set(accessKeyId, expiries);
    }
    if (expiry !== undefined) {
      expiries.delete(nonce);
      this.#size--;
    }
    if (expiries.size >= this.#maxPerKey) {
      return "full";
    }
    expiries.set(nonce, timestampMs + this.#windowMs);
    this.#size++;
    return "fresh";
  }

  /** How long until `accessKeyId` has room for a nonce again, at the latest (0 when it has room). */
  retryAfterMs(accessKeyId: string, nowMs: number): number {
    const expiries = this.#byKey.get(accessKeyId);
    if (expiries === undefined || expiries.size < this.#maxPerKey) {
      return 0;
    }
    // Arrival order is nearly expiry order: the oldest entry frees its place first, but for clock skew.
    const earliest = expiries.values().next().value ?? nowMs;
    return Math.max(0, earliest - nowMs + 1);
  }

  /** Drops the nonces whose requests can no longer pass the timestamp check at `nowMs`. */
  forget(nowMs: number): void {
    for (const [accessKeyId, expiries] of this.#byKey) {
      for (const [nonce, expiry] of expiries) {
        if (expiry >= nowMs) {
          // Entries behind this one arrived later. The walk may stop early behind a request signed
          // ahead of the clock, but such an entry expires at most two windows after it arrived.
          break;
        }
        expiries.delete(nonce);
        this.#size--;
      }
      if (expiries.size === 0) {
        this.#byKey.delete(accessKeyId);
      }
    }
  }

  /** Forgets every nonce (the control API's reset). */
  clear(): void {
    this.#byKey.clear();
    this.#size = 0;
  }
}
