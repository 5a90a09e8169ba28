import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { expect } from "vitest";
import { parse } from "yaml";

type Json = Record<string, unknown>;

// The source document rather than the generated copy, so the test checks what the file says today.
const document = parse(
  readFileSync(new URL("../../../../openapi/control-api.yaml", import.meta.url), "utf8"),
) as Json;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ ...document, $id: "control" });

/** Asserts that a control API response is documented for this path, method and status, and validates. */
export async function expectControlResponse(
  response: Response,
  method: string,
  path: string,
): Promise<unknown> {
  const paths = document.paths as Record<string, Record<string, Json>>;
  const operation = paths[path]?.[method.toLowerCase()];
  expect(operation, `${method} ${path} is documented`).toBeDefined();
  const responses = (operation?.responses ?? {}) as Record<string, Json>;
  let documented = responses[String(response.status)];
  expect(documented, `${method} ${path} documents ${response.status}`).toBeDefined();
  if (typeof documented?.$ref === "string") {
    const name = documented.$ref.split("/").pop() as string;
    documented = ((document.components as Json).responses as Record<string, Json>)[name];
  }
  const text = await response.text();
  const content = documented?.content as Record<string, Json> | undefined;
  if (content === undefined) {
    expect(text).toBe("");
    return undefined;
  }
  const schema = content["application/json"]?.schema as Json | undefined;
  const body: unknown = JSON.parse(text);
  if (schema !== undefined) {
    const validate =
      typeof schema.$ref === "string"
        ? ajv.getSchema(`control${schema.$ref}`)
        : ajv.compile({ ...schema, components: document.components });
    expect(validate).toBeDefined();
    expect(validate?.(body), JSON.stringify({ body, errors: validate?.errors })).toBe(true);
  }
  return body;
}
