/**
 * One poll of a running task: the whole percent it showed, and when, as the span from sending the request
 * to reading the answer (ms on the waiter's clock): the server read the task at some instant in it.
 */
export interface ProgressReading {
  readonly sentAt: number;
  readonly receivedAt: number;
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
 * from below only: the task may have been queued then, and started at any time since. Each bound takes
 * the span of a reading that makes it weakest, so a slow answer widens the window instead of breaking it.
 */
export function estimateEnd(readings: readonly ProgressReading[]): EndWindow | undefined {
  let lowestRate = 0;
  let highestRate = Number.POSITIVE_INFINITY;
  for (let j = 1; j < readings.length; j++) {
    const later = readings[j] as ProgressReading;
    for (let i = 0; i < j; i++) {
      const earlier = readings[i] as ProgressReading;
      const longest = later.receivedAt - earlier.sentAt;
      if (longest > 0) {
        lowestRate = Math.max(lowestRate, (later.percent - earlier.percent - 1) / longest);
      }
      const shortest = later.sentAt - earlier.receivedAt;
      if (earlier.percent > 0 && shortest > 0) {
        highestRate = Math.min(highestRate, (later.percent + 1 - earlier.percent) / shortest);
      }
    }
  }
  if (lowestRate > highestRate) {
    return undefined;
  }
  const last = readings[readings.length - 1] as ProgressReading;
  const earliest = last.sentAt + Math.max(0, 99 - last.percent) / highestRate;
  const latest =
    lowestRate > 0
      ? last.receivedAt + Math.max(0, 100 - last.percent) / lowestRate
      : Number.POSITIVE_INFINITY;
  return { earliest: Math.min(earliest, latest), latest };
}
