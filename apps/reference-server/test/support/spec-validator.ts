import {
  type DocumentedError,
  documentedErrors,
  ecsOperations,
  type ResponseModel,
} from "@ecs-tasks/contract";
import { openapiDocument } from "@ecs-tasks/contract/openapi-document";
import { createSchemaValidator } from "@ecs-tasks/contract/validation";
import { expect } from "vitest";

type Json = Record<string, unknown>;

const validate = createSchemaValidator(openapiDocument);

/** The spec's response for an action and status (its GET and POST share them), or undefined when it has none. */
export function documentedResponse(action: string, status: number): ResponseModel | undefined {
  return ecsOperations.find((operation) => operation.action === action)?.responses[String(status)];
}

/** The documented errors of an action's response with this status, by example name (`InvalidTaskId.NotFound`, ...). */
export function documentedErrorsOf(action: string, status: number): Map<string, DocumentedError> {
  return new Map(
    documentedErrors.filter((e) => e.action === action && e.status === status).map((e) => [e.name, e]),
  );
}

/** The problems of a body against an action's response schema for a status and media type. */
function problemsOf(action: string, status: number, mediaType: string, body: unknown): string[] {
  const response = documentedResponse(action, status);
  expect(response, `the spec documents ${action} → ${status}`).toBeDefined();
  const schema = response?.schemas[mediaType];
  expect(schema, `the spec documents ${mediaType} for ${action} → ${status}`).toBeDefined();
  return validate(schema ?? "", body);
}

/**
 * Asserts that a response of the ECS endpoint is what the spec documents for this action and status:
 * a documented status, and a body that validates against the response schema (JSON), or a well-formed ECS
 * XML document with the right root (XML). Returns the parsed JSON body (or the XML text).
 */
export async function expectDocumentedResponse(response: Response, action: string): Promise<Json> {
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const requestId = response.headers.get("x-acs-request-id");
  expect(requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  if (type.startsWith("text/xml")) {
    expect(documentedResponse(action, response.status)?.schemas["text/xml"]).toBeDefined();
    const root = response.status === 200 ? `${action}Response` : "Error";
    expect(text.startsWith(`<?xml version="1.0" encoding="UTF-8"?><${root}>`)).toBe(true);
    expect(text.endsWith(`</${root}>`)).toBe(true);
    expect(text).toContain(`<RequestId>${requestId}</RequestId>`);
    return { xml: text };
  }
  expect(type).toBe("application/json;charset=utf-8");
  const body = JSON.parse(text) as Json;
  expect(
    problemsOf(action, response.status, "application/json", body),
    JSON.stringify(body, null, 1),
  ).toEqual([]);
  expect(body.RequestId).toBe(requestId);
  return body;
}
