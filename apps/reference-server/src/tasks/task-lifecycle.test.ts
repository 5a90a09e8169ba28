import { describe, expect, it } from "vitest";
import {
  isCancellable,
  nextStatusChangeAt,
  statusOfPhase,
  taskPhaseAt,
  taskStatusAt,
  viewTask,
} from "./task-lifecycle.js";
import { DISK_DETAILS, FINISH, type TaskRecord } from "./task-record.js";

const T0 = Date.UTC(2026, 0, 2, 3, 4, 0);

function exportTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    accountId: "acc",
    regionId: "cn-hangzhou",
    taskId: "t-aaaaaaaaaaaaaaaaaaaa",
    taskAction: "ExportImage",
    resourceId: "m-bbbbbbbbbbbbbbbbbbbb",
    details: { kind: "export", ossBucket: "bucket", ossPrefix: "PRE", imageFormat: "vhd" },
    createdAtMs: T0,
    queuedMs: 2_000,
    durationMs: 100_000,
    fate: FINISH,
    cancelledAtMs: null,
    ...overrides,
  };
}

describe("viewTask", () => {
  it("waits in the queue, then rises in whole percents, then finishes", () => {
    const task = exportTask();
    expect(viewTask(task, T0)).toMatchObject({
      taskStatus: "Processing",
      phase: "Waiting",
      taskProcess: 0,
      supportCancel: true,
      successCount: 0,
      finishedTime: "",
    });
    expect(viewTask(task, T0).operations.map((o) => o.operationStatus)).toEqual(["Processing"]);
    expect(viewTask(task, T0 + 2_000)).toMatchObject({ taskStatus: "Processing", taskProcess: 0 });
    expect(viewTask(task, T0 + 2_000 + 35_999)).toMatchObject({ taskStatus: "Processing", taskProcess: 35 });
    expect(viewTask(task, T0 + 2_000 + 99_999)).toMatchObject({ taskStatus: "Processing", taskProcess: 99 });
    const done = viewTask(task, T0 + 102_000);
    expect(done).toEqual({
      taskStatus: "Finished",
      phase: "Finished",
      taskProcess: 100,
      supportCancel: false,
      totalCount: 1,
      successCount: 1,
      failedCount: 0,
      creationTime: "2026-01-02T03:04Z",
      finishedTime: "2026-01-02T03:05Z",
      operations: [
        {
          operationStatus: "Success",
          errorCode: "",
          errorMsg: "",
          relatedItems: [
            { name: "OSSBucket", value: "bucket" },
            { name: "OSSObject", value: "PRE_m-bbbbbbbbbbbbbbbbbbbb_t-aaaaaaaaaaaaaaaaaaaa.vhd" },
            { name: "ImageFormat", value: "vhd" },
          ],
        },
      ],
    });
    expect(viewTask(task, T0 + 10_000_000)).toEqual(done);
  });

  it("never lets progress fall while the clock moves forward", () => {
    const task = exportTask({ durationMs: 7_777 });
    let last = -1;
    for (let t = T0; t <= T0 + 12_000; t += 97) {
      const { taskProcess } = viewTask(task, t);
      expect(taskProcess).toBeGreaterThanOrEqual(last);
      last = taskProcess;
    }
    expect(last).toBe(100);
  });

  it("fails at the scripted percentage with the scripted error", () => {
    const task = exportTask({
      fate: { outcome: "fail", atPercent: 40, errorCode: "ExportImageFailed", errorMessage: "boom" },
    });
    expect(viewTask(task, T0 + 2_000 + 39_999)).toMatchObject({ taskStatus: "Processing", taskProcess: 39 });
    expect(viewTask(task, T0 + 2_000 + 40_000)).toMatchObject({
      taskStatus: "Failed",
      taskProcess: 40,
      supportCancel: false,
      totalCount: 1,
      successCount: 0,
      failedCount: 1,
      finishedTime: "2026-01-02T03:04Z",
      operations: [{ operationStatus: "Failed", errorCode: "ExportImageFailed", errorMsg: "boom" }],
    });
  });

  it("counts subtasks consistently for a multi-disk import that fails late", () => {
    const task = exportTask({
      taskAction: "ImportImage",
      resourceId: "m-cccccccccccccccccccc",
      details: {
        kind: "import",
        disks: [
          { ossBucket: "b", ossObject: "sys.vhd" },
          { ossBucket: "b", ossObject: "data1.vhd" },
          { ossBucket: "b", ossObject: "data2.vhd" },
          { ossBucket: "b", ossObject: "data3.vhd" },
        ],
      },
      fate: { outcome: "fail", atPercent: 100, errorCode: "ImportImageFailed", errorMessage: "x" },
    });
    const midway = viewTask(task, T0 + 2_000 + 50_000);
    expect(midway).toMatchObject({
      taskStatus: "Processing",
      totalCount: 4,
      successCount: 2,
      failedCount: 0,
    });
    expect(midway.operations.map((o) => o.operationStatus)).toEqual([
      "Success",
      "Success",
      "Processing",
      "Processing",
    ]);
    const failed = viewTask(task, T0 + 102_000);
    expect(failed).toMatchObject({ taskStatus: "Failed", successCount: 3, failedCount: 1 });
    expect(failed.operations.map((o) => o.operationStatus)).toEqual([
      "Success",
      "Success",
      "Success",
      "Failed",
    ]);
    expect(failed.operations[3]?.relatedItems).toEqual([
      { name: "ImageId", value: "m-cccccccccccccccccccc" },
      { name: "OSSBucket", value: "b" },
      { name: "OSSObject", value: "data3.vhd" },
    ]);
    expect(
      viewTask(exportTask({ taskAction: "ModifyDiskSpec", resourceId: "d-9", details: DISK_DETAILS }), T0)
        .operations[0]?.relatedItems,
    ).toEqual([{ name: "DiskId", value: "d-9" }]);
  });

  it("pauses at the scripted percentage and stays there without ending", () => {
    const task = exportTask({ fate: { outcome: "pause", atPercent: 60 } });
    const paused = viewTask(task, T0 + 500_000);
    expect(paused).toMatchObject({
      taskStatus: "Processing",
      phase: "Paused",
      taskProcess: 60,
      supportCancel: false,
      finishedTime: "",
    });
  });

  it("is Failed (phase Deleted) after a cancel, with progress and finish time frozen at the cancel", () => {
    const cancelledAt = T0 + 2_000 + 25_000 + 60_000;
    const task = exportTask({ durationMs: 1_000_000, cancelledAtMs: cancelledAt });
    expect(viewTask(task, cancelledAt - 1)).toMatchObject({ taskStatus: "Processing", supportCancel: true });
    const deleted = viewTask(task, cancelledAt + 5_000_000);
    expect(deleted).toMatchObject({
      taskStatus: "Failed",
      phase: "Deleted",
      taskProcess: 8,
      supportCancel: false,
      successCount: 0,
      failedCount: 1,
      finishedTime: "2026-01-02T03:05Z",
    });
    expect(deleted.operations).toMatchObject([
      { operationStatus: "Failed", errorCode: "TaskCancelled", errorMsg: "The task was cancelled." },
    ]);
  });

  it("finishes instantly after the queue when the duration is zero", () => {
    expect(viewTask(exportTask({ durationMs: 0, queuedMs: 0 }), T0)).toMatchObject({
      taskStatus: "Finished",
      taskProcess: 100,
    });
  });

  it("reads as Waiting before its own creation when the clock was set back", () => {
    expect(viewTask(exportTask(), T0 - 60_000)).toMatchObject({
      taskStatus: "Processing",
      phase: "Waiting",
      taskProcess: 0,
    });
  });
});

describe("isCancellable", () => {
  it("allows only running image tasks", () => {
    const image = exportTask();
    const disk = exportTask({ taskAction: "ModifyDiskSpec", resourceId: "d-1", details: DISK_DETAILS });
    expect(isCancellable(image, "Waiting")).toBe(true);
    expect(isCancellable(image, "Processing")).toBe(true);
    expect(isCancellable(image, "Paused")).toBe(false);
    expect(isCancellable(image, "Finished")).toBe(false);
    expect(isCancellable(disk, "Processing")).toBe(false);
  });
});

describe("nextStatusChangeAt", () => {
  it("names each boundary in turn, then nothing", () => {
    const task = exportTask();
    expect(nextStatusChangeAt(task, T0)).toBe(T0 + 2_000);
    expect(nextStatusChangeAt(task, T0 + 2_000)).toBe(T0 + 102_000);
    expect(nextStatusChangeAt(task, T0 + 102_000)).toBeNull();
  });

  it("stops at a cancellation", () => {
    const task = exportTask({ cancelledAtMs: T0 + 50_000 });
    expect(nextStatusChangeAt(task, T0 + 10_000)).toBe(T0 + 50_000);
    expect(nextStatusChangeAt(task, T0 + 50_000)).toBeNull();
  });

  it("agrees with taskPhaseAt: the phase is constant between boundaries", () => {
    const tasks = [
      exportTask(),
      exportTask({ fate: { outcome: "fail", atPercent: 13, errorCode: "E", errorMessage: "m" } }),
      exportTask({ fate: { outcome: "pause", atPercent: 0 } }),
      exportTask({ cancelledAtMs: T0 + 1_000 }),
      exportTask({ cancelledAtMs: T0 + 30_000, queuedMs: 0 }),
    ];
    for (const task of tasks) {
      let t = T0 - 5_000;
      for (let hops = 0; hops < 5; hops++) {
        const next = nextStatusChangeAt(task, t);
        const status = taskPhaseAt(task, t);
        const probeEnd = next ?? t + 1_000_000;
        for (let probe = t; probe < probeEnd; probe += Math.max(1, Math.floor((probeEnd - t) / 17))) {
          expect(taskPhaseAt(task, probe)).toBe(status);
        }
        if (next === null) {
          break;
        }
        expect(taskPhaseAt(task, next)).not.toBe(status);
        t = next;
      }
    }
  });
});

describe("statusOfPhase", () => {
  it("answers only the documented statuses: queued and paused are Processing, cancelled is Failed", () => {
    expect(statusOfPhase("Waiting")).toBe("Processing");
    expect(statusOfPhase("Processing")).toBe("Processing");
    expect(statusOfPhase("Paused")).toBe("Processing");
    expect(statusOfPhase("Finished")).toBe("Finished");
    expect(statusOfPhase("Failed")).toBe("Failed");
    expect(statusOfPhase("Deleted")).toBe("Failed");
  });

  it("is what taskStatusAt answers at every phase of a task's life", () => {
    const cancelled = exportTask({ cancelledAtMs: T0 + 30_000 });
    for (const t of [T0 - 1, T0, T0 + 2_000, T0 + 29_999, T0 + 30_000, T0 + 500_000]) {
      expect(taskStatusAt(cancelled, t)).toBe(statusOfPhase(taskPhaseAt(cancelled, t)));
    }
    expect(taskStatusAt(cancelled, T0 + 30_000)).toBe("Failed");
  });
});
