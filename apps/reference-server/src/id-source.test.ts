import { describe, expect, it } from "vitest";
import { createIdSource } from "./id-source.js";

describe("createIdSource", () => {
  it("makes ids in the real shapes", () => {
    const ids = createIdSource("shape");
    expect(ids.resourceId("t")).toMatch(/^t-[0-9a-z]{20}$/);
    expect(ids.resourceId("m")).toMatch(/^m-[0-9a-z]{20}$/);
    expect(ids.requestId()).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it("replays the same sequence for the same seed and differs for another", () => {
    const draw = (seed: string) => {
      const ids = createIdSource(seed);
      return [ids.resourceId("t"), ids.requestId(), ids.fraction()];
    };
    expect(draw("a")).toEqual(draw("a"));
    expect(draw("a")).not.toEqual(draw("b"));
  });

  it("does not repeat ids within a long run", () => {
    const ids = createIdSource("unique");
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      seen.add(ids.resourceId("t"));
    }
    expect(seen.size).toBe(10_000);
  });

  it("draws fractions in [0, 1) spread over the range", () => {
    const ids = createIdSource("fractions");
    const draws = Array.from({ length: 2_000 }, () => ids.fraction());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const low = draws.filter((d) => d < 0.5).length;
    expect(low).toBeGreaterThan(800);
    expect(low).toBeLessThan(1_200);
  });

  it("seeds itself from the OS when no seed is given", () => {
    expect(createIdSource().resourceId("t")).not.toBe(createIdSource().resourceId("t"));
  });
});
