/**
 * The nonces seen within the timestamp window, per AccessKeyId. A request is only accepted while its
 * timestamp is within the window of the server clock, so a nonce need only be remembered until its
 * request's timestamp leaves the window: after that a replay fails on its timestamp. Memory is
 * therefore bounded by the requests of one window, whatever the traffic over time.
 */
export class NonceMemory {
  readonly #windowMs: number;
  // Insertion order is arrival order, so forgetting walks from the oldest.
  readonly #expiries = new Map<string, number>();

  /** Remembers nonces for `windowMs` after their request's timestamp. */
  constructor(windowMs: number) {
    this.#windowMs = windowMs;
  }

  /** How many nonces are remembered now. */
  get size(): number {
    return this.#expiries.size;
  }

  /**
   * Records `nonce` of `accessKeyId`, signed at `timestampMs`; false when it was already used and is
   * still remembered (a replay).
   */
  use(accessKeyId: string, nonce: string, timestampMs: number, nowMs: number): boolean {
    this.forget(nowMs);
    const key = `${accessKeyId}\n${nonce}`;
    const expiry = this.#expiries.get(key);
    if (expiry !== undefined && expiry >= nowMs) {
      return false;
    }
    this.#expiries.delete(key);
    this.#expiries.set(key, timestampMs + this.#windowMs);
    return true;
  }

  /** Drops the nonces whose requests can no longer pass the timestamp check at `nowMs`. */
  forget(nowMs: number): void {
    for (const [key, expiry] of this.#expiries) {
      if (expiry >= nowMs) {
        // Entries behind this one arrived later. The walk may stop early behind a request signed
        // ahead of the clock, but such an entry expires at most two windows after it arrived.
        break;
      }
      this.#expiries.delete(key);
    }
  }

  /** Forgets every nonce (the control API's reset). */
  clear(): void {
    this.#expiries.clear();
  }
}
