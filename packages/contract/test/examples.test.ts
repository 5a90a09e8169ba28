import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/index.js";
import {
  createValidator,
  deref,
  isObject,
  type JsonObject,
  objectAt,
  operationsOf,
  schemaRef,
} from "./spec-document.js";

const ajv = createValidator();
const pageSample: unknown = JSON.parse(
  readFileSync(new URL("./fixtures/describe-task-attribute.page-sample.json", import.meta.url), "utf8"),
);

function validate(pointer: string, value: unknown): string[] {
  const check = ajv.compile(schemaRef(pointer));
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

const escapePointer = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

type ExampleCase = { where: string; pointer: string; value: unknown };

/** Every JSON Schema `examples` entry under components.schemas, with the pointer of the schema it sits in. */
function schemaExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const visit = (node: unknown, pointer: string) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        visit(item, `${pointer}/${index}`);
      }
      return;
    }
    if (!isObject(node)) {
      return;
    }
    if (Array.isArray(node.examples) && !pointer.endsWith("/properties")) {
      for (const [index, value] of node.examples.entries()) {
        cases.push({ where: `${pointer}/examples/${index}`, pointer, value });
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== "examples") {
        visit(child, `${pointer}/${escapePointer(key)}`);
      }
    }
  };
  visit(objectAt(openapiDocument, "components", "schemas"), "/components/schemas");
  return cases;
}

/** Every response example of every operation, with the pointer of its media type's schema. */
function responseExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const { pathKey, method, operation } of operationsOf()) {
    for (const [status, responseOrRef] of Object.entries(objectAt(operation, "responses"))) {
      const responsePointer =
        isObject(responseOrRef) && typeof responseOrRef.$ref === "string"
          ? responseOrRef.$ref.slice(1)
          : `/paths/${escapePointer(pathKey)}/${method}/responses/${status}`;
      const response = deref(openapiDocument, responseOrRef);
      const examples = objectAt(response, "content", "application/json", "examples");
      for (const [name, example] of Object.entries(examples)) {
        const resolved = deref(openapiDocument, example);
        const value = isObject(resolved) ? resolved.value : undefined;
        cases.push({
          where: `${method.toUpperCase()} ${pathKey} ${status} ${name}`,
          pointer: `${responsePointer}/content/application~1json/schema`,
          value,
        });
      }
    }
  }
  return cases;
}

function parameterExamples(): ExampleCase[] {
  return Object.entries(objectAt(openapiDocument, "components", "parameters"))
    .filter(([, parameter]) => isObject(parameter) && "example" in parameter)
    .map(([name, parameter]) => ({
      where: `parameter ${name}`,
      pointer: `/components/parameters/${name}/schema`,
      value: (parameter as JsonObject).example,
    }));
}

describe("every example in the spec validates against its schema", () => {
  const all = [...schemaExamples(), ...parameterExamples(), ...responseExamples()];

  it("finds the examples it checks", () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it.each(all.map((c) => [c.where, c] as const))("%s", (_where, { pointer, value }) => {
    expect(value).toBeDefined();
    expect(validate(pointer, value)).toEqual([]);
  });
});

describe("the operation page's sample response", () => {
  const okPointer = "/components/responses/DescribeTaskAttributeOk/content/application~1json";

  it("is the primary example of DescribeTaskAttribute, unchanged", () => {
    const examples = objectAt(
      openapiDocument,
      "components",
      "responses",
      "DescribeTaskAttributeOk",
      "content",
      "application/json",
      "examples",
    );
    const [firstName, first] = Object.entries(examples)[0] ?? [];
    expect(firstName).toBe("PageSample");
    expect(isObject(first) ? first.value : undefined).toEqual(pageSample);
  });

  it("validates against the DescribeTaskAttribute response schema", () => {
    expect(validate(`${okPointer}/schema`, pageSample)).toEqual([]);
  });
});

describe("the schemas reject what real responses never contain", () => {
  const task = "/components/schemas/DescribeTaskAttributeResponse";
  const withChange = (change: JsonObject) => ({ ...(pageSample as JsonObject), ...change });

  it.each([
    ["a time with seconds", { CreationTime: "2015-11-23T02:13:00Z" }],
    ["a time with an offset", { FinishedTime: "2015-11-23T02:19+08:00" }],
    ["SupportCancel as a word", { SupportCancel: "yes" }],
    ["SupportCancel as a number", { SupportCancel: 1 }],
    ["an unknown TaskStatus", { TaskStatus: "Cancelled" }],
    ["a TaskProcess without %", { TaskProcess: "100" }],
    ["a TaskProcess over 100%", { TaskProcess: "101%" }],
    ["a count as a string", { TotalCount: "1" }],
    ["a lower-case RequestId", { RequestId: "473469c7-aa6f-4dc5-b3db-a3dc0de3c83e" }],
    ["OperationProgress as an object", { OperationProgressSet: { OperationProgress: {} } }],
  ])("rejects %s", (_what, change) => {
    expect(validate(task, withChange(change))).not.toEqual([]);
  });

  it("rejects a response without TaskStatus", () => {
    const { TaskStatus: _dropped, ...rest } = pageSample as JsonObject;
    expect(validate(task, rest)).not.toEqual([]);
  });

  it.each([
    ['SupportCancel as the string "false"', { SupportCancel: "false" }],
    [
      "FinishedTime empty while the task runs",
      { TaskStatus: "Processing", TaskProcess: "35%", FinishedTime: "" },
    ],
  ])("accepts %s", (_what, change) => {
    expect(validate(task, withChange(change))).toEqual([]);
  });
});
