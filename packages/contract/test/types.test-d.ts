import { describe, expectTypeOf, it } from "vitest";
import {
  type ControlBody,
  type ControlBodyOperationId,
  checkControlBody,
} from "../src/control-validation.js";
import {
  type ActionName,
  type ControlApiComponents,
  type ControlClockSet,
  type ControlFaultSpec,
  type ControlTaskPlacement,
  type DescribeRegionsRequest,
  type DescribeTaskAttributeRequest,
  type DescribeTaskAttributeResponse,
  type DescribeTasksRequest,
  type documentedErrorCodes,
  documentedErrors,
  type EcsErrorCode,
  type ErrorBody,
  type ExportImageRequest,
  ecsOperations,
  type FilterableTaskStatus,
  type ImportImageRequest,
  type ModifyDiskSpecResponse,
  type OperationStatus,
  type operationStatuses,
  type Task,
  type TaskAction,
  type TaskProducingAction,
  type TaskStatus,
  type taskActions,
  type taskStatuses,
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
    expectTypeOf<TaskStatus>().toEqualTypeOf<"Processing" | "Finished" | "Failed">();
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

describe("the generated constants have the generated schema types", () => {
  it("lists every enum value of the schemas", () => {
    expectTypeOf<(typeof taskActions)[number]>().toEqualTypeOf<TaskAction>();
    expectTypeOf<(typeof taskStatuses)[number]>().toEqualTypeOf<TaskStatus>();
    expectTypeOf<(typeof operationStatuses)[number]>().toEqualTypeOf<OperationStatus>();
    expectTypeOf<(typeof documentedErrorCodes)[number]>().toEqualTypeOf<EcsErrorCode>();
  });

  it("keeps the task-producing actions and the DescribeTasks filters inside their enums", () => {
    expectTypeOf<TaskProducingAction>().toEqualTypeOf<"ExportImage" | "ImportImage" | "ModifyDiskSpec">();
    expectTypeOf<TaskProducingAction>().toMatchTypeOf<TaskAction>();
    expectTypeOf<TaskProducingAction>().toEqualTypeOf<ControlApiComponents["schemas"]["TaskAction"]>();
    expectTypeOf<FilterableTaskStatus>().toMatchTypeOf<TaskStatus>();
    // A property with a default is required in the generated type: the validator fills the default in.
    // The control API places tasks by phase, finer than the answered status (decision 0038).
    expectTypeOf<ControlTaskPlacement["status"]>().toEqualTypeOf<
      "Waiting" | "Processing" | "Finished" | "Failed" | "Paused" | "Deleted"
    >();
    expectTypeOf<TaskStatus>().toMatchTypeOf<ControlTaskPlacement["status"]>();
  });

  it("types the data of operations and errors by the names the spec defines", () => {
    expectTypeOf(ecsOperations[0]?.action).toEqualTypeOf<ActionName | undefined>();
    expectTypeOf(documentedErrors[0]?.code).toEqualTypeOf<EcsErrorCode | undefined>();
  });
});

describe("the precompiled control body validators", () => {
  it("are keyed by the operations that take a JSON body, each typed by its body schema", () => {
    expectTypeOf<ControlBodyOperationId>().toEqualTypeOf<
      "setClock" | "advanceClock" | "createTask" | "scriptTaskFate" | "injectFault"
    >();
    expectTypeOf<ControlBody<"createTask">>().toEqualTypeOf<ControlTaskPlacement>();
    expectTypeOf<ControlBody<"injectFault">>().toEqualTypeOf<ControlFaultSpec>();
    const check = checkControlBody("setClock", {});
    if (check.valid) {
      expectTypeOf(check.body).toEqualTypeOf<ControlClockSet>();
    }
  });
});
