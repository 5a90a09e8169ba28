// Reads what the server, the client and the conformance suite need from a bundled document: the operations
// with their parameters and responses, the documented errors with their triggers, and the enums. This is the
// only place that walks the spec and follows its `$ref`s; everything else imports the generated modules.
import { Ajv2020 } from "ajv/dist/2020.js";

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
const escapePointer = (key) => key.replaceAll("~", "~0").replaceAll("/", "~1");
const unescapePointer = (key) => key.replaceAll("~1", "/").replaceAll("~0", "~");

/** Follows internal `$ref`s; answers the value and the JSON pointer it was found at. */
function resolve(document, value, pointer) {
  let current = { value, pointer };
  for (let hops = 0; isObject(current.value) && typeof current.value.$ref === "string"; hops++) {
    const ref = current.value.$ref;
    if (!ref.startsWith("#/") || hops > 16) {
      throw new Error(`Cannot follow the reference ${ref} at ${current.pointer}.`);
    }
    let target = document;
    for (const key of ref.slice(2).split("/")) {
      target = isObject(target) ? target[unescapePointer(key)] : undefined;
    }
    if (target === undefined) {
      throw new Error(`The reference ${ref} at ${current.pointer} points nowhere.`);
    }
    current = { value: target, pointer: ref.slice(1) };
  }
  return current;
}

// Keywords a reader of the data needs to check a value; annotations stay in the document.
const ANNOTATIONS = new Set(["description", "example", "examples", "title", "deprecated", "xml"]);

/** A schema with its references inlined and its annotations dropped. */
function inlineSchema(document, schema, pointer) {
  const { value, pointer: at } = resolve(document, schema, pointer);
  if (Array.isArray(value)) {
    return value.map((item, index) => inlineSchema(document, item, `${at}/${index}`));
  }
  if (!isObject(value)) {
    return value;
  }
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) {
      continue;
    }
    const childPointer = `${at}/${escapePointer(key)}`;
    if (key === "properties" && isObject(child)) {
      out.properties = Object.fromEntries(
        Object.entries(child).map(([name, property]) => [
          name,
          inlineSchema(document, property, `${childPointer}/${escapePointer(name)}`),
        ]),
      );
    } else if (isObject(child) || Array.isArray(child)) {
      out[key] = inlineSchema(document, child, childPointer);
    } else {
      out[key] = child;
    }
  }
  return out;
}

function readParameters(document, rawParameters, pointer) {
  return (Array.isArray(rawParameters) ? rawParameters : []).map((raw, index) => {
    const { value, pointer: at } = resolve(document, raw, `${pointer}/${index}`);
    const parameter = {
      name: value.name,
      in: value.in,
      required: value.required === true,
      schema: inlineSchema(document, value.schema ?? {}, `${at}/schema`),
    };
    if (value["x-ecs-style"] === "repeat-list") {
      parameter.repeatList = true;
    }
    if (Array.isArray(value["x-ecs-filtered-values"])) {
      parameter.filteredValues = value["x-ecs-filtered-values"];
    }
    return parameter;
  });
}

/** Status → the response's pointer and, per media type, the pointer of its schema. */
function readResponses(document, operation, pointer) {
  const responses = {};
  for (const [status, raw] of Object.entries(operation.responses ?? {})) {
    const response = resolve(document, raw, `${pointer}/responses/${status}`);
    const schemas = {};
    for (const [mediaType, media] of Object.entries(response.value.content ?? {})) {
      if (isObject(media) && media.schema !== undefined) {
        schemas[mediaType] = `${response.pointer}/content/${escapePointer(mediaType)}/schema`;
      }
    }
    responses[status] = { pointer: response.pointer, schemas };
  }
  return responses;
}

function readRequestBody(document, operation, pointer) {
  if (operation.requestBody === undefined) {
    return undefined;
  }
  const body = resolve(document, operation.requestBody, `${pointer}/requestBody`);
  const schemas = {};
  for (const [mediaType, media] of Object.entries(body.value.content ?? {})) {
    if (isObject(media) && media.schema !== undefined) {
      schemas[mediaType] = `${body.pointer}/content/${escapePointer(mediaType)}/schema`;
    }
  }
  return { required: body.value.required === true, schemas };
}

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Every operation of a bundled document (either API), with what a reader needs of it. */
export function readHttpOperations(document) {
  const operations = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = resolve(document, rawItem, `/paths/${escapePointer(path)}`);
    const shared = readParameters(document, item.value.parameters, `${item.pointer}/parameters`);
    for (const method of METHODS) {
      const operation = item.value[method];
      if (!isObject(operation)) {
        continue;
      }
      const pointer = `${item.pointer}/${method}`;
      const own = readParameters(document, operation.parameters, `${pointer}/parameters`);
      const entry = {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        pointer,
        summary: operation.summary ?? "",
        parameters: [...shared, ...own],
        responses: readResponses(document, operation, pointer),
      };
      const requestBody = readRequestBody(document, operation, pointer);
      if (requestBody !== undefined) {
        entry.requestBody = requestBody;
      }
      operations.push({ item, entry });
    }
  }
  return operations;
}

/** The ECS actions: one per `/#Action=<Name>` path, described by its GET (POST shares its responses). */
function readActions(document) {
  const actions = [];
  for (const { item, entry } of readHttpOperations(document)) {
    const action = item.value["x-ecs-action"];
    if (typeof action !== "string" || entry.method !== "GET") {
      continue;
    }
    const post = item.value.post;
    const operation = item.value.get;
    actions.push({
      action,
      pointer: item.pointer,
      operationIds: { get: entry.operationId, post: isObject(post) ? post.operationId : undefined },
      idempotent: item.value["x-ecs-idempotent"] === true,
      tags: Array.isArray(operation.tags) ? operation.tags : [],
      sampleRequest: Object.fromEntries(
        Object.entries(item.value["x-ecs-sample-request"] ?? {}).map(([k, v]) => [k, String(v)]),
      ),
      parameters: entry.parameters,
      responses: entry.responses,
    });
  }
  return actions;
}

function readErrors(document, actions, validateTrigger) {
  const errors = [];
  for (const { action, pointer } of actions) {
    const operation = resolve(document, document.paths[`/#Action=${action}`], pointer).value.get;
    for (const [statusKey, raw] of Object.entries(operation.responses ?? {})) {
      const status = Number(statusKey);
      if (!(status >= 400)) {
        continue;
      }
      const response = resolve(document, raw, `${pointer}/get/responses/${statusKey}`);
      const json = response.value.content?.["application/json"];
      const jsonPointer = `${response.pointer}/content/application~1json`;
      for (const [name, rawExample] of Object.entries(json?.examples ?? {})) {
        const example = resolve(document, rawExample, `${jsonPointer}/examples/${escapePointer(name)}`);
        const body = example.value.value;
        if (!isObject(body) || typeof body.Code !== "string" || typeof body.Message !== "string") {
          throw new Error(`${example.pointer} has no error body with a Code and a Message.`);
        }
        const trigger = example.value["x-ecs-trigger"];
        if (!validateTrigger(trigger)) {
          const problems = (validateTrigger.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
          throw new Error(
            `${example.pointer}/x-ecs-trigger does not follow openapi/extensions/x-ecs-trigger.schema.json: ${problems.join("; ")}`,
          );
        }
        errors.push({
          action,
          name,
          status,
          code: body.Code,
          message: body.Message,
          messageMatch: example.value["x-ecs-message-match"] === "prefix" ? "prefix" : "exact",
          summary: typeof example.value.summary === "string" ? example.value.summary : name,
          trigger,
          common: example.pointer.startsWith("/components/examples/"),
          pointer: example.pointer,
        });
      }
    }
  }
  return errors;
}

/** `TaskStatus` → `taskStatuses`, `TaskAction` → `taskActions`. */
function constantName(schemaName) {
  const camel = schemaName[0].toLowerCase() + schemaName.slice(1);
  return /(s|x|ch|sh)$/.test(camel) ? `${camel}es` : `${camel}s`;
}

function readEnums(document) {
  const enums = [];
  for (const [name, raw] of Object.entries(document.components?.schemas ?? {})) {
    const { value } = resolve(document, raw, `/components/schemas/${escapePointer(name)}`);
    if (Array.isArray(value.enum) && value.enum.every((item) => typeof item === "string")) {
      enums.push({ schema: name, constant: constantName(name), values: value.enum });
    }
  }
  return enums;
}

const line = (value) => JSON.stringify(value);
const list = (items) => `[\n${items.map((item) => `  ${line(item)},`).join("\n")}\n]`;

// Common errors are declared once in the spec and referenced by every action: declared once here too.
function renderErrors(errors, header) {
  const commonNames = new Map();
  const declarations = [];
  const entries = errors.map((error) => {
    if (!error.common) {
      return line(error);
    }
    const { action, status, ...shared } = error;
    let constant = commonNames.get(error.name);
    if (constant === undefined) {
      constant = `common${error.name.replace(/[^A-Za-z0-9]/g, "")}`;
      commonNames.set(error.name, constant);
      declarations.push(`const ${constant}: CommonError = ${line(shared)};`);
    }
    return `{ ...${constant}, action: ${line(action)}, status: ${status} }`;
  });
  return (
    `${header}import type { DocumentedError } from "../spec-model.js";\n\n` +
    `type CommonError = Omit<DocumentedError, "action" | "status">;\n\n${declarations.join("\n")}\n\n` +
    `/** Every error example of every action (the common errors once for each action, as the spec lists them). */\n` +
    `export const documentedErrors: readonly DocumentedError[] = [\n${entries.map((e) => `  ${e},`).join("\n")}\n];\n`
  );
}

/** The generated modules of the ECS document: operations, documented errors and enums. */
export function renderEcsKnowledge(document, triggerSchema, header) {
  const validateTrigger = new Ajv2020({ strict: true, allErrors: true }).compile(triggerSchema);
  const actions = readActions(document);
  const errors = readErrors(document, actions, validateTrigger);
  const producers = actions.filter((a) => a.tags.includes("Task producers")).map((a) => a.action);
  const enums = readEnums(document);
  const enumLines = enums.map(
    ({ schema, constant, values }) =>
      `/** Every value of the \`${schema}\` schema. */\nexport const ${constant} = ${line(values)} as const;\n`,
  );
  const filtered = actions
    .flatMap((a) => a.parameters.map((p) => ({ action: a.action, ...p })))
    .filter((p) => p.filteredValues !== undefined);
  const filteredLines = filtered.map(
    (p) =>
      `/** The values of ${p.action}'s \`${p.name}\` that the service filters on (\`x-ecs-filtered-values\`). */\n` +
      `export const ${p.action[0].toLowerCase()}${p.action.slice(1)}${p.name}Filters = ${line(p.filteredValues)} as const;\n`,
  );
  return [
    [
      "ecs-operations.ts",
      `${header}import type { ActionModel } from "../spec-model.js";\n\n` +
        `/** Every ECS action of the spec, in the spec's order. */\nexport const ecsOperations: readonly ActionModel[] = ${list(actions)};\n`,
    ],
    ["documented-errors.ts", renderErrors(errors, header)],
    [
      "enums.ts",
      `${header}${enumLines.join("\n")}\n` +
        `/** The actions that create tasks (tagged \`Task producers\`). */\nexport const taskProducingActions = ${line(producers)} as const;\n` +
        (filteredLines.length > 0 ? `\n${filteredLines.join("\n")}` : ""),
    ],
  ];
}

/** The generated module of the control API: its operations with their request and response schemas. */
export function renderControlKnowledge(document, header) {
  const operations = readHttpOperations(document).map(({ entry }) => entry);
  return [
    [
      "control-operations.ts",
      `${header}import type { HttpOperationModel } from "../spec-model.js";\n\n` +
        `/** The title of the control API's document. */\nexport const controlApiTitle = ${line(document.info.title)};\n\n` +
        `/** Every operation of the control API, in the document's order. */\n` +
        `export const controlOperations: readonly HttpOperationModel[] = ${list(operations)};\n`,
    ],
  ];
}
