#!/usr/bin/env node
// Regenerates src/generated/ from the spec in openapi/ (every API listed in redocly.yaml), or with
// `--check` only compares, so CI fails when someone edits the spec and forgets to regenerate (or edits a
// generated file by hand).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundle, lint, loadConfig } from "@redocly/openapi-core";
import openapiTS, { astToString } from "openapi-typescript";
import { renderControlBodyValidators } from "./body-validators.mjs";
import { renderControlKnowledge, renderEcsKnowledge } from "./spec-knowledge.mjs";

const packageDir = join(dirname(fileURLToPath(import.meta.url)), "..");
// CI never rewrites generated files: there the `generate` step of the task graph only verifies them, so a
// stale file fails the build instead of being silently regenerated before the drift check runs.
const checkOnly =
  process.argv.includes("--check") || (Boolean(process.env.CI) && !process.argv.includes("--write"));
// `--config` and `--out` let the drift test run the generator on a scratch copy of the spec.
const optionValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? resolve(process.argv[index + 1]) : fallback;
};
const configPath = optionValue("--config", join(packageDir, "redocly.yaml"));
const generatedDir = optionValue("--out", join(packageDir, "src", "generated"));

// Which generated files each API of redocly.yaml produces, and the name of its exported document.
const outputs = {
  ecs: { types: "openapi.ts", data: "openapi-document.ts", exportName: "openapiDocument" },
  control: {
    types: "control-api.ts",
    data: "control-api-document.ts",
    exportName: "controlApiDocument",
    // The same types with defaulted fields optional: a body as a client sends it (the types above are a body
    // as the server reads it, defaults filled in), for the control client's parameters.
    asSentTypes: "control-api-as-sent.ts",
  },
};

const header = (source) =>
  `/**\n * This file was auto-generated from ${source}.\n * Do not make direct changes to the file: edit the spec, then run \`pnpm generate\`.\n */\n\n`;

async function renderApi(name, rootPath, config) {
  const source = relative(dirname(dirname(rootPath)), rootPath);
  const lintProblems = (await lint({ ref: rootPath, config })).filter((p) => p.severity === "error");
  if (lintProblems.length > 0) {
    const lines = lintProblems.map(
      (p) =>
        `  - ${p.message} (${p.location?.[0]?.source?.absoluteRef ?? source}#${p.location?.[0]?.pointer ?? ""})`,
    );
    throw new Error(`${source} does not pass the spec lint, fix it first:\n${lines.join("\n")}`);
  }
  const { bundle: bundled, problems } = await bundle({ ref: rootPath, config, dereference: false });
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    throw new Error(`${source} cannot be bundled:\n${errors.map((p) => `  - ${p.message}`).join("\n")}`);
  }
  const document = bundled.parsed;
  const types = header(source) + astToString(await openapiTS(document, { redocly: config }));
  const output = outputs[name];
  const data =
    header(source) +
    `/** The bundled OpenAPI document (${document.info.title}), as plain data for run-time validation. */\n` +
    `export const ${output.exportName}: Readonly<Record<string, unknown>> = ${JSON.stringify(document, null, 2)};\n`;
  const files = [
    [output.types, types],
    [output.data, data],
  ];
  if (output.asSentTypes !== undefined) {
    const asSent = astToString(await openapiTS(document, { redocly: config, defaultNonNullable: false }));
    files.push([output.asSentTypes, header(source) + asSent]);
  }
  if (name === "ecs") {
    const triggerPath = join(dirname(rootPath), "extensions", "x-ecs-trigger.schema.json");
    const triggerSchema = JSON.parse(await readFile(triggerPath, "utf8"));
    files.push(["x-ecs-trigger.ts", await renderTriggerType(triggerSchema)]);
    files.push(...renderEcsKnowledge(document, triggerSchema, header(source)));
  } else {
    files.push(...renderControlKnowledge(document, header(source)));
    files.push(...renderControlBodyValidators(document, header(source)));
  }
  return files;
}

/** The type of the `x-ecs-trigger` extension, from its JSON Schema (by way of a one-schema document). */
async function renderTriggerType(triggerSchema) {
  const { $schema: _draft, $id: _id, ...schema } = triggerSchema;
  const document = {
    openapi: "3.1.0",
    info: { title: "x-ecs-trigger", version: "1" },
    paths: {},
    components: { schemas: { ErrorTrigger: schema } },
  };
  return header("openapi/extensions/x-ecs-trigger.schema.json") + astToString(await openapiTS(document));
}

async function main() {
  const config = await loadConfig({ configPath });
  const files = [];
  for (const [name, api] of Object.entries(config.apis)) {
    if (!outputs[name]) {
      throw new Error(`redocly.yaml lists the API "${name}", but scripts/generate.mjs has no output for it.`);
    }
    files.push(...(await renderApi(name, resolve(dirname(configPath), api.root), config)));
  }
  let stale = 0;
  await mkdir(generatedDir, { recursive: true });
  for (const [fileName, content] of files) {
    const path = join(generatedDir, fileName);
    const current = await readFile(path, "utf8").catch(() => null);
    if (current === content) {
      continue;
    }
    if (checkOnly) {
      stale += 1;
      console.error(
        `src/generated/${fileName} is stale: it does not match the spec. Run \`pnpm generate\` and commit it.`,
      );
    } else {
      await writeFile(path, content);
      console.log(`wrote src/generated/${fileName}`);
    }
  }
  if (checkOnly && stale > 0) {
    process.exitCode = 1;
  } else if (checkOnly) {
    console.log(`src/generated/ matches the spec (${files.length} files).`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
