/**
 * A min-heap of (time, item) pairs: the moments at which a task's status will change. The store drains
 * it up to the query time, which replaces a timer per task. Times and items sit in two parallel arrays
 * so that a million entries cost two arrays, not a million objects.
 */
export class TransitionQueue<T> {
  #times: number[] = [];
  #items: T[] = [];

  /** How many transitions are queued. */
  get size(): number {
    return this.#times.length;
  }

  /** Queues `item` to be looked at again at `atMs`. */
  push(atMs: number, item: T): void {
    const times = this.#times;
    const items = this.#items;
    let i = times.length;
    times.push(atMs);
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentTime = times[parent] as number;
      if (parentTime <= atMs) {
        break;
      }
      times[i] = parentTime;
      items[i] = items[parent] as T;
      i = parent;
    }
    times[i] = atMs;
    items[i] = item;
  }

  /** Removes and returns the earliest item whose time is at or before `nowMs`, or undefined. */
  popDue(nowMs: number): { atMs: number; item: T } | undefined {
    const times = this.#times;
    const items = this.#items;
    if (times.length === 0 || (times[0] as number) > nowMs) {
      return undefined;
    }
    const top = { atMs: times[0] as number, item: items[0] as T };
    const lastTime = times.pop() as number;
    const lastItem = items.pop() as T;
    const n = times.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) {
          break;
        }
        const right = left + 1;
        const child = right < n && (times[right] as number) < (times[left] as number) ? right : left;
        if ((times[child] as number) >= lastTime) {
          break;
        }
        times[i] = times[child] as number;
        items[i] = items[child] as T;
        i = child;
      }
      times[i] = lastTime;
      items[i] = lastItem;
    }
    return top;
  }

  /** Drops everything. */
  clear(): void {
    this.#times = [];
    this.#items = [];
  }
}
