/**
 * @module
 * Validation against the schemas of a bundled document of the contract (one Ajv 2020 setup for every user).
 * A separate entry point, so that what imports the contract's types and data does not load Ajv.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { describeProblem } from "./describe-problem.js";

/** The problems of `value` against the schema at `schemaPointer` of the document; empty when it is valid. */
export type SchemaValidator = (schemaPointer: string, value: unknown) => string[];

const DOCUMENT_ID = "https://ecs-tasks.dev/contract/document.json";

/** How a validator treats what it checks. */
export interface SchemaValidatorOptions {
  /** Fill in the schemas' `default`s in the checked value (which is changed), as a server reading a body does. */
  readonly applyDefaults?: boolean;
}

/**
 * Builds a validator over a bundled document (`openapiDocument` or `controlApiDocument`); each schema is
 * compiled when first used. Formats are not checked: no schema of the contract relies on one.
 */
export function createSchemaValidator(
  document: Readonly<Record<string, unknown>>,
  options: SchemaValidatorOptions = {},
): SchemaValidator {
  // strict: false because OpenAPI adds keywords (xml, example, discriminator) that JSON Schema does not know.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: false,
    useDefaults: options.applyDefaults === true,
  });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  return (schemaPointer, value) => {
    let validate = compiled.get(schemaPointer);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${schemaPointer}` });
      compiled.set(schemaPointer, validate);
    }
    return validate(value) ? [] : (validate.errors ?? []).map(describeProblem);
  };
}
