import { describe, expect, it } from "vitest";
import { checkControlBody } from "../src/control-validation.js";
import { controlApiDocument } from "../src/generated/control-api-document.js";
import { controlOperations } from "../src/index.js";
import { createSchemaValidator } from "../src/validation.js";

// Bodies that exercise each schema's shapes: valid ones with defaults to fill in, and refusals of each kind
// (missing, wrong type, unknown enum value, out of range, both branches of a oneOf, not an object).
const samples: Record<string, readonly unknown[]> = {
  setClock: [{ time: "2030-01-01T00:00:00Z" }, { time: 5 }, { offsetMs: -3 }, {}, { time: true }, "now"],
  advanceClock: [{ ms: 1000 }, { ms: "1000" }, {}, [], null],
  createTask: [
    { regionId: "cn-hangzhou", taskAction: "ImportImage" },
    { regionId: "cn-hangzhou", taskAction: "ImportImage", status: "Paused", progress: 40 },
    { regionId: "cn-hangzhou", taskAction: "NoSuchAction" },
    { regionId: "cn-hangzhou", taskAction: "ExportImage", progress: 101, queuedMs: -1 },
    { taskAction: "ImportImage", fate: { outcome: "fail", atPercent: "half" } },
    { regionId: 7 },
  ],
  scriptTaskFate: [
    { taskAction: "ExportImage", fate: { outcome: "finish" } },
    { taskAction: "ExportImage", fate: { outcome: "explode" }, times: 0 },
    { fate: {} },
  ],
  injectFault: [
    { action: "DescribeTaskAttribute", error: "Throttling" },
    { action: "DescribeTaskAttribute", latencyMs: 10, times: 2 },
    { action: "DescribeTaskAttribute", latencyMs: -5, probability: 2 },
    { error: 42 },
    {},
  ],
};

const bodyOperations = controlOperations.filter((o) => o.requestBody?.schemas["application/json"]);

describe("the precompiled control body validators", () => {
  it("cover every control operation that takes a JSON body", () => {
    expect(Object.keys(samples).sort()).toEqual(bodyOperations.map((o) => o.operationId).sort());
  });

  it.each(bodyOperations.map((o) => [o.operationId, o] as const))(
    "%s: answer as the run-time validator does, defaults and problems alike",
    (operationId, operation) => {
      const runtime = createSchemaValidator(controlApiDocument, { applyDefaults: true });
      const pointer = operation.requestBody?.schemas["application/json"] ?? "";
      const outcomes = { valid: 0, invalid: 0 };
      for (const sample of samples[operationId] ?? []) {
        const precompiledValue = structuredClone(sample);
        const runtimeValue = structuredClone(sample);
        const check = checkControlBody(
          operationId as Parameters<typeof checkControlBody>[0],
          precompiledValue,
        );
        const expected = runtime(pointer, runtimeValue);
        expect(check.valid ? [] : check.problems, JSON.stringify(sample)).toEqual(expected);
        expect(precompiledValue).toEqual(runtimeValue);
        if (check.valid) {
          expect(check.body).toBe(precompiledValue);
        }
        outcomes[check.valid ? "valid" : "invalid"] += 1;
      }
      // The samples must reach both answers, or the comparison says little.
      expect(outcomes.valid).toBeGreaterThan(0);
      expect(outcomes.invalid).toBeGreaterThan(0);
    },
  );

  it("fill in the schema's defaults, so a valid body has the generated type", () => {
    const check = checkControlBody("createTask", { taskAction: "ExportImage", fate: { outcome: "pause" } });
    expect(check.valid).toBe(true);
    expect(check.valid && check.body).toEqual({
      taskAction: "ExportImage",
      regionId: "cn-hangzhou",
      status: "Processing",
      subtaskCount: 1,
      fate: { outcome: "pause", atPercent: 50 },
    });
  });

  it("describe each problem where it is, with the allowed values", () => {
    const check = checkControlBody("createTask", { regionId: "cn-hangzhou", taskAction: "NoSuchAction" });
    expect(check.valid).toBe(false);
    expect(check.valid ? [] : check.problems).toContainEqual(
      expect.stringMatching(/^\/taskAction must be equal to one of the allowed values: \["/),
    );
  });
});
