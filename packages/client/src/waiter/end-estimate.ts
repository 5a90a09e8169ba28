/** One poll of a running task: when it was read (ms on the waiter's clock) and the whole percent it showed. */
export interface ProgressReading {
  readonly at: number;
  readonly percent: number;
}

/** When a task running at a steady rate reaches 100 %, as a window: no sooner than `earliest`, no later than `latest`. */
export interface EndWindow {
  readonly earliest: number;
  /** `Infinity` when the readings set no lower bound on the rate. */
  readonly latest: number;
}

/**
 * The window in which the task ends if it keeps a steady rate, from readings oldest first; `undefined`
 * when no steady rate fits them (the task slowed, stalled or went back), and the caller should forget
 * the oldest reading and ask again.
 *
 * A reading of `p` % means the true progress was in [p, p + 1) then: ECS rounds down. Each pair of
 * readings therefore bounds the rate from both sides, and the tightest bounds over all pairs give the
 * window: `earliest` at the highest rate, `latest` at the lowest. A reading of 0 % bounds the rate
 * from below only: the task may have been queued then, and started at any time since.
 */
export function estimateEnd(readings: readonly ProgressReading[]): EndWindow | undefined {
  let lowestRate = 0;
  let highestRate = Number.POSITIVE_INFINITY;
  for (let j = 1; j < readings.length; j++) {
    const later = readings[j] as ProgressReading;
    for (let i = 0; i < j; i++) {
      const earlier = readings[i] as ProgressReading;
      const elapsed = later.at - earlier.at;
      if (elapsed <= 0) {
        continue;
      }
      lowestRate = Math.max(lowestRate, (later.percent - earlier.percent - 1) / elapsed);
      if (earlier.percent > 0) {
        highestRate = Math.min(highestRate, (later.percent + 1 - earlier.percent) / elapsed);
      }
    }
  }
  if (lowestRate > highestRate) {
    return undefined;
  }
  const last = readings[readings.length - 1] as ProgressReading;
  const earliest = last.at + Math.max(0, 99 - last.percent) / highestRate;
  const latest =
    lowestRate > 0 ? last.at + Math.max(0, 100 - last.percent) / lowestRate : Number.POSITIVE_INFINITY;
  return { earliest: Math.min(earliest, latest), latest };
}
