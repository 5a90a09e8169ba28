import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckedServer } from "./support/live-server.js";
import {
  controlCall,
  Ecs,
  type Json,
  PopCore,
  rejection,
  sdkClient,
  startSdkServer,
} from "./support/official-sdk.js";

let server: CheckedServer;

beforeAll(async () => {
  // In verify mode, so every SDK call below also proves that its V3 or V1 signature verifies.
  server = await startSdkServer("sdk");
});
afterAll(async () => {
  await server.close();
  // Every answer the SDKs got was checked against the spec on the way out.
  expect(server.checked()).toBeGreaterThan(50);
  expect(server.violations).toEqual([]);
});

describe.each([
  ["V3 signature (default)", undefined],
  ["V1 signature (signatureAlgorithm: 'v2')", "v2" as const],
])("@alicloud/ecs20140526 with %s", (_, signatureAlgorithm) => {
  it("drives all seven operations", async () => {
    const client = sdkClient(server, signatureAlgorithm);
    const regions = await client.describeRegions(new Ecs.DescribeRegionsRequest({}));
    expect(regions.statusCode).toBe(200);
    expect(regions.body?.regions?.region?.map((r) => r.regionId)).toContain("cn-hangzhou");

    const exported = await client.exportImage(
      new Ecs.ExportImageRequest({
        regionId: "cn-hangzhou",
        imageId: "m-1",
        OSSBucket: "bucket1",
        OSSPrefix: "pre",
        imageFormat: "VHD",
      }),
    );
    const exportTaskId = exported.body?.taskId ?? "";
    expect(exportTaskId).toMatch(/^t-[0-9a-z]{20}$/);

    const imported = await client.importImage(
      new Ecs.ImportImageRequest({
        regionId: "cn-hangzhou",
        imageName: "Imported1",
        OSType: "linux",
        platform: "Aliyun",
        diskDeviceMapping: [
          new Ecs.ImportImageRequestDiskDeviceMapping({
            OSSBucket: "bucket1",
            OSSObject: "x.vhd",
            format: "VHD",
            diskImageSize: 40,
          }),
        ],
      }),
    );
    expect(imported.body?.imageId).toMatch(/^m-[0-9a-z]{20}$/);

    const disk = await client.modifyDiskSpec(
      new Ecs.ModifyDiskSpecRequest({ diskId: "d-1", diskCategory: "cloud_essd", performanceLevel: "PL1" }),
    );
    expect(disk.body?.taskId).toMatch(/^t-/);

    const task = await client.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId: exportTaskId }),
    );
    expect(task.body).toMatchObject({
      taskId: exportTaskId,
      taskAction: "ExportImage",
      supportCancel: "true",
      totalCount: 1,
      finishedTime: "",
    });
    expect(
      task.body?.operationProgressSet?.operationProgress?.[0]?.relatedItemSet?.relatedItem?.map(
        (i) => i.name,
      ),
    ).toEqual(["OSSBucket", "OSSObject", "ImageFormat"]);

    const page = await client.describeTasks(
      new Ecs.DescribeTasksRequest({
        regionId: "cn-hangzhou",
        taskIds: `${exportTaskId},${imported.body?.taskId}`,
        pageSize: 10,
        pageNumber: 1,
      }),
    );
    expect(page.body?.totalCount).toBe(2);
    expect(page.body?.taskSet?.task?.map((t) => t.taskId).sort()).toEqual(
      [exportTaskId, imported.body?.taskId].sort(),
    );

    const cancelled = await client.cancelTask(
      new Ecs.CancelTaskRequest({ regionId: "cn-hangzhou", taskId: exportTaskId }),
    );
    expect(cancelled.body?.requestId).toMatch(/^[0-9A-F-]{36}$/);
    const after = await client.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId: exportTaskId }),
    );
    expect(after.body?.taskStatus).toBe("Failed");
  });

  it("surfaces the documented errors as the SDK's typed errors", async () => {
    const client = sdkClient(server, signatureAlgorithm);
    const missing = await rejection(client.describeTaskAttribute(new Ecs.DescribeTaskAttributeRequest({})));
    expect(missing).toMatchObject({ name: "ClientError", code: "MissingParameter", statusCode: 400 });
    expect(String(missing.message)).toContain('An input parameter "RegionId" that is mandatory');

    const region = await rejection(
      client.describeTasks(new Ecs.DescribeTasksRequest({ regionId: "xx-nowhere-1" })),
    );
    expect(region).toMatchObject({ code: "InvalidRegionId.NotFound", statusCode: 400 });

    const notFound = await rejection(
      client.describeTaskAttribute(
        new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-beijing", taskId: "t-doesnotexist00000000" }),
      ),
    );
    expect(notFound).toMatchObject({ code: "InvalidTaskId.NotFound", statusCode: 400 });
    expect((notFound.data as Json).HostId).toBe(`127.0.0.1:${server.port}`);

    const diskTask = await client.modifyDiskSpec(
      new Ecs.ModifyDiskSpecRequest({ diskId: "d-2", diskCategory: "cloud_ssd" }),
    );
    const notSupported = await rejection(
      client.cancelTask(
        new Ecs.CancelTaskRequest({ regionId: "cn-hangzhou", taskId: diskTask.body?.taskId }),
      ),
    );
    expect(notSupported).toMatchObject({ code: "InvalidTaskId.TaskActionNotSupport", statusCode: 403 });

    const finished = await controlCall(server, "/tasks", { taskAction: "ExportImage", status: "Finished" });
    const ended = await rejection(
      client.cancelTask(
        new Ecs.CancelTaskRequest({ regionId: "cn-hangzhou", taskId: String(finished.TaskId) }),
      ),
    );
    expect(ended).toMatchObject({ code: "InvalidTaskId.IncorrectTaskStatus", statusCode: 403 });

    const badFormat = await rejection(
      client.exportImage(
        new Ecs.ExportImageRequest({
          regionId: "cn-hangzhou",
          imageId: "m-1",
          OSSBucket: "b",
          imageFormat: "iso",
        }),
      ),
    );
    expect(badFormat).toMatchObject({ code: "InvalidImageFormat.Malformed", statusCode: 400 });

    const dryRun = await rejection(
      client.modifyDiskSpec(
        new Ecs.ModifyDiskSpecRequest({ diskId: "d-1", diskCategory: "cloud_essd", dryRun: true }),
      ),
    );
    expect(dryRun).toMatchObject({ code: "DryRunOperation", statusCode: 400 });

    const language = await rejection(
      client.describeRegions(new Ecs.DescribeRegionsRequest({ acceptLanguage: "xx-XX" })),
    );
    expect(language).toMatchObject({ code: "InvalidAcceptLanguage.NotFound", statusCode: 404 });

    await controlCall(server, "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
      retryAfterMs: 1200,
    });
    const throttled = await rejection(client.describeRegions(new Ecs.DescribeRegionsRequest({})));
    expect(throttled).toMatchObject({ name: "ThrottlingError", code: "Throttling", retryAfter: 1200 });

    await controlCall(server, "/faults", { action: "DescribeTasks", error: "InternalError" });
    const internal = await rejection(
      client.describeTasks(new Ecs.DescribeTasksRequest({ regionId: "cn-hangzhou" })),
    );
    expect(internal).toMatchObject({ name: "ServerError", code: "InternalError", statusCode: 500 });

    await controlCall(server, "/faults", { action: "ImportImage", error: "ServiceUnavailable" });
    const unavailable = await rejection(
      client.importImage(
        new Ecs.ImportImageRequest({
          regionId: "cn-hangzhou",
          diskDeviceMapping: [
            new Ecs.ImportImageRequestDiskDeviceMapping({ OSSBucket: "b", OSSObject: "o" }),
          ],
        }),
      ),
    );
    expect(unavailable).toMatchObject({ name: "ServerError", code: "ServiceUnavailable", statusCode: 503 });
  });
});

describe.each([
  ["GET", { method: "GET" }],
  ["POST with a form body", { method: "POST" }],
])("@alicloud/pop-core RPCClient, %s", (_, options) => {
  const client = () =>
    new PopCore({
      endpoint: server.url,
      apiVersion: "2014-05-26",
      accessKeyId: "testid",
      accessKeySecret: "testsecret",
    });

  it("drives all seven operations", async () => {
    const pop = client();
    const regions = (await pop.request("DescribeRegions", {}, options)) as Json;
    expect((regions.Regions as { Region: Json[] }).Region.length).toBeGreaterThan(20);
    const exported = (await pop.request(
      "ExportImage",
      { RegionId: "cn-shanghai", ImageId: `m-${options.method}`, OSSBucket: "b2", ImageFormat: "qcow2" },
      options,
    )) as Json;
    const imported = (await pop.request(
      "ImportImage",
      {
        RegionId: "cn-shanghai",
        "DiskDeviceMapping.1.OSSBucket": "b2",
        "DiskDeviceMapping.1.OSSObject": "system disk (1).raw",
        "DiskDeviceMapping.2.OSSBucket": "b2",
        "DiskDeviceMapping.2.OSSObject": "data*disk!.raw",
        ImageName: "Image:with_odd-chars.1",
      },
      options,
    )) as Json;
    const disk = (await pop.request(
      "ModifyDiskSpec",
      { DiskId: "d-3", DiskCategory: "cloud_auto" },
      options,
    )) as Json;
    expect(disk.TaskId).toMatch(/^t-/);
    const task = (await pop.request(
      "DescribeTaskAttribute",
      { RegionId: "cn-shanghai", TaskId: imported.TaskId },
      options,
    )) as Json;
    expect(task).toMatchObject({ TaskAction: "ImportImage", TotalCount: 2, SupportCancel: true });
    const objects = (task.OperationProgressSet as { OperationProgress: Json[] }).OperationProgress.map(
      (p) =>
        (p.RelatedItemSet as { RelatedItem: Json[] }).RelatedItem.find((i) => i.Name === "OSSObject")?.Value,
    );
    expect(objects).toEqual(["system disk (1).raw", "data*disk!.raw"]);
    const page = (await pop.request(
      "DescribeTasks",
      { RegionId: "cn-shanghai", TaskAction: "ExportImage", "ResourceIds.1": `m-${options.method}` },
      options,
    )) as Json;
    expect(page).toMatchObject({ TotalCount: 1, TaskSet: { Task: [{ TaskId: exported.TaskId }] } });
    const cancelled = (await pop.request(
      "CancelTask",
      { RegionId: "cn-shanghai", TaskId: exported.TaskId },
      options,
    )) as Json;
    expect(Object.keys(cancelled)).toEqual(["RequestId"]);
  });

  it("gets the documented errors as pop-core errors", async () => {
    const pop = client();
    const cases: [string, Json, string, string][] = [
      [
        "DescribeTaskAttribute",
        { RegionId: "cn-hangzhou" },
        "MissingParameter",
        'An input parameter "TaskId" that is mandatory for processing the request is not supplied.',
      ],
      [
        "CancelTask",
        { RegionId: "xx-nowhere-1", TaskId: "t-1" },
        "InvalidRegionId.NotFound",
        "The specified RegionId does not exist.",
      ],
      [
        "DescribeTaskAttribute",
        { RegionId: "cn-hangzhou", TaskId: "t-x" },
        "InvalidTaskId.NotFound",
        'The specified "TaskId" is not found.',
      ],
      [
        "ImportImage",
        { RegionId: "cn-hangzhou", "DiskDeviceMapping.1.OSSBucket": "b" },
        "MissingParameter",
        'An input parameter "DiskDeviceMapping.1.OSSObject" that is mandatory for processing the request is not supplied.',
      ],
      [
        "ImportImage",
        {
          RegionId: "cn-hangzhou",
          "DiskDeviceMapping.1.OSSBucket": "b",
          "DiskDeviceMapping.1.OSSObject": "o",
          OSType: "plan9",
        },
        "InvalidOSType.Malformed",
        "The specified OSType is wrongly formed.",
      ],
      [
        "ExportImage",
        { RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b", OSSPrefix: "has space" },
        "InvalidOSSPrefix.Malformed",
        "The specified OSSPrefix format is wrongly formed.",
      ],
      [
        "ModifyDiskSpec",
        { DiskId: "d-1", DiskCategory: "floppy" },
        "InvalidDiskCategory.ValueNotSupported",
        'The specified parameter "DiskCategory" is not valid.',
      ],
      [
        "DescribeRegions",
        { ResourceType: "spaceship" },
        "InvalidResourceType.NotFound",
        "The ResourceType provided does not exist in our records.",
      ],
      [
        "DescribeNothingAtAll",
        {},
        "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method.",
      ],
    ];
    for (const [action, params, code, message] of cases) {
      const error = await rejection(pop.request(action, params, options));
      expect(error, action).toMatchObject({ name: `${code}Error`, code });
      expect(String(error.message).startsWith(`${message}, URL: `), String(error.message)).toBe(true);
      expect(error.data as Json).toMatchObject({
        Code: code,
        Message: message,
        HostId: expect.any(String),
        Recommend: expect.any(String),
      });
    }
    const wrongVersion = new PopCore({
      endpoint: server.url,
      apiVersion: "2099-01-01",
      accessKeyId: "a",
      accessKeySecret: "b",
    });
    expect(await rejection(wrongVersion.request("DescribeRegions", {}, options))).toMatchObject({
      code: "InvalidVersion",
    });
  });
});
