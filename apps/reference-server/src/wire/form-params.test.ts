import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forEachFormParam, queryStringOf } from "./form-params.js";

function pairsOf(text: string): [string, string][] {
  const pairs: [string, string][] = [];
  forEachFormParam(text, (name, value) => pairs.push([name, value]));
  return pairs;
}

// Characters that matter to the form-urlencoded parser, plus some that must force the general path.
const pieces = fc.constantFrom(
  "a",
  "B",
  "1",
  "=",
  "&",
  "?",
  "%",
  "%2",
  "%41",
  "%E4%B8%AD",
  "%FF",
  "+",
  " ",
  "-",
  "_",
  ".",
  "~",
  "é",
  "中",
  "\ud800",
  "\u0000",
  "#",
  "/",
  ":",
);

describe("forEachFormParam", () => {
  it("reads what URLSearchParams reads, for any mix of separators, escapes and characters", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(pairsOf(text)).toEqual([...new URLSearchParams(text)]);
      }),
      { numRuns: 2_000, seed: 20261128 },
    );
  });

  it("splits a plain query by hand, keeping order, empty values and repeated names", () => {
    expect(pairsOf("?Action=DescribeTaskAttribute&&TaskId=t-1&Flag&Empty=&TaskId=t-2&a=b=c")).toEqual([
      ["Action", "DescribeTaskAttribute"],
      ["TaskId", "t-1"],
      ["Flag", ""],
      ["Empty", ""],
      ["TaskId", "t-2"],
      ["a", "b=c"],
    ]);
  });
});

describe("queryStringOf", () => {
  it("takes what lies between ? and #", () => {
    expect(queryStringOf("http://h/?a=1&b=2#frag?x")).toBe("a=1&b=2");
    expect(queryStringOf("http://h/path")).toBeUndefined();
    expect(queryStringOf("http://h/?")).toBe("");
  });
});
