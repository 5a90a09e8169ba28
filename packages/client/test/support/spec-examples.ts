import { documentedErrors, ecsOperations } from "@ecs-tasks/contract";
import { openapiDocument } from "@ecs-tasks/contract/openapi-document";

type Json = Record<string, unknown>;

/** The value at a JSON pointer the contract's data names (no reference is followed). */
function valueAt(pointer: string): unknown {
  let current: unknown = openapiDocument;
  for (const segment of pointer.slice(1).split("/")) {
    current = (current as Json | undefined)?.[segment.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return current;
}

function examplesPointer(action: string, status: number): string {
  const response = ecsOperations.find((o) => o.action === action)?.responses[String(status)];
  if (response === undefined) {
    throw new Error(`No response ${status} for ${action}`);
  }
  return `${response.pointer}/content/application~1json/examples`;
}

/** The spec's example of an action's answer with this status, by example name, as a JSON value. */
export function specExample(action: string, status: number, exampleName: string): Json {
  // An error example may be shared by every action (common errors): the contract says where it is.
  const error = documentedErrors.find(
    (e) => e.action === action && e.status === status && e.name === exampleName,
  );
  const pointer = error?.pointer ?? `${examplesPointer(action, status)}/${exampleName.replaceAll("/", "~1")}`;
  const value = (valueAt(pointer) as Json | undefined)?.value;
  if (value === undefined) {
    throw new Error(`No example ${exampleName} for ${action} ${status}`);
  }
  return structuredClone(value) as Json;
}

/** The names of an action's examples for one status. */
export function specExampleNames(action: string, status: number): string[] {
  return Object.keys(valueAt(examplesPointer(action, status)) as Json);
}
