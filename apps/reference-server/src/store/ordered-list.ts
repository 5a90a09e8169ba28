/** Compares two items: negative when `a` comes first. Keys must be unique (a total order). */
export type Order<T> = (a: T, b: T) => number;

// Blocks split past twice this size. A few thousand pointers per block keep splices cheap and the
// block walk for an index short (a million items make about a thousand blocks).
const BLOCK_LOAD = 1_000;

/**
 * A sorted list in blocks (the layout of Python's `sortedcontainers`): insert and delete in about
 * O(√n) without per-item nodes, and positional reads for paging. Used for the store's indexes.
 */
export class OrderedList<T> {
  readonly #order: Order<T>;
  #blocks: T[][] = [];
  #size = 0;

  /** An empty list kept in `order`. */
  constructor(order: Order<T>) {
    this.#order = order;
  }

  /** How many items the list holds. */
  get size(): number {
    return this.#size;
  }

  /** Index of the block that should hold `item`: the last block whose first item is not after it. */
  #blockFor(item: T): number {
    let lo = 0;
    let hi = this.#blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const first = (this.#blocks[mid] as T[])[0] as T;
      if (this.#order(first, item) <= 0) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  #positionIn(block: T[], item: T): number {
    let lo = 0;
    let hi = block.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#order(block[mid] as T, item) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Adds an item at its place in the order. */
  insert(item: T): void {
    this.#size++;
    if (this.#blocks.length === 0) {
      this.#blocks.push([item]);
      return;
    }
    const index = this.#blockFor(item);
    const block = this.#blocks[index] as T[];
    block.splice(this.#positionIn(block, item), 0, item);
    if (block.length > 2 * BLOCK_LOAD) {
      // Copies rather than `splice(BLOCK_LOAD)`: a truncated array keeps a backing store on which
      // V8's front inserts become about twenty times slower.
      this.#blocks[index] = block.slice(0, BLOCK_LOAD);
      this.#blocks.splice(index + 1, 0, block.slice(BLOCK_LOAD));
    }
  }

  /** Removes an item equal (by the order) to `item`; returns whether it was there. */
  delete(item: T): boolean {
    if (this.#blocks.length === 0) {
      return false;
    }
    const index = this.#blockFor(item);
    const block = this.#blocks[index] as T[];
    const position = this.#positionIn(block, item);
    if (position >= block.length || this.#order(block[position] as T, item) !== 0) {
      return false;
    }
    block.splice(position, 1);
    this.#size--;
    if (block.length === 0) {
      this.#blocks.splice(index, 1);
    }
    return true;
  }

  /** Appends an item known to come after every item already in the list (bulk rebuilds). */
  pushLast(item: T): void {
    const last = this.#blocks[this.#blocks.length - 1];
    if (last === undefined || last.length >= BLOCK_LOAD) {
      this.#blocks.push([item]);
    } else {
      last.push(item);
    }
    this.#size++;
  }

  /**
   * The number of leading items for which `isBefore` holds. `isBefore` must be true for a prefix of the
   * list and false after it (for example "created after T" in a newest-first list).
   */
  countBefore(isBefore: (item: T) => boolean): number {
    const blocks = this.#blocks;
    let lo = 0;
    let hi = blocks.length;
    // First block whose first item is not before the boundary; the boundary is inside the block ahead of it.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (isBefore((blocks[mid] as T[])[0] as T)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo === 0) {
      return 0;
    }
    let count = 0;
    for (let i = 0; i < lo - 1; i++) {
      count += (blocks[i] as T[]).length;
    }
    const block = blocks[lo - 1] as T[];
    let a = 0;
    let b = block.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (isBefore(block[mid] as T)) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return count + a;
  }

  /** Up to `count` items starting at position `start`. */
  slice(start: number, count: number): T[] {
    const out: T[] = [];
    if (count <= 0) {
      return out;
    }
    let skip = start;
    for (const block of this.#blocks) {
      if (skip >= block.length) {
        skip -= block.length;
        continue;
      }
      for (let i = skip; i < block.length; i++) {
        out.push(block[i] as T);
        if (out.length === count) {
          return out;
        }
      }
      skip = 0;
    }
    return out;
  }

  /** Every item in order (for rebuilds and tests). */
  *[Symbol.iterator](): IterableIterator<T> {
    for (const block of this.#blocks) {
      yield* block;
    }
  }

  /** Empties the list. */
  clear(): void {
    this.#blocks = [];
    this.#size = 0;
  }
}
