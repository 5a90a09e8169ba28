import { openapiDocument } from "@ecs-tasks/contract";

type Json = Record<string, unknown>;

function resolve(node: unknown): Json {
  let current = node as Json;
  while (typeof current.$ref === "string") {
    let target: unknown = openapiDocument;
    for (const segment of current.$ref.replace(/^#\//, "").split("/")) {
      target = (target as Json)[segment.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    current = target as Json;
  }
  return current;
}

/** The spec's example of an action's answer with this status, by example name, as a JSON value. */
export function specExample(action: string, status: number, exampleName: string): Json {
  const pathItem = resolve((openapiDocument.paths as Json)[`/#Action=${action}`]);
  const response = resolve((resolve(pathItem.post).responses as Json)[String(status)]);
  const media = (response.content as Json)["application/json"] as Json;
  const example = resolve((media.examples as Json)[exampleName]);
  if (example.value === undefined) {
    throw new Error(`No example ${exampleName} for ${action} ${status}`);
  }
  return structuredClone(example.value) as Json;
}

/** The names of an action's examples for one status. */
export function specExampleNames(action: string, status: number): string[] {
  const pathItem = resolve((openapiDocument.paths as Json)[`/#Action=${action}`]);
  const response = resolve((resolve(pathItem.post).responses as Json)[String(status)]);
  return Object.keys(((response.content as Json)["application/json"] as Json).examples as Json);
}
