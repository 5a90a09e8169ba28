import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { OrderedList } from "./ordered-list.js";
import { TransitionQueue } from "./transition-queue.js";

const ascending = (a: number, b: number) => a - b;

describe("OrderedList", () => {
  it("behaves like a sorted array under random inserts and deletes (many blocks)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6_000 })), {
          minLength: 2_500,
          maxLength: 6_000,
        }),
        (operations) => {
          const list = new OrderedList(ascending);
          const model = new Set<number>();
          for (const [add, key] of operations) {
            if (add && !model.has(key)) {
              list.insert(key);
              model.add(key);
            } else if (!add) {
              expect(list.delete(key)).toBe(model.delete(key));
            }
          }
          const sorted = [...model].sort(ascending);
          expect([...list]).toEqual(sorted);
          expect(list.size).toBe(sorted.length);
          expect(list.slice(17, 33)).toEqual(sorted.slice(17, 50));
          expect(list.countBefore((k) => k < 3_000)).toBe(sorted.filter((k) => k < 3_000).length);
        },
      ),
      { seed: 42, numRuns: 25 },
    );
  });

  it("appends with pushLast and reads past the end safely", () => {
    const list = new OrderedList(ascending);
    for (let i = 0; i < 2_500; i++) {
      list.pushLast(i);
    }
    list.insert(-1);
    expect(list.slice(0, 3)).toEqual([-1, 0, 1]);
    expect(list.slice(2_499, 10)).toEqual([2_498, 2_499]);
    expect(list.slice(5_000, 10)).toEqual([]);
    expect(list.slice(0, 0)).toEqual([]);
    expect(list.countBefore(() => true)).toBe(2_501);
    expect(list.countBefore(() => false)).toBe(0);
    expect(list.delete(99_999)).toBe(false);
    list.clear();
    expect(list.size).toBe(0);
    expect(list.delete(1)).toBe(false);
  });
});

describe("TransitionQueue", () => {
  it("yields due items in time order and keeps later ones", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000 }), { maxLength: 300 }), (times) => {
        const queue = new TransitionQueue<number>();
        times.forEach((t, i) => {
          queue.push(t, i);
        });
        const drained: number[] = [];
        for (let due = queue.popDue(500); due !== undefined; due = queue.popDue(500)) {
          drained.push(due.atMs);
        }
        expect(drained).toEqual(times.filter((t) => t <= 500).sort(ascending));
        expect(queue.size).toBe(times.filter((t) => t > 500).length);
      }),
      { seed: 7, numRuns: 50 },
    );
  });
});
