import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/index.js";
import { errorExamplesOf, isObject, objectAt, operationsOf } from "./spec-document.js";

const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
const pageErrors = readJson("./fixtures/describe-task-attribute.page-errors.json") as {
  status: number;
  code: string;
  message: string;
}[];
const triggerSchema = readJson("../../../openapi/extensions/x-ecs-trigger.schema.json") as object;
const validateTrigger = new Ajv2020({ strict: true }).compile(triggerSchema);

const errorExamples = errorExamplesOf();
const getOperations = operationsOf().filter((entry) => entry.method === "get");

function parametersOf(action: string): { name: string; required: boolean; repeatList: boolean }[] {
  const entry = getOperations.find((candidate) => candidate.action === action);
  if (!entry) {
    throw new Error(`no operation ${action}`);
  }
  const raw = entry.pathItem.parameters;
  if (!Array.isArray(raw)) {
    throw new Error(`${action} has no parameters`);
  }
  return raw.map((parameterOrRef) => {
    const parameter =
      isObject(parameterOrRef) && typeof parameterOrRef.$ref === "string"
        ? objectAt(openapiDocument, ...parameterOrRef.$ref.slice(2).split("/"))
        : parameterOrRef;
    if (!isObject(parameter)) {
      throw new Error(`${action} has a parameter that is not an object`);
    }
    return {
      name: String(parameter.name),
      required: parameter.required === true,
      repeatList: parameter["x-ecs-style"] === "repeat-list",
    };
  });
}

/** `DiskDeviceMapping.1.OSSBucket` names the repeat-list parameter `DiskDeviceMapping`. */
function declares(action: string, wireName: string): boolean {
  return parametersOf(action).some(
    (p) =>
      p.name === wireName ||
      (p.repeatList && new RegExp(`^${p.name}\\.[1-9][0-9]*(\\.[A-Za-z]+)?$`).test(wireName)),
  );
}

describe("DescribeTaskAttribute documents the errors of its reference page exactly", () => {
  it.each(pageErrors.map((e) => [e.code, e.message, e] as const))("%s: %s", (_code, _message, documented) => {
    const match = errorExamples.find(
      (e) =>
        e.action === "DescribeTaskAttribute" &&
        e.value.Code === documented.code &&
        e.value.Message === documented.message,
    );
    expect(match?.status).toBe(String(documented.status));
  });
});

describe("errors as data", () => {
  it("has error examples for every operation", () => {
    const actions = new Set(errorExamples.map((e) => e.action));
    expect([...actions].sort()).toEqual(getOperations.map((o) => o.action).sort());
  });

  it.each(errorExamples.map((e) => [`${e.action} ${e.status} ${e.name}`, e] as const))(
    "%s has a valid x-ecs-trigger that names only declared parameters",
    (_where, { action, example }) => {
      const trigger = example["x-ecs-trigger"];
      expect(validateTrigger(trigger), JSON.stringify(validateTrigger.errors)).toBe(true);
      const named = isObject(trigger)
        ? [
            ...(Array.isArray(trigger.remove) ? trigger.remove : []),
            ...Object.keys(isObject(trigger.set) ? trigger.set : {}),
          ]
        : [];
      for (const name of named) {
        expect(declares(action, String(name)), `${name} is not a parameter of ${action}`).toBe(true);
      }
    },
  );

  it.each(errorExamples.map((e) => [`${e.action} ${e.status} ${e.name}`, e] as const))(
    "%s links its troubleshooting page to its own code and request",
    (_where, { value }) => {
      expect(String(value.Recommend)).toContain(`q=${String(value.Code)}`);
      expect(String(value.Recommend)).toContain(`requestId=${String(value.RequestId)}`);
    },
  );

  it("lists in DocumentedErrorCode exactly the codes of the examples", () => {
    const declared = objectAt(openapiDocument, "components", "schemas", "DocumentedErrorCode").enum;
    const used = [...new Set(errorExamples.map((e) => String(e.value.Code)))].sort();
    expect(Array.isArray(declared) ? [...declared].sort() : declared).toEqual(used);
  });

  it("documents MissingParameter, with the exact message, for every required parameter", () => {
    for (const { action } of getOperations) {
      for (const parameter of parametersOf(action).filter((p) => p.required && !p.repeatList)) {
        const message = `An input parameter "${parameter.name}" that is mandatory for processing the request is not supplied.`;
        const found = errorExamples.some(
          (e) =>
            e.action === action &&
            e.status === "400" &&
            e.value.Code === "MissingParameter" &&
            e.value.Message === message,
        );
        expect(found, `${action} lacks MissingParameter for ${parameter.name}`).toBe(true);
      }
    }
  });

  it("gives every operation a sample request with every required parameter, all declared", () => {
    for (const { action, pathItem } of getOperations) {
      const sample = pathItem["x-ecs-sample-request"];
      expect(isObject(sample), `${action} has no x-ecs-sample-request`).toBe(true);
      const names = Object.keys(isObject(sample) ? sample : {});
      for (const name of names) {
        expect(declares(action, name), `${name} is not a parameter of ${action}`).toBe(true);
      }
      for (const parameter of parametersOf(action).filter((p) => p.required)) {
        const present = names.some((n) => n === parameter.name || n.startsWith(`${parameter.name}.`));
        expect(present, `${action}'s sample request lacks ${parameter.name}`).toBe(true);
      }
    }
  });
});

describe("common errors are declared once and referenced by every operation", () => {
  const common = Object.keys(objectAt(openapiDocument, "components", "examples"));

  it("declares the common errors the contract promises", () => {
    const codes = common.map((name) => {
      const value = objectAt(openapiDocument, "components", "examples", name).value;
      return isObject(value) ? value.Code : undefined;
    });
    for (const code of [
      "SignatureDoesNotMatch",
      "InvalidTimeStamp.Expired",
      "InvalidAction.NotFound",
      "InvalidVersion",
      "Throttling",
      "InternalError",
      "ServiceUnavailable",
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(getOperations.map((o) => [o.action] as const))("%s references each of them", (action) => {
    const referenced = errorExamples.filter((e) => e.action === action).map((e) => e.name);
    for (const name of common) {
      expect(referenced).toContain(name);
    }
  });
});
