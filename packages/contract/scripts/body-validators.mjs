// Precompiles the validators of the control API's request bodies with Ajv's standalone code, so that the
// server checks a body without compiling a schema at run time: workerd forbids `new Function`, which Ajv's
// compiler needs. The options are those of `createSchemaValidator` (src/validation.ts) with defaults filled
// in, so both give the same answers.
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { readHttpOperations } from "./spec-knowledge.mjs";

const DOCUMENT_ID = "https://ecs-tasks.dev/contract/document.json";

/** The generated module of the control API's body validators, by operationId. */
export function renderControlBodyValidators(document, header) {
  const ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateFormats: false,
    useDefaults: true,
    code: { source: true, esm: true, lines: true },
  });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const refs = {};
  for (const { entry } of readHttpOperations(document)) {
    const schema = entry.requestBody?.schemas["application/json"];
    if (schema !== undefined) {
      refs[entry.operationId] = `${DOCUMENT_ID}#${schema}`;
    }
  }
  // Exports are added below, under one typed name; Ajv's own would carry no types.
  const code = standaloneCode(ajv, refs)
    .split("\n")
    .filter((line) => line !== '"use strict";' && !/^export const \w+ = validate\d+;$/.test(line))
    .join("\n");
  // Ajv reaches its run-time helpers (string length, deep equality) with `require` even in ESM output; no
  // body schema needs one yet, and the module must load on runtimes without `require`.
  if (code.includes("require(")) {
    throw new Error(
      "A control body schema needs one of Ajv's run-time helpers (require in the standalone code): " +
        "teach scripts/body-validators.mjs to import it.",
    );
  }
  const names = Object.keys(refs).map((operationId) => {
    const validate = ajv.getSchema(refs[operationId]);
    return `  ${operationId}: ${validate.source.validateName},`;
  });
  return [
    [
      "control-body-validators.ts",
      `${header}// @ts-nocheck: Ajv's standalone code is plain JavaScript; the export below has its declared type.\n` +
        `import type { ControlBodyValidators } from "../control-body-types.js";\n\n` +
        `${code}\n\n` +
        `/** The precompiled validator of each control operation's JSON body, by operationId. */\n` +
        `export const controlBodyValidators: ControlBodyValidators = {\n${names.join("\n")}\n};\n`,
    ],
  ];
}
