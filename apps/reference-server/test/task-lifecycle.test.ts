import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { control, rpcGet, rpcV3, type TestApp } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

/** A server whose clock is frozen at a known time, driven only through the control API. */
async function frozenServer(taskDurationMs: number): Promise<TestApp> {
  const app = createApp({ seed: "lifecycle", taskDurationMs });
  await control(app, "POST", "/clock/freeze");
  const frozen = await control(app, "POST", "/clock/set", { time: "2026-03-01T10:00:00Z" });
  expect(await frozen.json()).toEqual({
    nowMs: Date.UTC(2026, 2, 1, 10),
    now: "2026-03-01T10:00:00.000Z",
    frozen: true,
    offsetMs: expect.any(Number),
  });
  return app;
}

async function advance(app: TestApp, ms: number): Promise<void> {
  expect((await control(app, "POST", "/clock/advance", { ms })).status).toBe(200);
}

async function describeTask(app: TestApp, taskId: string, regionId = "cn-hangzhou"): Promise<Json> {
  const response = await rpcV3(app, "DescribeTaskAttribute", { RegionId: regionId, TaskId: taskId });
  expect(response.status).toBe(200);
  return expectDocumentedResponse(response, "DescribeTaskAttribute");
}

describe("task lifecycle, driven by the clock control only", () => {
  it("takes an export from the queue (Processing at 0 %) through rising progress to Finished", async () => {
    const app = await frozenServer(100_000);
    const created = await rpcGet(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-bp67acfmxazb4p0000",
      OSSBucket: "exports",
      OSSPrefix: "Nightly",
      ImageFormat: "VHD",
    });
    const { TaskId: taskId } = await expectDocumentedResponse(created, "ExportImage");
    expect(taskId).toMatch(/^t-[0-9a-z]{20}$/);

    expect(await describeTask(app, String(taskId))).toMatchObject({
      TaskStatus: "Processing",
      TaskProcess: "0%",
      SupportCancel: true,
      FinishedTime: "",
      CreationTime: "2026-03-01T10:00Z",
    });
    // The queue is visible only through the control API.
    expect(await (await control(app, "GET", `/tasks/${taskId}`)).json()).toMatchObject({
      Phase: "Waiting",
      TaskStatus: "Processing",
    });
    const seen: number[] = [];
    for (let step = 0; step < 6; step++) {
      await advance(app, 17_000);
      const task = await describeTask(app, String(taskId));
      if (task.TaskStatus === "Processing") {
        seen.push(Number.parseInt(String(task.TaskProcess), 10));
      }
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);

    await advance(app, 60_000);
    const done = await describeTask(app, String(taskId));
    expect(done).toMatchObject({
      TaskStatus: "Finished",
      TaskProcess: "100%",
      SupportCancel: false,
      TotalCount: 1,
      SuccessCount: 1,
      FailedCount: 0,
      FinishedTime: "2026-03-01T10:01Z",
    });
    expect(done.OperationProgressSet).toEqual({
      OperationProgress: [
        {
          OperationStatus: "Success",
          ErrorCode: "",
          ErrorMsg: "",
          RelatedItemSet: {
            RelatedItem: [
              { Name: "OSSBucket", Value: "exports" },
              { Name: "OSSObject", Value: `Nightly_m-bp67acfmxazb4p0000_${String(taskId)}.vhd` },
              { Name: "ImageFormat", Value: "vhd" },
            ],
          },
        },
      ],
    });
  });

  it("fails an import whose fate was scripted, at the scripted progress", async () => {
    const app = await frozenServer(10_000);
    const scripted = await control(app, "POST", "/task-fates", {
      taskAction: "ImportImage",
      fate: {
        outcome: "fail",
        atPercent: 60,
        errorCode: "ImportImageFailed",
        errorMessage: "The OSS object is not a disk image.",
      },
    });
    expect(scripted.status).toBe(201);
    const created = await rpcV3(app, "ImportImage", {
      RegionId: "cn-beijing",
      "DiskDeviceMapping.1.OSSBucket": "images",
      "DiskDeviceMapping.1.OSSObject": "centos.qcow2",
      "DiskDeviceMapping.1.Format": "QCOW2",
    });
    const { TaskId: taskId, ImageId: imageId } = await expectDocumentedResponse(created, "ImportImage");
    expect(imageId).toMatch(/^m-[0-9a-z]{20}$/);

    await advance(app, 500 + 5_000);
    expect(await describeTask(app, String(taskId), "cn-beijing")).toMatchObject({
      TaskStatus: "Processing",
      TaskProcess: "52%",
    });
    await advance(app, 1_000);
    const failed = await describeTask(app, String(taskId), "cn-beijing");
    expect(failed).toMatchObject({
      TaskStatus: "Failed",
      TaskProcess: "60%",
      SupportCancel: false,
      SuccessCount: 0,
      FailedCount: 1,
      FinishedTime: "2026-03-01T10:00Z",
      OperationProgressSet: {
        OperationProgress: [
          {
            OperationStatus: "Failed",
            ErrorCode: "ImportImageFailed",
            ErrorMsg: "The OSS object is not a disk image.",
            RelatedItemSet: {
              RelatedItem: [
                { Name: "ImageId", Value: imageId },
                { Name: "OSSBucket", Value: "images" },
                { Name: "OSSObject", Value: "centos.qcow2" },
              ],
            },
          },
        ],
      },
    });
    // The script was used up: the next import finishes.
    expect(await (await control(app, "GET", "/task-fates")).json()).toEqual({ fates: [] });
  });

  it("cancels a running export: Failed (phase Deleted), not cancellable again, progress frozen", async () => {
    const app = await frozenServer(100_000);
    const created = await rpcV3(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
    const { TaskId: taskId } = await expectDocumentedResponse(created, "ExportImage");
    await advance(app, 5_000 + 30_000);
    const cancel = await rpcV3(app, "CancelTask", { RegionId: "cn-hangzhou", TaskId: String(taskId) });
    expect(cancel.status).toBe(200);
    expect(Object.keys(await expectDocumentedResponse(cancel, "CancelTask"))).toEqual(["RequestId"]);

    await advance(app, 600_000);
    const deleted = await describeTask(app, String(taskId));
    expect(deleted).toMatchObject({
      TaskStatus: "Failed",
      TaskProcess: "31%",
      SupportCancel: false,
      SuccessCount: 0,
      FailedCount: 1,
      FinishedTime: "2026-03-01T10:00Z",
      OperationProgressSet: {
        OperationProgress: [{ OperationStatus: "Failed", ErrorCode: "TaskCancelled" }],
      },
    });
    expect(await (await control(app, "GET", `/tasks/${taskId}`)).json()).toMatchObject({ Phase: "Deleted" });
    const again = await rpcV3(app, "CancelTask", { RegionId: "cn-hangzhou", TaskId: String(taskId) });
    expect(again.status).toBe(403);
    expect((await expectDocumentedResponse(again, "CancelTask")).Code).toBe(
      "InvalidTaskId.IncorrectTaskStatus",
    );

    const listed = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou", TaskIds: String(taskId) });
    const page = await expectDocumentedResponse(listed, "DescribeTasks");
    expect(page.TaskSet).toMatchObject({
      Task: [{ TaskId: taskId, TaskStatus: "Failed", SupportCancel: false }],
    });
    const failedOnes = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou", TaskStatus: "Failed" });
    expect((await expectDocumentedResponse(failedOnes, "DescribeTasks")).TotalCount).toBe(1);
    const deletedFilter = await rpcGet(app, "DescribeTasks", {
      RegionId: "cn-hangzhou",
      TaskStatus: "Deleted",
    });
    // Not a documented filter value, so ignored: the task is listed all the same.
    expect((await expectDocumentedResponse(deletedFilter, "DescribeTasks")).TotalCount).toBe(1);
  });

  it("keeps tasks per region: a task made in cn-hangzhou is not found in cn-beijing", async () => {
    const app = await frozenServer(1_000);
    const created = await rpcGet(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
    const { TaskId: taskId } = await expectDocumentedResponse(created, "ExportImage");
    const elsewhere = await rpcGet(app, "DescribeTaskAttribute", {
      RegionId: "cn-beijing",
      TaskId: String(taskId),
    });
    expect(elsewhere.status).toBe(400);
    expect((await expectDocumentedResponse(elsewhere, "DescribeTaskAttribute")).Code).toBe(
      "InvalidTaskId.NotFound",
    );
  });
});
