/**
 * @module
 * The contract of Alibaba Cloud ECS DescribeTaskAttribute (API 2014-05-26) and its companion task operations:
 * the types generated from the OpenAPI document in `openapi/`, named aliases for them, and what the spec
 * says as small generated data: its operations, its documented errors and its enums. The bundled documents
 * are at `@ecs-tasks/contract/openapi-document` and `@ecs-tasks/contract/control-api-document`, the
 * validator at `@ecs-tasks/contract/validation`, the control API's precompiled body validators at
 * `@ecs-tasks/contract/control-validation`, so that importing this module loads none of them.
 */
import type { components as ControlApiComponents } from "./generated/control-api.js";
import type { components, paths } from "./generated/openapi.js";

export type {
  components as ControlApiComponents,
  operations as ControlApiOperations,
  paths as ControlApiPaths,
} from "./generated/control-api.js";
export { controlApiTitle, controlOperations } from "./generated/control-operations.js";
export { documentedErrors } from "./generated/documented-errors.js";
export { ecsOperations } from "./generated/ecs-operations.js";
export {
  describeTasksTaskStatusFilters,
  documentedErrorCodes,
  operationStatuses,
  taskActions,
  taskProducingActions,
  taskStatuses,
} from "./generated/enums.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type {
  ActionModel,
  DocumentedError,
  ErrorTrigger,
  HttpOperationModel,
  ParameterModel,
  ResponseModel,
} from "./spec-model.js";

type Schemas = components["schemas"];

/** An RPC action this contract describes, such as `"DescribeTaskAttribute"`. */
export type ActionName = keyof paths extends infer Key
  ? Key extends `/#Action=${infer Action}`
    ? Action
    : never
  : never;

/** The path key under which the spec describes an action (the wire path is always `/`). */
export type ActionPath<Action extends ActionName> = `/#Action=${Action}`;

/** The query parameters of an action, common parameters included (the same for GET and POST). */
export type ActionRequest<Action extends ActionName> = NonNullable<
  paths[ActionPath<Action>]["get"]["parameters"]["query"]
>;

/** The JSON body of an action's successful answer. */
export type ActionResponse<Action extends ActionName> =
  paths[ActionPath<Action>]["get"]["responses"][200]["content"]["application/json"];

/** A task as DescribeTaskAttribute reports it. */
export type Task = Schemas["DescribeTaskAttributeResponse"];
/** The status of a task: Processing (queued at 0 % too), Finished or Failed (cancelled too); decision 0038. */
export type TaskStatus = Schemas["TaskStatus"];
/** The operation that created a task. */
export type TaskAction = Schemas["TaskAction"];
/** An action that creates tasks: ImportImage, ExportImage or ModifyDiskSpec. */
export type TaskProducingAction = typeof import("./generated/enums.js").taskProducingActions[number];
/** A `TaskStatus` value DescribeTasks filters on; it ignores the others. */
export type FilterableTaskStatus =
  typeof import("./generated/enums.js").describeTasksTaskStatusFilters[number];
/** The status of one subtask of a task. */
export type OperationStatus = Schemas["OperationStatus"];
/** The progress of one subtask of a task. */
export type OperationProgress = Schemas["OperationProgress"];
/** A resource related to a subtask (an OSS object, an image, a disk). */
export type RelatedItem = Schemas["RelatedItem"];
/** One task in a DescribeTasks page. */
export type TaskSummary = Schemas["TaskSummary"];
/** One region of DescribeRegions. */
export type Region = Schemas["Region"];
/** `SupportCancel` as it appears on the wire: a boolean or the string `"true"`/`"false"`. */
export type SupportCancel = Schemas["SupportCancel"];
/** The body of every error answer. */
export type ErrorBody = Schemas["ErrorBody"];
/** Every error code the contract documents, for all operations and the common errors. */
export type EcsErrorCode = Schemas["DocumentedErrorCode"];

/** DescribeTaskAttribute's query parameters. */
export type DescribeTaskAttributeRequest = ActionRequest<"DescribeTaskAttribute">;
/** DescribeTaskAttribute's successful answer. */
export type DescribeTaskAttributeResponse = ActionResponse<"DescribeTaskAttribute">;
/** DescribeTasks' query parameters. */
export type DescribeTasksRequest = ActionRequest<"DescribeTasks">;
/** DescribeTasks' successful answer. */
export type DescribeTasksResponse = ActionResponse<"DescribeTasks">;
/** CancelTask's query parameters. */
export type CancelTaskRequest = ActionRequest<"CancelTask">;
/** CancelTask's successful answer. */
export type CancelTaskResponse = ActionResponse<"CancelTask">;
/** ExportImage's query parameters. */
export type ExportImageRequest = ActionRequest<"ExportImage">;
/** ExportImage's successful answer. */
export type ExportImageResponse = ActionResponse<"ExportImage">;
/** ImportImage's query parameters. */
export type ImportImageRequest = ActionRequest<"ImportImage">;
/** ImportImage's successful answer. */
export type ImportImageResponse = ActionResponse<"ImportImage">;
/** ModifyDiskSpec's query parameters. */
export type ModifyDiskSpecRequest = ActionRequest<"ModifyDiskSpec">;
/** ModifyDiskSpec's successful answer. */
export type ModifyDiskSpecResponse = ActionResponse<"ModifyDiskSpec">;
/** DescribeRegions' query parameters. */
export type DescribeRegionsRequest = ActionRequest<"DescribeRegions">;
/** DescribeRegions' successful answer. */
export type DescribeRegionsResponse = ActionResponse<"DescribeRegions">;

type ControlSchemas = ControlApiComponents["schemas"];

/** The body of `POST /_reference/tasks`: a task in a chosen state. */
export type ControlTaskPlacement = ControlSchemas["TaskPlacement"];
/** How a task ends, in control API bodies. */
export type ControlFate = ControlSchemas["Fate"];
/** The body of `POST /_reference/task-fates`. */
export type ControlScriptedFateRequest = ControlSchemas["ScriptedFateRequest"];
/** A scripted fate as the control API reports it. */
export type ControlScriptedFate = ControlSchemas["ScriptedFate"];
/** The body of `POST /_reference/faults`. */
export type ControlFaultSpec = ControlSchemas["FaultSpec"];
/** An armed fault as the control API reports it. */
export type ControlFault = ControlSchemas["Fault"];
/** The body of `POST /_reference/clock/set`. */
export type ControlClockSet = ControlSchemas["ClockSet"];
/** The body of `POST /_reference/clock/advance`. */
export type ControlClockAdvance = ControlSchemas["ClockAdvance"];
/** The clock as the control API reports it. */
export type ControlClockState = ControlSchemas["ClockState"];
/** A task as `POST /_reference/tasks` answers it. */
export type ControlTask = ControlSchemas["ControlTask"];
/** One recorded request of `GET /_reference/requests`. */
export type ControlLoggedRequest = ControlSchemas["LoggedRequest"];
/** The body of every refused control API request. */
export type ControlProblem = ControlSchemas["Problem"];

/**
 * How every package here is handed a way to send: a web `Request` in, a `Response` out. `globalThis.fetch`
 * fits, and so does an app's in-process handler (`app.fetch`), so tests and other runtimes need no socket.
 */
export type FetchLike = (request: Request) => Response | Promise<Response>;
