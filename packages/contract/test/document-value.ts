// What the tests read of the bundled document beyond the generated data: the value at a JSON pointer that
// the generated data names (an example, a response), and the one validator.
import { openapiDocument } from "../src/generated/openapi-document.js";
import { createSchemaValidator } from "../src/validation.js";

export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value at a JSON pointer of the bundled ECS document (no reference is followed). */
export function valueAt(pointer: string): unknown {
  let current: unknown = openapiDocument;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    current = isObject(current) ? current[key] : undefined;
  }
  return current;
}

/** The object at a JSON pointer; throws when there is none. */
export function objectAt(pointer: string): JsonObject {
  const value = valueAt(pointer);
  if (!isObject(value)) {
    throw new Error(`expected an object at ${pointer}`);
  }
  return value;
}

export const validate = createSchemaValidator(openapiDocument);
