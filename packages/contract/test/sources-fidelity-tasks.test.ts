// Holds the spec to Alibaba's own lists (reference pages, API metadata, the official SDK's models) for the
// operations of issue 13's second part; each fixture names the source of every entry.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentedErrors, ecsOperations } from "../src/index.js";

interface SourcedValues {
  values: (string | number | boolean)[];
  source: string;
}

interface SourceFixture {
  action: string;
  sources: Record<string, string>;
  parameters: { name: string; required: boolean; source: string }[];
  enums: Record<string, SourcedValues>;
  caseInsensitiveEnums?: Record<string, SourcedValues>;
  filteredValues?: Record<string, SourcedValues>;
  defaults: Record<string, { value: string | number | boolean; source: string }>;
  errors: { status: number; code: string; message: string; source: string }[];
}

const FIXTURES = [
  "cancel-task",
  "describe-task-attribute",
  "describe-tasks",
  "describe-regions",
  "modify-disk-spec",
];

// The wire's own parameters (action, version, format, signing): the same for every operation, not in these lists.
const WIRE = /^(Action|Version|Format|AccessKeyId|Signature\w*|Timestamp|SecurityToken|x-acs-[a-z0-9-]+)$/;

function load(name: string): SourceFixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/sources/${name}.json`, import.meta.url), "utf8"));
}

describe.each(FIXTURES)("the spec against the sources' lists: %s", (name) => {
  const fixture = load(name);
  const operation = ecsOperations.find((o) => o.action === fixture.action);
  const parameters = new Map(
    (operation?.parameters ?? []).filter((p) => !WIRE.test(p.name)).map((p) => [p.name, p]),
  );
  const schemaOf = (parameter: string) =>
    parameters.get(parameter)?.schema as Record<string, unknown> | undefined;

  it("cites a source for every entry", () => {
    const cited = [
      ...fixture.parameters,
      ...Object.values(fixture.enums),
      ...Object.values(fixture.caseInsensitiveEnums ?? {}),
      ...Object.values(fixture.defaults),
      ...fixture.errors,
    ];
    for (const entry of cited) {
      expect(entry.source.split(/[ ,(]/)[0], JSON.stringify(entry)).toMatch(/^(docs|meta|sdk)$/);
      expect(fixture.sources[entry.source.split(/[ ,(]/)[0] as string]).toBeDefined();
    }
  });

  it("has exactly the sources' parameters, required as they say", () => {
    expect(operation).toBeDefined();
    expect([...parameters.keys()].sort()).toEqual(fixture.parameters.map((p) => p.name).sort());
    for (const parameter of fixture.parameters) {
      expect(parameters.get(parameter.name)?.required ?? false, parameter.name).toBe(parameter.required);
    }
  });

  it("has the sources' enums and defaults", () => {
    for (const [parameter, { values }] of Object.entries(fixture.enums)) {
      expect(schemaOf(parameter)?.enum, parameter).toEqual(values);
    }
    for (const [parameter, { values }] of Object.entries(fixture.caseInsensitiveEnums ?? {})) {
      const pattern = new RegExp(String(schemaOf(parameter)?.pattern));
      for (const value of values) {
        expect(pattern.test(value as string), `${parameter}=${value}`).toBe(true);
      }
      expect(pattern.test("spaceship"), `${parameter} refuses others`).toBe(false);
    }
    for (const [parameter, { value }] of Object.entries(fixture.defaults)) {
      expect(schemaOf(parameter)?.default, parameter).toEqual(value);
    }
  });

  it("declares every documented error with its status and exact message", () => {
    const declared = documentedErrors.filter((e) => e.action === fixture.action);
    for (const error of fixture.errors) {
      expect(
        declared.some(
          (d) => d.code === error.code && d.status === error.status && d.message === error.message,
        ),
        `${error.status} ${error.code}: ${error.message}`,
      ).toBe(true);
    }
  });
});
