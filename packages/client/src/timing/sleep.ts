/** Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. Injected in tests. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Reads the current time in milliseconds since the epoch. Injected in tests. */
export type Clock = () => number;

/** The real sleep: a timer that is cleared when the signal aborts, so nothing is left running. */
export const realSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
