import { describe, expectTypeOf, it } from "vitest";
import {
  createEcsClient,
  type EcsApiError,
  type EcsApiErrorCode,
  isEcsApiError,
  type NormalizedTask,
  type ResponseMetadata,
  TaskWaitError,
  type WithMetadata,
} from "../src/index.js";

const ecs = createEcsClient({ regionId: "cn-hangzhou", credentials: "anonymous" });

describe("typed calls", () => {
  it("accepts per-call retry, timeout and signal", () => {
    expectTypeOf(ecs.describeRegions).toBeCallableWith(
      {},
      { retry: { maxAttempts: 1 }, timeoutMs: 5_000, signal: AbortSignal.timeout(10_000) },
    );
    // @ts-expect-error credentials are "anonymous" or a key pair, nothing else
    createEcsClient({ credentials: "none" });
  });

  it("accepts the contract's parameters", () => {
    expectTypeOf(ecs.describeTaskAttribute).toBeCallableWith({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    expectTypeOf(ecs.describeTasks).toBeCallableWith({
      RegionId: "cn-hangzhou",
      PageSize: 10,
      ResourceIds: ["m-1"],
    });
    expectTypeOf(ecs.exportImage).toBeCallableWith({
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
  });

  it("rejects a missing required parameter", () => {
    // @ts-expect-error TaskId is required
    ecs.describeTaskAttribute({ RegionId: "cn-hangzhou" });
    // @ts-expect-error RegionId is required
    ecs.cancelTask({ TaskId: "t-1" });
    // @ts-expect-error OSSBucket is required
    ecs.exportImage({ RegionId: "cn-hangzhou", ImageId: "m-1" });
  });

  it("rejects a wrong parameter name", () => {
    // @ts-expect-error the parameter is TaskId, not TaskID
    ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskID: "t-1" });
    // @ts-expect-error camelCase names are not the wire's
    ecs.describeTasks({ regionId: "cn-hangzhou" });
  });

  it("rejects a wrong parameter type", () => {
    // @ts-expect-error PageSize is a number
    ecs.describeTasks({ RegionId: "cn-hangzhou", PageSize: "10" });
  });

  it("leaves the common parameters to the client", () => {
    // @ts-expect-error Action is filled in by the client
    ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1", Action: "DescribeTaskAttribute" });
  });

  it("returns a normalized task, with its metadata beside the body", () => {
    expectTypeOf(ecs.describeTaskAttribute).returns.resolves.toEqualTypeOf<WithMetadata<NormalizedTask>>();
    expectTypeOf<WithMetadata<NormalizedTask>["$metadata"]>().toEqualTypeOf<ResponseMetadata>();
    expectTypeOf<ResponseMetadata["requestId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NormalizedTask["SupportCancel"]>().toEqualTypeOf<boolean>();
    expectTypeOf<NormalizedTask["progress"]>().toEqualTypeOf<number>();
    expectTypeOf<NormalizedTask["creationDate"]>().toEqualTypeOf<Date | undefined>();
    expectTypeOf<NormalizedTask["TaskStatus"]>().toEqualTypeOf<"Processing" | "Finished" | "Failed">();
  });
});

describe("typed errors", () => {
  it("narrows code on a caught error", async () => {
    try {
      await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-1" });
    } catch (error) {
      if (isEcsApiError(error, "InvalidTaskId.NotFound", "InvalidRegionId.NotFound")) {
        expectTypeOf(error).toEqualTypeOf<
          EcsApiError<"InvalidTaskId.NotFound" | "InvalidRegionId.NotFound">
        >();
        expectTypeOf(error.code).toEqualTypeOf<"InvalidTaskId.NotFound" | "InvalidRegionId.NotFound">();
        expectTypeOf(error.status).toEqualTypeOf<number>();
      }
      if (isEcsApiError(error)) {
        expectTypeOf(error.code).toEqualTypeOf<EcsApiErrorCode>();
        // Undocumented codes stay possible at run time, so the plain guard keeps `string` in the union.
        expectTypeOf<"Throttling">().toExtend<typeof error.code>();
        expectTypeOf<"Throttling.User">().toExtend<typeof error.code>();
        expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
      }
      if (error instanceof TaskWaitError) {
        expectTypeOf(error.reason).toEqualTypeOf<"failed" | "timeout">();
        expectTypeOf(error.task).toEqualTypeOf<NormalizedTask>();
      }
    }
  });

  it("refuses a code the contract does not document", () => {
    const error: unknown = new Error("x");
    // @ts-expect-error not a documented code
    isEcsApiError(error, "Throttled");
  });

  it("types the waiter's error with the last task", () => {
    expectTypeOf(ecs.waitForTask).returns.resolves.toEqualTypeOf<WithMetadata<NormalizedTask>>();
  });
});
