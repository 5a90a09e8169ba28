import { openapiDocument } from "@ecs-tasks/contract";
import { describe, expect, test } from "vitest";
import { planChecks } from "../run/plan-checks.js";
import { readOperations } from "./contract-walk.js";
import { isJsonObject, type JsonObject } from "./json-value.js";

// A copy of the bundled spec with one more documented error, to show that checks follow the spec.
function specWithExtraError(): JsonObject {
  const copy = structuredClone(openapiDocument) as JsonObject;
  const responses = copy.components as {
    responses: Record<string, { content: Record<string, { examples: JsonObject }> }>;
  };
  const examples = responses.responses.DescribeTaskAttributeBadRequest?.content["application/json"]?.examples;
  if (examples === undefined) {
    throw new Error("the spec changed shape");
  }
  examples["InvalidParameter.Colour"] = {
    summary: "A colour nobody asked for.",
    "x-ecs-trigger": { set: { Colour: "mauve" }, teleport: true },
    value: { RequestId: "X", HostId: "h", Code: "InvalidParameter", Message: "No colours.", Recommend: "r" },
  };
  return copy;
}

describe("reading the spec", () => {
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
  });

  test("every error example of every operation becomes one documented error, with its exact message", () => {
    let examples = 0;
    for (const [, pathItem] of Object.entries(openapiDocument.paths as JsonObject)) {
      const responses =
        isJsonObject(pathItem) && isJsonObject(pathItem.get) ? (pathItem.get.responses as JsonObject) : {};
      for (const [status, ref] of Object.entries(responses)) {
        if (Number(status) >= 400 && isJsonObject(ref) && typeof ref.$ref === "string") {
          const name = ref.$ref.split("/").pop() ?? "";
          const response = (
            openapiDocument.components as {
              responses: Record<string, { content: Record<string, { examples?: JsonObject }> }>;
            }
          ).responses[name];
          examples += Object.keys(response?.content["application/json"]?.examples ?? {}).length;
        }
      }
    }
    const errors = operations.flatMap((operation) => operation.errors);
    expect(errors).toHaveLength(examples);
    const regionMissing = errors.find(
      (error) => error.action === "CancelTask" && error.name === "MissingParameter.RegionId",
    );
    expect(regionMissing).toMatchObject({
      status: 400,
      code: "MissingParameter",
      message: 'An input parameter "RegionId" that is mandatory for processing the request is not supplied.',
      messageMatch: "exact",
      common: false,
      trigger: { remove: ["RegionId"], unknownFields: [] },
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

  test("a new error in the spec is a new check, and a trigger field the suite does not know is kept as unknown", () => {
    const extended = readOperations(specWithExtraError());
    const plan = planChecks(extended).map((check) => check.id);
    expect(plan).toContain("errors.DescribeTaskAttribute.InvalidParameter.Colour");
    expect(plan).toHaveLength(planChecks(operations).length + 1);
    const added = extended
      .flatMap((operation) => operation.errors)
      .find((error) => error.name === "InvalidParameter.Colour");
    expect(added?.trigger.unknownFields).toEqual(["teleport"]);
  });
});
