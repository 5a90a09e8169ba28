import { describe, expect, it } from "vitest";
import { canonicalizeParameters, percentEncode } from "./percent-encode.js";

describe("percentEncode", () => {
  // The table in the research notes (alibaba-ecs-task-api.md §8.3).
  it.each([
    ["a b", "a%20b"],
    ["a*b", "a%2Ab"],
    ["a~b", "a~b"],
    ["a/b", "a%2Fb"],
    ["a+b", "a%2Bb"],
    ["中文", "%E4%B8%AD%E6%96%87"],
    ["a=b&c", "a%3Db%26c"],
    ["(x)!'", "%28x%29%21%27"],
    ["AZaz09-_.~", "AZaz09-_.~"],
    ["2016-02-23T12:46:24Z", "2016-02-23T12%3A46%3A24Z"],
  ])("encodes %j as %j", (input, expected) => {
    expect(percentEncode(input)).toBe(expected);
  });

  it("leaves exactly A-Z a-z 0-9 - _ . ~ bare among all ASCII characters, wherever they stand", () => {
    const unreserved = /[A-Za-z0-9\-_.~]/;
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      const expected = unreserved.test(char) ? char : `%${code.toString(16).toUpperCase().padStart(2, "0")}`;
      expect(percentEncode(char), `code ${code}`).toBe(expected);
      expect(percentEncode(`ab${char}`), `code ${code} last`).toBe(`ab${expected}`);
      expect(percentEncode(`${char}ab`), `code ${code} first`).toBe(`${expected}ab`);
    }
  });
});

describe("canonicalizeParameters", () => {
  it("sorts by name and encodes names and values", () => {
    expect(
      canonicalizeParameters([
        ["TaskId", "t-1 *"],
        ["RegionId", "cn-hangzhou"],
        ["ResourceIds.2", "r/2"],
        ["ResourceIds.1", "r-1"],
      ]),
    ).toBe("RegionId=cn-hangzhou&ResourceIds.1=r-1&ResourceIds.2=r%2F2&TaskId=t-1%20%2A");
  });

  it("gives the empty string for no parameters", () => {
    expect(canonicalizeParameters([])).toBe("");
  });
});
