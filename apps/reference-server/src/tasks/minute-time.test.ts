import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMinuteTime, parseTimeFilter } from "./minute-time.js";

describe("formatMinuteTime", () => {
  it("drops seconds and keeps UTC", () => {
    expect(formatMinuteTime(Date.UTC(2015, 10, 23, 2, 13, 59, 999))).toBe("2015-11-23T02:13Z");
    expect(formatMinuteTime(0)).toBe("1970-01-01T00:00Z");
    expect(formatMinuteTime(Date.UTC(2000, 1, 29, 23, 59))).toBe("2000-02-29T23:59Z");
    expect(formatMinuteTime(Date.UTC(9999, 11, 31, 23, 59, 59, 999))).toBe("9999-12-31T23:59Z");
  });

  it("agrees with Date's ISO form over the whole supported range", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        expect(formatMinuteTime(ms)).toBe(`${new Date(ms).toISOString().slice(0, 16)}Z`);
      }),
      { seed: 1_440, numRuns: 5_000 },
    );
  });
});

describe("parseTimeFilter", () => {
  it("reads the documented second-precision form and the minute form", () => {
    expect(parseTimeFilter("2020-11-23T15:10:07Z")).toBe(Date.UTC(2020, 10, 23, 15, 10, 7));
    expect(parseTimeFilter("2020-11-23T15:10Z")).toBe(Date.UTC(2020, 10, 23, 15, 10));
  });

  it.each([
    "",
    "2020-11-23",
    "2020-11-23T15:10:00",
    "2020-11-23 15:10:00Z",
    "2020-02-31T00:00Z",
    "2020-11-23T24:00Z",
    "2020-11-23T23:60Z",
    "2020-11-23T23:59:60Z",
    "yesterday",
  ])("rejects %j", (text) => {
    expect(parseTimeFilter(text)).toBeUndefined();
  });
});
