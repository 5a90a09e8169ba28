import { type DocumentedError as ContractError, documentedErrors } from "@ecs-tasks/contract";
import { EcsError } from "./ecs-error.js";
import type { OverlongParameter } from "./parameter-limits.js";

/** A documented error as the spec describes it: the status of the response it is an example of, its code and message. */
export interface DocumentedError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

const MISSING_OPERATION_PARAMETER = "MissingParameter.RegionId";

/**
 * Every documented error of the contract, by action and by example name (`InvalidTaskId.NotFound`,
 * `MissingParameter.TaskId`, ...), so statuses and messages come from the spec, never from copies in the code.
 */
export class ErrorCatalogue {
  readonly #byAction = new Map<string, Map<string, DocumentedError>>();
  readonly #common = new Map<string, DocumentedError>();
  readonly #missingTemplate: DocumentedError;

  /** Indexes `errors` (the contract's documented errors unless a test passes others). */
  constructor(errors: readonly ContractError[] = documentedErrors) {
    for (const { action, name, status, code, message, common } of errors) {
      const documented = { status, code, message };
      let ofAction = this.#byAction.get(action);
      if (ofAction === undefined) {
        ofAction = new Map();
        this.#byAction.set(action, ofAction);
      }
      ofAction.set(name, documented);
      if (common) {
        this.#common.set(name, documented);
      }
    }
    const template = this.#byAction.get("DescribeTaskAttribute")?.get(MISSING_OPERATION_PARAMETER);
    if (template === undefined || !template.message.includes('"RegionId"')) {
      throw new Error(
        `The spec has no ${MISSING_OPERATION_PARAMETER} example to derive MissingParameter messages from.`,
      );
    }
    this.#missingTemplate = template;
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

  /**
   * The answer to a parameter over its limit: the parameter's own `Invalid<Name>.Malformed` when the action
   * documents one and the limit is the spec's, else `ParameterTooLong`, its documented message followed by
   * the parameter's name and the limit (the example matches by prefix).
   */
  parameterTooLong(action: string | undefined, overlong: OverlongParameter): EcsError {
    if (overlong.documented && action !== undefined) {
      const own = this.find(action, `Invalid${overlong.name}.Malformed`);
      if (own !== undefined) {
        return new EcsError(own.status, own.code, own.message);
      }
    }
    const documented = this.error(action, "ParameterTooLong");
    return new EcsError(
      documented.status,
      documented.code,
      `${documented.message} "${overlong.name}" has ${overlong.length} characters; at most ${overlong.limit} are accepted.`,
    );
  }

  /** `MissingParameter` for an operation parameter, with the documented wording for that parameter's name. */
  missingParameter(action: string, parameter: string): EcsError {
    const documented = this.find(action, `MissingParameter.${parameter}`) ?? {
      ...this.#missingTemplate,
      message: this.#missingTemplate.message.replace('"RegionId"', `"${parameter}"`),
    };
    return new EcsError(documented.status, documented.code, documented.message);
  }
}
