import { describe, expect, it } from "vitest";
import { isPlainPath, pathOfTarget } from "./plain-path.js";

describe("pathOfTarget", () => {
  it("takes the path of an origin-form or absolute-form target, without its query", () => {
    expect(pathOfTarget("/?Action=DescribeRegions")).toBe("/");
    expect(pathOfTarget("/_reference/reset")).toBe("/_reference/reset");
    expect(pathOfTarget("/%2e%2e/_reference/reset?x=/../")).toBe("/%2e%2e/_reference/reset");
    expect(pathOfTarget("http://127.0.0.1:8080/_reference/clock?x")).toBe("/_reference/clock");
    expect(pathOfTarget("HTTP://host")).toBe("/");
    expect(pathOfTarget("http://host?x")).toBe("/");
  });
});

describe("isPlainPath", () => {
  it("lets through every path the server routes", () => {
    for (const path of [
      "/",
      "/docs",
      "/openapi.yaml",
      "/_reference",
      "/_reference/",
      "/_reference/faults/fault-1",
      "/_reference/faults/a%20b",
      "/_reference/faults/%C3%A9",
      "/.well-known",
      "/a..b/c.",
    ]) {
      expect(isPlainPath(path), path).toBe(true);
    }
  });

  it("refuses every other spelling of a path", () => {
    for (const path of [
      "/%2e%2e/_reference/reset",
      "/%2E%2E/_reference/reset",
      "/./_reference/reset",
      "/../_reference/reset",
      "/_reference/..",
      "/_reference/.",
      "//_reference/reset",
      "/_reference//reset",
      "/_reference/%2e%2e/_reference/reset",
      "/_reference%2Freset",
      "/_reference%2freset",
      "/_reference%5Creset",
      "/_reference\\reset",
      "/\\_reference/reset",
      "/_r%65ference/reset",
      "/_reference/reset%2e",
      "/_reference/reset#",
      "/_reference/%zz",
      "/_reference/%2",
      "_reference/reset",
      "",
    ]) {
      expect(isPlainPath(path), path).toBe(false);
    }
  });
});
