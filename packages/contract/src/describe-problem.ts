import type { ErrorObject } from "ajv/dist/2020.js";

/** One of Ajv's errors as a sentence for a client: where in the body, what is wrong, what is allowed. */
export function describeProblem(error: ErrorObject): string {
  const where = error.instancePath === "" ? "the body" : error.instancePath;
  const params = error.params as { allowedValues?: unknown };
  const allowed = params.allowedValues === undefined ? "" : `: ${JSON.stringify(params.allowedValues)}`;
  return `${where} ${error.message ?? "is invalid"}${allowed}`;
}
