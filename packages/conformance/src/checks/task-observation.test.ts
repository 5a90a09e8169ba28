import { describe, expect, test } from "vitest";
import { observationProblems, observe, transitionProblems } from "./task-observation.js";

const running = {
  RequestId: "R",
  TaskId: "t-1",
  RegionId: "cn-hangzhou",
  TaskAction: "ExportImage",
  TaskStatus: "Processing",
  TaskProcess: "40%",
  SupportCancel: true,
  TotalCount: 1,
  SuccessCount: 0,
  FailedCount: 0,
  CreationTime: "2026-11-28T01:00Z",
  FinishedTime: "",
  OperationProgressSet: { OperationProgress: [{ OperationStatus: "Processing" }] },
};
const expected = { taskId: "t-1", taskAction: "ExportImage", regionId: "cn-hangzhou" };
const finished = {
  ...running,
  TaskStatus: "Finished",
  TaskProcess: "100%",
  SuccessCount: 1,
  FinishedTime: "2026-11-28T01:05Z",
};

describe("one observation", () => {
  test("a consistent running or finished task has no problem", () => {
    expect(observationProblems(observe(running), expected)).toEqual([]);
    expect(observationProblems(observe(finished), expected)).toEqual([]);
  });

  test.each([
    [{ TaskId: "t-2" }, "TaskId"],
    [{ TaskAction: "ImportImage" }, "TaskAction"],
    [{ RegionId: "cn-beijing" }, "RegionId"],
    [{ TaskStatus: "Cancelled" }, "not a documented status"],
    [{ TaskProcess: "140%" }, "TaskProcess"],
    [{ SuccessCount: 1, FailedCount: 1 }, "exceed TotalCount"],
    [{ TotalCount: 2, SuccessCount: 0 }, "OperationProgress entries"],
    [{ FinishedTime: "2026-11-28T01:05Z" }, 'must be "" until the task ends'],
    [{ TotalCount: "1" }, "not an integer"],
  ])("%j is reported (%s)", (change, problem) => {
    expect(observationProblems(observe({ ...running, ...change }), expected).join("; ")).toContain(problem);
  });

  test.each([
    [{ TaskProcess: "90%" }, "Finished at TaskProcess 90%"],
    [{ SuccessCount: 0, FailedCount: 1 }, "Finished with SuccessCount 0"],
    [{ FinishedTime: "" }, "Finished without a FinishedTime"],
    [{ FinishedTime: "2026-11-28T00:59Z" }, "before CreationTime"],
  ])("a finished task with %j is reported", (change, problem) => {
    expect(observationProblems(observe({ ...finished, ...change }), expected).join("; ")).toContain(problem);
  });
});

describe("two observations", () => {
  test("moving forward is fine", () => {
    expect(transitionProblems(observe(running), observe(finished))).toEqual([]);
    expect(transitionProblems(observe(finished), observe(finished))).toEqual([]);
  });

  test.each([
    [running, { ...running, TaskProcess: "30%" }, "TaskProcess went back"],
    [finished, running, "TaskStatus went back"],
    [
      finished,
      { ...finished, TaskStatus: "Failed", FailedCount: 1, SuccessCount: 0 },
      "after the task had ended",
    ],
    [running, { ...running, CreationTime: "2026-11-28T01:01Z" }, "CreationTime changed"],
    [finished, { ...finished, FinishedTime: "2026-11-28T01:06Z" }, "FinishedTime changed"],
    [
      { ...running, SuccessCount: 1, TotalCount: 2 },
      { ...running, SuccessCount: 0, TotalCount: 2 },
      "SuccessCount went back",
    ],
  ])("%#: a step backwards is reported", (before, after, problem) => {
    expect(transitionProblems(observe(before), observe(after)).join("; ")).toContain(problem);
  });
});
