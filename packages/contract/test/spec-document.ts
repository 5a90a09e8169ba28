// Walks the bundled document the way tests need it: every example with the schema it illustrates.
import { Ajv2020 } from "ajv/dist/2020.js";
import { openapiDocument } from "../src/index.js";

export type JsonObject = { [key: string]: unknown };

export const documentId = "https://ecs-tasks.dev/openapi.json";

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function objectAt(value: unknown, ...keys: string[]): JsonObject {
  let current = value;
  for (const key of keys) {
    if (!isObject(current)) {
      throw new Error(`expected an object before "${key}" in ${keys.join(".")}`);
    }
    current = current[key];
  }
  if (!isObject(current)) {
    throw new Error(`expected an object at ${keys.join(".")}`);
  }
  return current;
}

/** Resolves a local `$ref` (one level, as the bundle uses them for responses, parameters and examples). */
export function deref(document: JsonObject, value: unknown): unknown {
  if (isObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#/")) {
    const keys = value.$ref
      .slice(2)
      .split("/")
      .map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"));
    return deref(document, objectAt(document, ...keys));
  }
  return value;
}

export function createValidator(document: JsonObject = openapiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: documentId });
  return ajv;
}

/** A JSON Schema that points into the document by JSON pointer, for ajv. */
export function schemaRef(pointer: string) {
  return { $ref: `${documentId}#${pointer}` };
}

export type OperationEntry = {
  action: string;
  pathKey: string;
  pathItem: JsonObject;
  method: "get" | "post";
  operation: JsonObject;
};

export function operationsOf(document: JsonObject = openapiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [pathKey, pathItem] of Object.entries(objectAt(document, "paths"))) {
    if (!isObject(pathItem)) {
      continue;
    }
    for (const method of ["get", "post"] as const) {
      const operation = pathItem[method];
      if (isObject(operation)) {
        entries.push({ action: String(pathItem["x-ecs-action"]), pathKey, pathItem, method, operation });
      }
    }
  }
  return entries;
}

export type ErrorExample = {
  action: string;
  status: string;
  name: string;
  example: JsonObject;
  value: JsonObject;
};

/** Every error example of every operation (GET operations only: POST shares the same responses). */
export function errorExamplesOf(document: JsonObject = openapiDocument): ErrorExample[] {
  const found: ErrorExample[] = [];
  for (const { action, method, operation } of operationsOf(document)) {
    if (method !== "get") {
      continue;
    }
    for (const [status, responseOrRef] of Object.entries(objectAt(operation, "responses"))) {
      if (status.startsWith("2")) {
        continue;
      }
      const response = deref(document, responseOrRef);
      const examples = objectAt(response, "content", "application/json", "examples");
      for (const [name, exampleOrRef] of Object.entries(examples)) {
        const example = deref(document, exampleOrRef);
        if (!isObject(example) || !isObject(example.value)) {
          throw new Error(`${action} ${status} example ${name} has no value`);
        }
        found.push({ action, status, name, example, value: example.value });
      }
    }
  }
  return found;
}
