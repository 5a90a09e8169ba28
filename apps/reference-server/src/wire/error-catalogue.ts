import { EcsError } from "./ecs-error.js";

/** A documented error as the spec describes it: the status of the response it is an example of, its code and message. */
export interface DocumentedError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows internal `#/...` references of the bundled document. */
function resolve(document: Json, node: unknown): unknown {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 16; hops++) {
    const pointer = current.$ref;
    if (!pointer.startsWith("#/")) {
      throw new Error(`Only internal references are supported, found ${pointer}.`);
    }
    let target: unknown = document;
    for (const raw of pointer.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      target = isObject(target) ? target[key] : undefined;
    }
    current = target;
  }
  return current;
}

const MISSING_OPERATION_PARAMETER = "MissingParameter.RegionId";

/**
 * Every documented error, read once from the OpenAPI document: for each action, each error example of
 * each response, keyed by the example's name (`InvalidTaskId.NotFound`, `MissingParameter.TaskId`, ...).
 * Statuses and messages therefore come from the spec, never from copies in the code.
 */
export class ErrorCatalogue {
  readonly #byAction = new Map<string, Map<string, DocumentedError>>();
  readonly #common = new Map<string, DocumentedError>();
  readonly #missingTemplate: string;

  /** Reads the errors of every `/#Action=<Name>` path of `document` (the bundled spec). */
  constructor(document: Readonly<Record<string, unknown>>) {
    const doc = document as Json;
    const paths = isObject(doc.paths) ? doc.paths : {};
    for (const [pathKey, pathItem] of Object.entries(paths)) {
      const action = pathKey.startsWith("/#Action=") ? pathKey.slice("/#Action=".length) : undefined;
      const operation = isObject(pathItem) ? resolve(doc, pathItem.get) : undefined;
      if (action === undefined || !isObject(operation) || !isObject(operation.responses)) {
        continue;
      }
      const errors = new Map<string, DocumentedError>();
      for (const [status, response] of Object.entries(operation.responses)) {
        const statusCode = Number(status);
        if (!(statusCode >= 400)) {
          continue;
        }
        const resolved = resolve(doc, response);
        const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
        const json = content["application/json"];
        const examples = isObject(json) && isObject(json.examples) ? json.examples : {};
        for (const [name, example] of Object.entries(examples)) {
          const value = resolve(doc, example);
          const body = isObject(value) && isObject(value.value) ? value.value : undefined;
          if (body !== undefined && typeof body.Code === "string" && typeof body.Message === "string") {
            const documented = { status: statusCode, code: body.Code, message: body.Message };
            errors.set(name, documented);
            if (
              isObject(example) &&
              typeof example.$ref === "string" &&
              example.$ref.startsWith("#/components/")
            ) {
              this.#common.set(name, documented);
            }
          }
        }
      }
      this.#byAction.set(action, errors);
    }
    const template = this.#byAction.get("DescribeTaskAttribute")?.get(MISSING_OPERATION_PARAMETER);
    if (template === undefined || !template.message.includes('"RegionId"')) {
      throw new Error(
        `The spec has no ${MISSING_OPERATION_PARAMETER} example to derive MissingParameter messages from.`,
      );
    }
    this.#missingTemplate = template.message;
  }

  /** The actions the spec describes. */
  actions(): string[] {
    return [...this.#byAction.keys()];
  }

  /** The documented error `name` of `action` (or a common error), or undefined. */
  find(action: string | undefined, name: string): DocumentedError | undefined {
    return (
      (action === undefined ? undefined : this.#byAction.get(action)?.get(name)) ?? this.#common.get(name)
    );
  }

  /** Every documented error of `action`, by example name. */
  errorsOf(action: string): ReadonlyMap<string, DocumentedError> {
    return this.#byAction.get(action) ?? new Map();
  }

  /** The documented error `name` as a throwable; a name the spec lacks is a programming error. */
  error(action: string | undefined, name: string, headers?: Readonly<Record<string, string>>): EcsError {
    const documented = this.find(action, name);
    if (documented === undefined) {
      throw new Error(`The spec documents no error ${name} for ${action ?? "any action"}.`);
    }
    return new EcsError(documented.status, documented.code, documented.message, headers);
  }

  /** `MissingParameter` for an operation parameter, with the documented wording for that parameter's name. */
  missingParameter(action: string, parameter: string): EcsError {
    const documented = this.find(action, `MissingParameter.${parameter}`);
    if (documented !== undefined) {
      return new EcsError(documented.status, documented.code, documented.message);
    }
    const template = this.find("DescribeTaskAttribute", MISSING_OPERATION_PARAMETER) as DocumentedError;
    return new EcsError(
      template.status,
      template.code,
      this.#missingTemplate.replace('"RegionId"', `"${parameter}"`),
    );
  }
}
