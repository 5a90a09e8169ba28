// Everything the checks know about the API is read here from the bundled spec, so a change to the spec
// changes the suite without touching a check.
import { openapiDocument } from "@ecs-tasks/contract";
import { isJsonObject, type JsonObject } from "./json-value.js";

/** How to provoke a documented error: the spec's `x-ecs-trigger` extension. */
export interface ErrorTrigger {
  remove?: string[];
  set?: Record<string, string>;
  /** `null` sends no action at all; absent sends the operation's own. */
  action?: string | null;
  /** `null` sends no version at all; absent sends 2014-05-26. */
  version?: string | null;
  method?: string;
  precondition?: "finished-task" | "uncancellable-task";
  auth?: AuthFault;
  needs?: Array<"control-api" | "auth-verify">;
  provokable?: false;
  /** Send the request by POST with a form body of at least this many bytes. */
  bodyBytes?: number;
  /** Send the request by GET with a filler query parameter of at least this many bytes. */
  queryBytes?: number;
  /** Fields this suite does not know; an error whose trigger has any cannot be provoked. */
  unknownFields: string[];
}

/** What to get wrong when signing, as the trigger names it. */
export type AuthFault =
  | "malformed-signature"
  | "wrong-secret"
  | "stale-timestamp"
  | "reused-nonce"
  | "unknown-key";

/** One documented error of one operation, with where the spec says so. */
export interface DocumentedError {
  action: string;
  /** The example's name, e.g. `MissingParameter.RegionId`. */
  name: string;
  status: number;
  code: string;
  message: string;
  /** `prefix` when the real service appends details to the documented message. */
  messageMatch: "exact" | "prefix";
  summary: string;
  trigger: ErrorTrigger;
  /** Declared once for every operation in `components/examples` rather than by this operation. */
  common: boolean;
  /** JSON pointer of the example in the bundled spec. */
  pointer: string;
}

/** One RPC action of the spec with what the checks need from it. */
export interface OperationModel {
  action: string;
  idempotent: boolean;
  /** The operation's tags in the spec (`Task producers` marks the operations that create tasks). */
  tags: string[];
  /** A request that succeeds; `$taskId` stands for an existing task. */
  sampleRequest: Record<string, string>;
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

const TRIGGER_FIELDS = new Set([
  "remove",
  "set",
  "action",
  "version",
  "method",
  "precondition",
  "auth",
  "needs",
  "provokable",
  "bodyBytes",
  "queryBytes",
]);

function escapePointer(key: string): string {
  return key.replaceAll("~", "~0").replaceAll("/", "~1");
}

function resolve(document: JsonObject, value: unknown, pointer: string): { value: unknown; pointer: string } {
  if (isJsonObject(value) && typeof value.$ref === "string" && value.$ref.startsWith("#/")) {
    let current: unknown = document;
    for (const raw of value.$ref.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      current = isJsonObject(current) ? current[key] : undefined;
    }
    return resolve(document, current, value.$ref.slice(1));
  }
  return { value, pointer };
}

function readTrigger(raw: unknown): ErrorTrigger {
  const trigger: ErrorTrigger = { unknownFields: [] };
  if (!isJsonObject(raw)) {
    trigger.unknownFields.push("(missing x-ecs-trigger)");
    return trigger;
  }
  for (const key of Object.keys(raw)) {
    if (!TRIGGER_FIELDS.has(key)) {
      trigger.unknownFields.push(key);
    }
  }
  if (Array.isArray(raw.remove)) {
    trigger.remove = raw.remove.map(String);
  }
  if (isJsonObject(raw.set)) {
    trigger.set = Object.fromEntries(Object.entries(raw.set).map(([k, v]) => [k, String(v)]));
  }
  if ("action" in raw) {
    trigger.action = raw.action === null ? null : String(raw.action);
  }
  if ("version" in raw) {
    trigger.version = raw.version === null ? null : String(raw.version);
  }
  if (typeof raw.method === "string") {
    trigger.method = raw.method;
  }
  if (raw.precondition === "finished-task" || raw.precondition === "uncancellable-task") {
    trigger.precondition = raw.precondition;
  } else if (raw.precondition !== undefined) {
    trigger.unknownFields.push(`precondition=${String(raw.precondition)}`);
  }
  if (typeof raw.auth === "string") {
    trigger.auth = raw.auth as AuthFault;
  }
  if (Array.isArray(raw.needs)) {
    trigger.needs = raw.needs.filter((need): need is "control-api" | "auth-verify" => {
      if (need === "control-api" || need === "auth-verify") {
        return true;
      }
      trigger.unknownFields.push(`needs=${String(need)}`);
      return false;
    });
  }
  if (raw.provokable === false) {
    trigger.provokable = false;
  }
  if (typeof raw.bodyBytes === "number" && Number.isInteger(raw.bodyBytes) && raw.bodyBytes > 0) {
    trigger.bodyBytes = raw.bodyBytes;
  } else if (raw.bodyBytes !== undefined) {
    trigger.unknownFields.push(`bodyBytes=${String(raw.bodyBytes)}`);
  }
  if (typeof raw.queryBytes === "number" && Number.isInteger(raw.queryBytes) && raw.queryBytes > 0) {
    trigger.queryBytes = raw.queryBytes;
  } else if (raw.queryBytes !== undefined) {
    trigger.unknownFields.push(`queryBytes=${String(raw.queryBytes)}`);
  }
  return trigger;
}

function readOperation(document: JsonObject, pathKey: string, pathItem: JsonObject): OperationModel {
  const pointer = `/paths/${escapePointer(pathKey)}`;
  const action = String(pathItem["x-ecs-action"]);
  const sample = isJsonObject(pathItem["x-ecs-sample-request"]) ? pathItem["x-ecs-sample-request"] : {};
  const parameterNames: string[] = [];
  const requiredParameters: string[] = [];
  const parameterDefaults = new Map<string, unknown>();
  const parameters = Array.isArray(pathItem.parameters) ? pathItem.parameters : [];
  parameters.forEach((raw, index) => {
    const { value } = resolve(document, raw, `${pointer}/parameters/${index}`);
    if (isJsonObject(value) && typeof value.name === "string") {
      parameterNames.push(value.name);
      if (value.required === true) {
        requiredParameters.push(value.name);
      }
      if (isJsonObject(value.schema) && "default" in value.schema) {
        parameterDefaults.set(value.name, value.schema.default);
      }
    }
  });
  const responseSchemas = new Map<number, string>();
  const errors: DocumentedError[] = [];
  // GET and POST share their responses (one component per status), so GET describes both.
  const get = pathItem.get;
  const responses = isJsonObject(get) && isJsonObject(get.responses) ? get.responses : {};
  for (const [statusKey, rawResponse] of Object.entries(responses)) {
    const status = Number(statusKey);
    const response = resolve(document, rawResponse, `${pointer}/get/responses/${statusKey}`);
    const content = isJsonObject(response.value) ? response.value.content : undefined;
    const json = isJsonObject(content) ? content["application/json"] : undefined;
    if (!isJsonObject(json)) {
      continue;
    }
    const jsonPointer = `${response.pointer}/content/application~1json`;
    responseSchemas.set(status, `${jsonPointer}/schema`);
    if (status < 400 || !isJsonObject(json.examples)) {
      continue;
    }
    for (const [name, rawExample] of Object.entries(json.examples)) {
      const example = resolve(document, rawExample, `${jsonPointer}/examples/${escapePointer(name)}`);
      if (!isJsonObject(example.value) || !isJsonObject(example.value.value)) {
        continue;
      }
      const body = example.value.value;
      errors.push({
        action,
        name,
        status,
        code: String(body.Code),
        message: String(body.Message),
        messageMatch: example.value["x-ecs-message-match"] === "prefix" ? "prefix" : "exact",
        summary: typeof example.value.summary === "string" ? example.value.summary : name,
        trigger: readTrigger(example.value["x-ecs-trigger"]),
        common: example.pointer.startsWith("/components/examples/"),
        pointer: example.pointer,
      });
    }
  }
  return {
    action,
    idempotent: pathItem["x-ecs-idempotent"] === true,
    tags: isJsonObject(get) && Array.isArray(get.tags) ? get.tags.map(String) : [],
    sampleRequest: Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, String(v)])),
    parameterNames,
    requiredParameters,
    parameterDefaults,
    responseSchemas,
    errors,
    pointer,
  };
}

/** Reads every RPC action of a bundled OpenAPI document (the contract's own by default). */
export function readOperations(document: JsonObject = openapiDocument): OperationModel[] {
  const paths = isJsonObject(document.paths) ? document.paths : {};
  const operations: OperationModel[] = [];
  for (const [pathKey, pathItem] of Object.entries(paths)) {
    if (isJsonObject(pathItem) && typeof pathItem["x-ecs-action"] === "string") {
      operations.push(readOperation(document, pathKey, pathItem));
    }
  }
  return operations;
}
