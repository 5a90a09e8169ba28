import type { Clock, Sleep } from "../../src/timing/sleep.js";

/** A clock and a sleep that never really wait: each sleep advances the clock and is recorded. */
export interface VirtualTime {
  clock: Clock;
  sleep: Sleep;
  /** Every sleep that completed, in milliseconds, in order. */
  slept: number[];
  /** Moves the clock forward without a sleep (time passing during a call). */
  advance(ms: number): void;
}

/** A timeout timer that never fires: it only ends, rejecting, when its signal aborts. */
export const neverFires: Sleep = (_ms, signal) =>
  new Promise<void>((_resolve, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

/** A timeout timer that fires at once, for tests about timeouts. */
export const firesAtOnce: Sleep = async () => {};

/** Builds virtual time: a clock that only sleeps move, and a sleep that records and returns at once. */
export function virtualTime(options: { start?: number } = {}): VirtualTime {
  let now = options.start ?? Date.UTC(2026, 0, 1);
  const slept: number[] = [];
  const sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      now += ms;
      slept.push(ms);
      resolve();
    });
  return {
    clock: () => now,
    sleep,
    slept,
    advance(ms) {
      now += ms;
    },
  };
}
