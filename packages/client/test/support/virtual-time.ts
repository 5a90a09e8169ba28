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

/** A timeout signal that never aborts, so that a test's virtual time cannot time an attempt out. */
export const neverTimesOut = (_ms: number): AbortSignal => new AbortController().signal;

/** A timeout signal that aborts as soon as the event loop turns, for tests about timeouts. */
export const timesOutAtOnce = (_ms: number): AbortSignal => AbortSignal.timeout(0);

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
