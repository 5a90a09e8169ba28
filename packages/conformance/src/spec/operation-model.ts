// What the checks know about the API comes from the contract's generated data, so a change to the spec
// changes the suite without touching a check.
import {
  type DocumentedError,
  documentedErrors,
  type ErrorTrigger,
  ecsOperations,
} from "@ecs-tasks/contract";

export type { DocumentedError, ErrorTrigger } from "@ecs-tasks/contract";

/** What to get wrong when signing, as the trigger names it. */
export type AuthFault = NonNullable<ErrorTrigger["auth"]>;

/** One RPC action of the spec with what the checks need from it. */
export interface OperationModel {
  action: string;
  idempotent: boolean;
  /** The operation's tags in the spec (`Task producers` marks the operations that create tasks). */
  tags: readonly string[];
  /** A request that succeeds; `$taskId` stands for an existing task. */
  sampleRequest: Readonly<Record<string, string>>;
  /** Every parameter name the operation declares (query and header). */
  parameterNames: string[];
  requiredParameters: string[];
  /** The documented default of each parameter that has one (`PageSize` → 10). */
  parameterDefaults: Map<string, unknown>;
  /** Status → JSON pointer of the schema of the `application/json` body. */
  responseSchemas: Map<number, string>;
  errors: DocumentedError[];
  /** JSON pointer of the path item. */
  pointer: string;
}

/** The spec's tag of the operations that create tasks. */
export const TASK_PRODUCER_TAG = "Task producers";

/** The API version every request names. */
export const API_VERSION = "2014-05-26";

/** Stands for "an existing task" in sample requests. */
export const TASK_ID_PLACEHOLDER = "$taskId";

/** Every RPC action of the contract, as the checks read it. */
export function readOperations(): OperationModel[] {
  return ecsOperations.map((operation) => ({
    action: operation.action,
    idempotent: operation.idempotent,
    tags: operation.tags,
    sampleRequest: operation.sampleRequest,
    parameterNames: operation.parameters.map((p) => p.name),
    requiredParameters: operation.parameters.filter((p) => p.required).map((p) => p.name),
    parameterDefaults: new Map(
      operation.parameters.filter((p) => "default" in p.schema).map((p) => [p.name, p.schema.default]),
    ),
    responseSchemas: new Map(
      Object.entries(operation.responses).flatMap(([status, response]) => {
        const schema = response.schemas["application/json"];
        return schema === undefined ? [] : [[Number(status), schema] as const];
      }),
    ),
    errors: documentedErrors.filter((error) => error.action === operation.action),
    pointer: operation.pointer,
  }));
}
