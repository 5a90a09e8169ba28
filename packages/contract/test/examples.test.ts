import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentedErrors, ecsOperations } from "../src/index.js";
import { isObject, type JsonObject, objectAt, validate } from "./document-value.js";

const pageSample: unknown = JSON.parse(
  readFileSync(new URL("./fixtures/describe-task-attribute.page-sample.json", import.meta.url), "utf8"),
);

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
  visit(objectAt("/components/schemas"), "/components/schemas");
  return cases;
}

/**
 * Every response example of every operation, with the pointer of its media type's schema: the examples
 * written in the response itself, and the documented errors (some of them shared by every operation).
 */
function responseExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const { action, responses } of ecsOperations) {
    // Error examples are the documented errors, below.
    for (const [status, response] of Object.entries(responses).filter(([status]) => Number(status) < 400)) {
      const examples = objectAt(`${response.pointer}/content/application~1json/examples`);
      for (const [name, example] of Object.entries(examples)) {
        if (isObject(example) && !("$ref" in example)) {
          cases.push({
            where: `${action} ${status} ${name}`,
            pointer: response.schemas["application/json"] ?? "(no schema)",
            value: example.value,
          });
        }
      }
    }
  }
  for (const error of documentedErrors) {
    const response = ecsOperations.find((o) => o.action === error.action)?.responses[String(error.status)];
    cases.push({
      where: `${error.action} ${error.status} ${error.name}`,
      pointer: response?.schemas["application/json"] ?? "(no schema)",
      value: objectAt(error.pointer).value,
    });
  }
  return cases;
}

function parameterExamples(): ExampleCase[] {
  return Object.entries(objectAt("/components/parameters"))
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
    const examples = objectAt(`${okPointer}/examples`);
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
