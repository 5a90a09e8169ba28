import { describe, expect, it } from "vitest";
import { parseEcsTime, parseSupportCancel, parseTaskProcess } from "./normalize-task.js";

describe("parseSupportCancel", () => {
  it.each([
    [true, true],
    [false, false],
    ["true", true],
    ["True", true],
    ["false", false],
    ["", false],
    [undefined, false],
  ])("reads %j as %j", (value, expected) => {
    expect(parseSupportCancel(value)).toBe(expected);
  });
});

describe("parseTaskProcess", () => {
  it.each([
    ["100%", 100],
    ["35%", 35],
    ["0%", 0],
    ["12.5%", 12.5],
    ["", 0],
    ["n/a", 0],
    [undefined, 0],
  ])("reads %j as %j", (value, expected) => {
    expect(parseTaskProcess(value)).toBe(expected);
  });
});

describe("parseEcsTime", () => {
  it("parses minute precision and seconds alike, as UTC", () => {
    expect(parseEcsTime("2015-11-23T02:13Z")?.toISOString()).toBe("2015-11-23T02:13:00.000Z");
    expect(parseEcsTime("2020-11-23T15:10:09Z")?.toISOString()).toBe("2020-11-23T15:10:09.000Z");
  });

  it("gives undefined for the empty string of a running task and for garbage", () => {
    expect(parseEcsTime("")).toBeUndefined();
    expect(parseEcsTime(undefined)).toBeUndefined();
    expect(parseEcsTime("yesterday")).toBeUndefined();
  });
});
