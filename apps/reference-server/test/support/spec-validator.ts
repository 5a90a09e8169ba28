import { openapiDocument } from "@ecs-tasks/contract";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";

type Json = Record<string, unknown>;

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...openapiDocument, $id: "ecs" });

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function follow(node: unknown): unknown {
  let current = node;
  while (isObject(current) && typeof current.$ref === "string") {
    let target: unknown = openapiDocument;
    for (const part of current.$ref.slice(2).split("/")) {
      target = isObject(target) ? target[part.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
    }
    current = target;
  }
  return current;
}

/** The spec's response object for an action, method and status, or undefined when the spec has none. */
export function documentedResponse(action: string, method: string, status: number): Json | undefined {
  const paths = openapiDocument.paths as Json;
  const pathItem = follow(paths[`/#Action=${action}`]);
  const operation = isObject(pathItem) ? follow(pathItem[method === "POST" ? "post" : "get"]) : undefined;
  const responses = isObject(operation) ? operation.responses : undefined;
  const response = isObject(responses) ? follow(responses[String(status)]) : undefined;
  return isObject(response) ? response : undefined;
}

/** The example names (`InvalidTaskId.NotFound`, ...) the spec lists for an action's response with this status. */
export function documentedExamples(action: string, status: number): Map<string, Json> {
  const response = documentedResponse(action, "GET", status);
  const content = isObject(response?.content) ? (response.content as Json)["application/json"] : undefined;
  const examples = isObject(content) && isObject(content.examples) ? content.examples : {};
  return new Map(Object.entries(examples).map(([name, example]) => [name, (follow(example) ?? {}) as Json]));
}

/** The response schema validator of an action, method, status and media type. */
function validatorFor(action: string, method: string, status: number, mediaType: string) {
  const response = documentedResponse(action, method, status);
  expect(response, `the spec documents ${method} ${action} → ${status}`).toBeDefined();
  const content = (response?.content ?? {}) as Json;
  const media = content[mediaType];
  expect(media, `the spec documents ${mediaType} for ${action} → ${status}`).toBeDefined();
  const schema = isObject(media) ? media.schema : undefined;
  if (!isObject(schema) || typeof schema.$ref !== "string") {
    throw new Error(`Expected a $ref schema for ${action} ${status}.`);
  }
  const validate = ajv.getSchema(`ecs${schema.$ref}`);
  if (validate === undefined) {
    throw new Error(`No schema at ${schema.$ref}.`);
  }
  return validate;
}

/**
 * Asserts that a response of the ECS endpoint is what the spec documents for this action, method and status:
 * a documented status, and a body that validates against the response schema (JSON), or a well-formed ECS
 * XML document with the right root (XML). Returns the parsed JSON body (or the XML text).
 */
export async function expectDocumentedResponse(
  response: Response,
  action: string,
  method = "GET",
): Promise<Json> {
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const requestId = response.headers.get("x-acs-request-id");
  expect(requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  if (type.startsWith("text/xml")) {
    validatorFor(action, method, response.status, "text/xml");
    const root = response.status === 200 ? `${action}Response` : "Error";
    expect(text.startsWith(`<?xml version="1.0" encoding="UTF-8"?><${root}>`)).toBe(true);
    expect(text.endsWith(`</${root}>`)).toBe(true);
    expect(text).toContain(`<RequestId>${requestId}</RequestId>`);
    return { xml: text };
  }
  expect(type).toBe("application/json;charset=utf-8");
  const body = JSON.parse(text) as Json;
  const validate = validatorFor(action, method, response.status, "application/json");
  const valid = validate(body);
  expect(valid, JSON.stringify({ body, errors: validate.errors }, null, 1)).toBe(true);
  expect(body.RequestId).toBe(requestId);
  return body;
}
