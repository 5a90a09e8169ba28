/**
 * @module
 * The types of the precompiled control body validators (`src/generated/control-body-validators.ts`, whose
 * Ajv code is untyped JavaScript), derived from the control API's generated operations.
 */
import type { ErrorObject } from "ajv/dist/2020.js";
import type { operations } from "./generated/control-api.js";

type JsonBodyOf<Operation> = Operation extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** The operationId of every control operation that takes a JSON body, such as `"injectFault"`. */
export type ControlBodyOperationId = {
  [Id in keyof operations]: [JsonBodyOf<operations[Id]>] extends [never] ? never : Id;
}[keyof operations];

/** The JSON body of a control operation, as its generated type (defaulted fields filled in). */
export type ControlBody<Id extends ControlBodyOperationId> = JsonBodyOf<operations[Id]>;

/** An Ajv validator as its standalone code exports it: the value is valid, or `errors` says why not. */
export interface PrecompiledValidator<Value> {
  (value: unknown): value is Value;
  errors?: ErrorObject[] | null;
}

/** One precompiled validator per control operation that takes a JSON body. */
export type ControlBodyValidators = {
  readonly [Id in ControlBodyOperationId]: PrecompiledValidator<ControlBody<Id>>;
};
