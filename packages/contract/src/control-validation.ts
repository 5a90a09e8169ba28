/**
 * @module
 * The control API's request bodies checked by validators precompiled at `pnpm generate` time: nothing is
 * compiled at run time, so it works where code generation is forbidden (Cloudflare's workerd), and Ajv itself
 * is not loaded. The answers are those of `createSchemaValidator(controlApiDocument, { applyDefaults: true })`.
 */
import type { ControlBody, ControlBodyOperationId } from "./control-body-types.js";
import { describeProblem } from "./describe-problem.js";
import { controlBodyValidators } from "./generated/control-body-validators.js";

export type { ControlBody, ControlBodyOperationId } from "./control-body-types.js";

/** A control body after its check: the typed body, or the problems to answer with. */
export type ControlBodyCheck<Id extends ControlBodyOperationId> =
  | { readonly valid: true; readonly body: ControlBody<Id> }
  | { readonly valid: false; readonly problems: readonly string[] };

/**
 * Checks a parsed JSON body against the schema of the control operation `operationId`, filling in the
 * schema's `default`s (the value is changed), so that a valid body has the generated type.
 */
export function checkControlBody<Id extends ControlBodyOperationId>(
  operationId: Id,
  value: unknown,
): ControlBodyCheck<Id> {
  const validate = controlBodyValidators[operationId];
  if (validate(value)) {
    return { valid: true, body: value };
  }
  return { valid: false, problems: (validate.errors ?? []).map(describeProblem) };
}
