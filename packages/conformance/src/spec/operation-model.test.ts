import { describe, expect, expectTypeOf, test } from "vitest";
import { planChecks } from "../run/plan-checks.js";
import { type ErrorTrigger, type OperationModel, readOperations } from "./operation-model.js";

describe("reading the contract", () => {
  const operations = readOperations();

  test("finds the seven actions with their sample requests", () => {
    expect(operations.map((operation) => operation.action).sort()).toEqual(
      [
        "CancelTask",
        "DescribeRegions",
        "DescribeTaskAttribute",
        "DescribeTasks",
        "ExportImage",
        "ImportImage",
        "ModifyDiskSpec",
      ].sort(),
    );
    const describeTask = operations.find((operation) => operation.action === "DescribeTaskAttribute");
    expect(describeTask?.sampleRequest).toEqual({ RegionId: "cn-hangzhou", TaskId: "$taskId" });
    expect(describeTask?.requiredParameters).toEqual(["RegionId", "TaskId"]);
    expect(describeTask?.responseSchemas.get(200)).toBe(
      "/components/responses/DescribeTaskAttributeOk/content/application~1json/schema",
    );
    const describeTasks = operations.find((operation) => operation.action === "DescribeTasks");
    expect(describeTasks?.parameterDefaults.get("PageSize")).toBe(10);
  });

  test("every documented error of an action is one of its errors, with its exact message", () => {
    const errors = operations.flatMap((operation) => operation.errors);
    const regionMissing = errors.find(
      (error) => error.action === "CancelTask" && error.name === "MissingParameter.RegionId",
    );
    expect(regionMissing).toMatchObject({
      status: 400,
      code: "MissingParameter",
      message: 'An input parameter "RegionId" that is mandatory for processing the request is not supplied.',
      messageMatch: "exact",
      common: false,
      trigger: { remove: ["RegionId"] },
    });
    const mismatch = errors.find(
      (error) => error.action === "DescribeTasks" && error.name === "SignatureDoesNotMatch",
    );
    expect(mismatch).toMatchObject({
      messageMatch: "prefix",
      common: true,
      pointer: "/components/examples/SignatureDoesNotMatch",
    });
    expect(mismatch?.trigger).toMatchObject({ needs: ["auth-verify"], auth: "wrong-secret" });
  });

  test("a new error in the contract is a new check", () => {
    const extended: OperationModel[] = operations.map((operation) =>
      operation.action !== "DescribeTaskAttribute"
        ? operation
        : {
            ...operation,
            errors: [
              ...operation.errors,
              {
                action: "DescribeTaskAttribute",
                name: "InvalidParameter.Colour",
                status: 400,
                code: "InvalidParameter",
                message: "No colours.",
                messageMatch: "exact",
                summary: "A colour nobody asked for.",
                trigger: { set: { Colour: "mauve" } },
                common: false,
                pointer: "/components/responses/DescribeTaskAttributeBadRequest",
              },
            ],
          },
    );
    const plan = planChecks(extended).map((check) => check.id);
    expect(plan).toContain("errors.DescribeTaskAttribute.InvalidParameter.Colour");
    expect(plan).toHaveLength(planChecks(operations).length + 1);
  });

  test("knows every field x-ecs-trigger has (documented-error-checks.ts applies each)", () => {
    // A field added to the extension's schema fails this type check until the suite applies it.
    expectTypeOf<keyof ErrorTrigger>().toEqualTypeOf<
      | "remove"
      | "set"
      | "action"
      | "version"
      | "method"
      | "precondition"
      | "auth"
      | "needs"
      | "provokable"
      | "bodyBytes"
      | "queryBytes"
    >();
  });
});
