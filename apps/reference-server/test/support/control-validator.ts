import { controlOperations } from "@ecs-tasks/contract";
import { controlApiDocument } from "@ecs-tasks/contract/control-api-document";
import { createSchemaValidator } from "@ecs-tasks/contract/validation";
import { expect } from "vitest";

const validate = createSchemaValidator(controlApiDocument);

/** Asserts that a control API response is documented for this path, method and status, and validates. */
export async function expectControlResponse(
  response: Response,
  method: string,
  path: string,
): Promise<unknown> {
  const operation = controlOperations.find((o) => o.path === path && o.method === method.toUpperCase());
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const documented = operation?.responses[String(response.status)];
  expect(documented, `${method} ${path} documents ${response.status}`).toBeDefined();
  const text = await response.text();
  if (Object.keys(documented?.schemas ?? {}).length === 0) {
    expect(text).toBe("");
    return undefined;
  }
  const schema = documented?.schemas["application/json"];
  expect(schema, `${method} ${path} → ${response.status} is documented as JSON`).toBeDefined();
  const body: unknown = JSON.parse(text);
  expect(validate(schema ?? "", body), JSON.stringify(body)).toEqual([]);
  return body;
}
