import { openapiDocument } from "@ecs-tasks/contract";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { JsonObject } from "./json-value.js";

const DOCUMENT_ID = "https://ecs-tasks.dev/conformance/openapi.json";

/** Validates a body against a schema of the spec, named by its JSON pointer; returns the problems found. */
export type SchemaValidator = (schemaPointer: string, body: unknown) => string[];

/** Builds a validator over a bundled OpenAPI document; each schema is compiled once, when first used. */
export function createSchemaValidator(document: JsonObject = openapiDocument): SchemaValidator {
  // strict: false because OpenAPI adds keywords (xml, example) that JSON Schema does not know.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  return (schemaPointer, body) => {
    let validate = compiled.get(schemaPointer);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${schemaPointer}` });
      compiled.set(schemaPointer, validate);
    }
    if (validate(body)) {
      return [];
    }
    return (validate.errors ?? []).map((error) => {
      const where = error.instancePath === "" ? "the body" : error.instancePath;
      const allowed = isAllowedValues(error.params) ? `: ${JSON.stringify(error.params.allowedValues)}` : "";
      return `${where} ${error.message ?? "is invalid"}${allowed}`;
    });
  };
}

function isAllowedValues(params: unknown): params is { allowedValues: unknown } {
  return typeof params === "object" && params !== null && "allowedValues" in params;
}
