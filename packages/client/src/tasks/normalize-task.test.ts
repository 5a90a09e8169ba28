import type { DescribeTaskAttributeResponse } from "@ecs-tasks/contract";
import { describe, expect, it } from "vitest";
import { specExample } from "../../test/support/spec-examples.js";
import {
  normalizeTask,
  normalizeTaskPage,
  parseEcsTime,
  parseSupportCancel,
  parseTaskProcess,
} from "./normalize-task.js";

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

describe("normalizeTask and normalizeTaskPage", () => {
  const wire = (): DescribeTaskAttributeResponse & { FieldFromANewerApi: { kept: boolean } } => ({
    ...(specExample("DescribeTaskAttribute", 200, "ProcessingImport") as DescribeTaskAttributeResponse),
    SupportCancel: "true",
    TaskProcess: "35%",
    CreationTime: "2015-11-23T02:13Z",
    FinishedTime: "",
    FieldFromANewerApi: { kept: true },
  });

  it("completes the parsed answer in place: every wire field as sent, in order, unknown ones included, the parsed ones last", () => {
    const answer = wire();
    const task = normalizeTask(answer);
    expect(task).toBe(answer);
    expect(Object.keys(task)).toEqual([...Object.keys(wire()), "progress", "creationDate", "finishedDate"]);
    expect(task).toEqual({
      ...wire(),
      SupportCancel: true,
      progress: 35,
      creationDate: new Date("2015-11-23T02:13:00Z"),
      finishedDate: undefined,
    });
  });

  it("normalizes every task of a page", () => {
    const summary = () =>
      ({
        TaskId: "t-1",
        TaskAction: "ExportImage",
        TaskStatus: "Finished",
        SupportCancel: "false",
        CreationTime: "2015-11-23T02:13Z",
        FinishedTime: "2015-11-23T02:15Z",
      }) as const;
    const page = normalizeTaskPage({
      RequestId: "r",
      RegionId: "cn-hangzhou",
      TotalCount: 1,
      PageNumber: 1,
      PageSize: 10,
      TaskSet: { Task: [summary()] },
    });
    expect(page.TaskSet.Task).toEqual([
      {
        ...summary(),
        SupportCancel: false,
        creationDate: new Date("2015-11-23T02:13:00Z"),
        finishedDate: new Date("2015-11-23T02:15:00Z"),
      },
    ]);
    expect(page.PageSize).toBe(10);
  });
});
