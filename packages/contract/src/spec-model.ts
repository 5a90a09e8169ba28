import type { components as TriggerComponents } from "./generated/x-ecs-trigger.js";
import type { ActionName, EcsErrorCode } from "./index.js";

/** How to provoke a documented error from its operation's sample request: the spec's `x-ecs-trigger`. */
export type ErrorTrigger = TriggerComponents["schemas"]["ErrorTrigger"];

/** One parameter of an operation, its schema's references inlined and its annotations dropped. */
export interface ParameterModel {
  readonly name: string;
  readonly in: "query" | "header" | "path" | "cookie";
  readonly required: boolean;
  readonly schema: Readonly<Record<string, unknown>>;
  /** Sent as `Name.1`, `Name.2`... (`x-ecs-style: repeat-list`). */
  readonly repeatList?: true;
  /** The values the service acts on; any other is ignored rather than refused (`x-ecs-filtered-values`). */
  readonly filteredValues?: readonly string[];
}

/** One documented response: where it is in the document, and the JSON pointer of each media type's schema. */
export interface ResponseModel {
  readonly pointer: string;
  readonly schemas: Readonly<Record<string, string>>;
}

/** One operation of an HTTP document (the control API's, for instance). */
export interface HttpOperationModel {
  readonly operationId: string;
  readonly method: string;
  /** The path as the document writes it, e.g. `/task-fates/{id}`. */
  readonly path: string;
  /** JSON pointer of the operation in the bundled document. */
  readonly pointer: string;
  readonly summary: string;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody?: { readonly required: boolean; readonly schemas: Readonly<Record<string, string>> };
  /** By status code (`"200"`, `"404"`...). */
  readonly responses: Readonly<Record<string, ResponseModel>>;
}

/** One ECS action, as its GET operation describes it (its POST shares parameters and responses). */
export interface ActionModel {
  readonly action: ActionName;
  /** JSON pointer of the path item in the bundled document. */
  readonly pointer: string;
  readonly operationIds: { readonly get: string; readonly post?: string };
  /** Whether a retry repeats nothing (`x-ecs-idempotent`). */
  readonly idempotent: boolean;
  readonly tags: readonly string[];
  /** A request that succeeds (`x-ecs-sample-request`); `$taskId` stands for an existing task. */
  readonly sampleRequest: Readonly<Record<string, string>>;
  readonly parameters: readonly ParameterModel[];
  /** By status code (`"200"`, `"400"`...). */
  readonly responses: Readonly<Record<string, ResponseModel>>;
}

/** One documented error of one action: an error example of one of its responses. */
export interface DocumentedError {
  readonly action: ActionName;
  /** The example's name, e.g. `MissingParameter.RegionId`. */
  readonly name: string;
  readonly status: number;
  readonly code: EcsErrorCode;
  readonly message: string;
  /** `prefix` when the real service appends details to the documented message (`x-ecs-message-match`). */
  readonly messageMatch: "exact" | "prefix";
  readonly summary: string;
  readonly trigger: ErrorTrigger;
  /** Declared once in `components/examples` for every action, rather than by this one. */
  readonly common: boolean;
  /** JSON pointer of the example in the bundled document. */
  readonly pointer: string;
}
