// Issue 13 (statuses, DescribeRegions, ModifyDiskSpec, task calls) through Alibaba's official SDK, against a
// verifying server, so every call below also proves that its signature verifies.
import { documentedErrors } from "@ecs-tasks/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckedServer } from "./support/live-server.js";
import {
  controlCall,
  Ecs,
  type Json,
  rejection,
  SDK_CONTROL_TOKEN,
  sdkClient,
  startSdkServer,
} from "./support/official-sdk.js";

let server: CheckedServer;

beforeAll(async () => {
  server = await startSdkServer("sdk-fidelity-tasks");
});
afterAll(async () => {
  await server.close();
  expect(server.violations).toEqual([]);
});

function localNames(body: InstanceType<typeof Ecs.DescribeRegionsResponseBody> | undefined) {
  return new Map(body?.regions?.region?.map((r) => [r.regionId, r.localName]));
}

describe("DescribeRegions through the official SDK", () => {
  it("names regions in Chinese by default and in the language AcceptLanguage asks for", async () => {
    const client = sdkClient(server);
    const byDefault = await client.describeRegions(new Ecs.DescribeRegionsRequest({}));
    expect(localNames(byDefault.body).get("cn-hangzhou")).toBe("华东 1（杭州）");
    expect(localNames(byDefault.body).get("eu-central-1")).toBe("德国（法兰克福）");
    const chinese = await client.describeRegions(new Ecs.DescribeRegionsRequest({ acceptLanguage: "zh-CN" }));
    expect(localNames(chinese.body)).toEqual(localNames(byDefault.body));
    const english = await client.describeRegions(new Ecs.DescribeRegionsRequest({ acceptLanguage: "en-US" }));
    expect(localNames(english.body).get("cn-hangzhou")).toBe("China (Hangzhou)");
    // Both spellings of Traditional Chinese (the SDK's model and the metadata) and the other documented ones.
    for (const acceptLanguage of ["zh-TW", "zh_TW", "ja", "fr", "de", "ko"]) {
      const answer = await client.describeRegions(new Ecs.DescribeRegionsRequest({ acceptLanguage }));
      expect(answer.statusCode, acceptLanguage).toBe(200);
      expect(answer.body?.regions?.region?.length).toBe(english.body?.regions?.region?.length);
    }
  });

  it("takes ResourceType in any case (the page's sample sends Instance) and refuses an unknown one", async () => {
    const client = sdkClient(server);
    for (const resourceType of ["Instance", "instance", "DISK", "reservedinstance", "scu"]) {
      const answer = await client.describeRegions(new Ecs.DescribeRegionsRequest({ resourceType }));
      expect(answer.statusCode, resourceType).toBe(200);
    }
    const unknown = await rejection(
      client.describeRegions(new Ecs.DescribeRegionsRequest({ resourceType: "spaceship" })),
    );
    expect(unknown).toMatchObject({ code: "InvalidResourceType.NotFound", statusCode: 404 });
  });
});

describe("ModifyDiskSpec through the official SDK", () => {
  it("accepts cloud_essd_entry and the PerformanceControlOptions the SDK's model sends", async () => {
    const client = sdkClient(server);
    const entry = await client.modifyDiskSpec(
      new Ecs.ModifyDiskSpecRequest({ diskId: "d-entry", diskCategory: "cloud_essd_entry" }),
    );
    expect(entry.body?.taskId).toMatch(/^t-[0-9a-z]{20}$/);
    const options = await client.modifyDiskSpec(
      new Ecs.ModifyDiskSpecRequest({
        diskId: "d-dbsc",
        performanceControlOptions: new Ecs.ModifyDiskSpecRequestPerformanceControlOptions({
          IOPS: 2000,
          throughput: 200,
          recover: "All",
        }),
      }),
    );
    expect(options.statusCode).toBe(200);
    expect(options.body?.taskId).toBeUndefined();
  });

  it.each([
    ["DiskInArrears", 403],
    ["InstanceExpiredOrInArrears", 403],
    ["DiskCreatingSnapshot", 403],
    ["OperationDenied.PerformanceLevelNotMatch", 403],
    ["InvalidInstanceType.NotSupportDiskCategory", 403],
    ["OperationDenied.NoStock", 403],
    ["InvalidInstanceId.NotFound", 404],
    ["IncorrectDiskStatus", 403],
    ["OperationDenied", 403],
    ["InvalidDiskId.NotFound", 404],
  ])("surfaces %s, which only a real account causes, by fault injection", async (code, status) => {
    const documented = documentedErrors.find((e) => e.action === "ModifyDiskSpec" && e.code === code);
    expect(documented).toMatchObject({ status, trigger: { needs: ["control-api"] } });
    await controlCall(server, "/faults", { action: "ModifyDiskSpec", error: code });
    const refused = await rejection(
      sdkClient(server).modifyDiskSpec(
        new Ecs.ModifyDiskSpecRequest({ diskId: "d-1", diskCategory: "cloud_essd" }),
      ),
    );
    expect(refused).toMatchObject({ code, statusCode: status });
    expect((refused.data as Json).Message).toBe(documented?.message);
  });
});

describe("the task calls through the official SDK", () => {
  it("reports only documented statuses: a queued task is Processing at 0 %, a cancelled one Failed", async () => {
    const client = sdkClient(server);
    const created = await client.exportImage(
      new Ecs.ExportImageRequest({ regionId: "cn-hangzhou", imageId: "m-queued", OSSBucket: "b" }),
    );
    const taskId = created.body?.taskId;
    const queued = await client.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId }),
    );
    expect(queued.body).toMatchObject({ taskStatus: "Processing", taskProcess: "0%", finishedTime: "" });

    await client.cancelTask(new Ecs.CancelTaskRequest({ regionId: "cn-hangzhou", taskId }));
    const cancelled = await client.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId }),
    );
    expect(cancelled.body).toMatchObject({ taskStatus: "Failed", failedCount: 1, successCount: 0 });
    expect(cancelled.body?.operationProgressSet?.operationProgress?.[0]).toMatchObject({
      operationStatus: "Failed",
      errorCode: "TaskCancelled",
    });
    const failedOnes = await client.describeTasks(
      new Ecs.DescribeTasksRequest({ regionId: "cn-hangzhou", taskStatus: "Failed", taskIds: taskId }),
    );
    expect(failedOnes.body?.taskSet?.task?.map((t) => t.taskStatus)).toEqual(["Failed"]);

    const phase = await fetch(`${server.url}/_reference/tasks/${taskId}?regionId=cn-hangzhou`, {
      headers: { authorization: `Bearer ${SDK_CONTROL_TOKEN}` },
    });
    expect(await phase.json()).toMatchObject({ Phase: "Deleted", TaskStatus: "Failed" });
  });

  it("passes OwnerAccount, a hidden parameter of the SDK's models, through unrefused", async () => {
    const client = sdkClient(server);
    const regions = await client.describeRegions(
      new Ecs.DescribeRegionsRequest({ ownerAccount: "owner@example" }),
    );
    expect(regions.statusCode).toBe(200);
    const tasks = await client.describeTasks(
      new Ecs.DescribeTasksRequest({ regionId: "cn-hangzhou", ownerAccount: "owner@example" }),
    );
    expect(tasks.statusCode).toBe(200);
  });
});
