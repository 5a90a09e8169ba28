import { describe, expectTypeOf, it } from "vitest";
import type {
  ActionName,
  DescribeRegionsRequest,
  DescribeTaskAttributeRequest,
  DescribeTaskAttributeResponse,
  DescribeTasksRequest,
  EcsErrorCode,
  ErrorBody,
  ExportImageRequest,
  ImportImageRequest,
  ModifyDiskSpecResponse,
  Task,
  TaskAction,
  TaskStatus,
} from "../src/index.js";

describe("the aliases resolve to the generated types", () => {
  it("names the seven actions", () => {
    expectTypeOf<ActionName>().toEqualTypeOf<
      | "DescribeTaskAttribute"
      | "DescribeTasks"
      | "CancelTask"
      | "ExportImage"
      | "ImportImage"
      | "ModifyDiskSpec"
      | "DescribeRegions"
    >();
  });

  it("types a task's enums and fields", () => {
    expectTypeOf<Task>().toEqualTypeOf<DescribeTaskAttributeResponse>();
    expectTypeOf<Task["TaskStatus"]>().toEqualTypeOf<TaskStatus>();
    expectTypeOf<TaskStatus>().toEqualTypeOf<
      "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted"
    >();
    expectTypeOf<Task["TaskAction"]>().toEqualTypeOf<TaskAction>();
    expectTypeOf<Task["SupportCancel"]>().toEqualTypeOf<boolean | "true" | "false">();
    expectTypeOf<Task["TotalCount"]>().toEqualTypeOf<number>();
    expectTypeOf<
      Task["OperationProgressSet"]["OperationProgress"][number]["OperationStatus"]
    >().toEqualTypeOf<"Success" | "Failed" | "Processing">();
    expectTypeOf<ModifyDiskSpecResponse["TaskId"]>().toEqualTypeOf<string | undefined>();
  });

  it("types error codes as a union of the documented ones", () => {
    expectTypeOf<"InvalidTaskId.NotFound">().toExtend<EcsErrorCode>();
    expectTypeOf<"Throttling">().toExtend<EcsErrorCode>();
    expectTypeOf<"NotADocumentedCode">().not.toExtend<EcsErrorCode>();
    expectTypeOf<ErrorBody["RequestId"]>().toEqualTypeOf<string>();
  });
});

describe("required parameters stay required", () => {
  it("requires RegionId and TaskId for DescribeTaskAttribute", () => {
    const complete: DescribeTaskAttributeRequest = { RegionId: "cn-hangzhou", TaskId: "t-1" };
    expectTypeOf(complete).toExtend<DescribeTaskAttributeRequest>();
    // @ts-expect-error TaskId is required
    const withoutTask: DescribeTaskAttributeRequest = { RegionId: "cn-hangzhou" };
    // @ts-expect-error RegionId is required
    const withoutRegion: DescribeTaskAttributeRequest = { TaskId: "t-1" };
    // @ts-expect-error a misspelt parameter is not accepted
    const misspelt: DescribeTaskAttributeRequest = { RegionId: "cn-hangzhou", TaskId: "t-1", TaskID: "t-1" };
    expectTypeOf([withoutTask, withoutRegion, misspelt]).toBeArray();
  });

  it("requires what each companion operation requires", () => {
    expectTypeOf<ExportImageRequest>().toHaveProperty("ImageId").toEqualTypeOf<string>();
    expectTypeOf<ExportImageRequest>().toHaveProperty("OSSBucket").toEqualTypeOf<string>();
    expectTypeOf<ImportImageRequest["DiskDeviceMapping"][number]["OSSObject"]>().toEqualTypeOf<string>();
    expectTypeOf<DescribeTasksRequest["RegionId"]>().toEqualTypeOf<string>();
    expectTypeOf<DescribeTasksRequest["PageSize"]>().toEqualTypeOf<number | undefined>();
    const noParameters: DescribeRegionsRequest = {};
    expectTypeOf(noParameters).toExtend<DescribeRegionsRequest>();
  });
});
