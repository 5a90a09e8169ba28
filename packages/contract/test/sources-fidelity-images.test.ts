import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentedErrors, ecsOperations } from "../src/index.js";
import type { ParameterModel } from "../src/spec-model.js";

// Holds the spec to the lists of Alibaba's own sources for ImportImage and ExportImage (fixtures/sources/*.json,
// each list with its source): every parameter, enum, bound and documented error of the sources is in the spec,
// and the spec documents no operation error the sources do not list.

interface SourceList {
  action: string;
  parameters: { names: string[]; required: string[]; members: Record<string, string[]> };
  enums: { parameter: string; values: string[]; default?: string; caseInsensitive?: boolean }[];
  ranges: {
    parameter: string;
    source: string;
    minimum?: number;
    maximum?: number;
    minLength?: number;
    maxLength?: number;
    maxItems?: number;
  }[];
  errors: {
    documented: { status: number; code: string; message: string; messageMatch?: "prefix" }[];
    leftOut: { status: number; code: string; why: string }[];
  };
}

type Schema = Readonly<Record<string, unknown>>;

const lists: SourceList[] = ["import-image", "export-image"].map(
  (file) =>
    JSON.parse(
      readFileSync(new URL(`./fixtures/sources/${file}.json`, import.meta.url), "utf8"),
    ) as SourceList,
);

function parametersOf(action: string): readonly ParameterModel[] {
  const operation = ecsOperations.find((candidate) => candidate.action === action);
  if (operation === undefined) {
    throw new Error(`the spec has no ${action}`);
  }
  return operation.parameters;
}

/** The schema of `Name` or of a repeat-list member `List.Member`, as the spec declares it. */
function schemaOf(action: string, parameter: string): Schema | undefined {
  const parameters = parametersOf(action);
  const direct = parameters.find((p) => p.name === parameter);
  if (direct !== undefined) {
    return direct.schema;
  }
  const [list, member] = parameter.split(".");
  const repeated = parameters.find((p) => p.name === list && p.repeatList === true);
  const items = repeated?.schema.items as { properties?: Record<string, Schema> } | undefined;
  return member === undefined ? undefined : items?.properties?.[member];
}

const normalise = (values: readonly unknown[], caseInsensitive: boolean) =>
  [...new Set(values.map((v) => (caseInsensitive ? String(v).toUpperCase() : String(v))))].sort();

describe.each(lists.map((list) => [list.action, list] as const))("%s against its sources", (action, list) => {
  it("declares every parameter the metadata and the SDK list", () => {
    const declared = new Set(parametersOf(action).map((p) => p.name));
    expect(list.parameters.names.filter((name) => !declared.has(name))).toEqual([]);
  });

  it("requires what the sources require", () => {
    const required = parametersOf(action)
      .filter((p) => p.required && list.parameters.names.includes(p.name))
      .map((p) => p.name);
    expect(required).toEqual(expect.arrayContaining(list.parameters.required));
  });

  it.each(Object.entries(list.parameters.members))("declares every member of %s", (name, members) => {
    for (const member of members) {
      expect(schemaOf(action, `${name}.${member}`), `${name}.${member}`).toBeDefined();
    }
  });

  it.each(list.enums.map((e) => [e.parameter, e] as const))(
    "gives %s the sources' values",
    (parameter, e) => {
      const schema = schemaOf(action, parameter);
      const caseInsensitive = e.caseInsensitive === true;
      expect(normalise((schema?.enum as unknown[]) ?? [], caseInsensitive)).toEqual(
        normalise(e.values, caseInsensitive),
      );
      if (e.default !== undefined) {
        expect(schema?.default).toBe(e.default);
      }
    },
  );

  it.each(list.ranges.map((r) => [r.parameter, r] as const))(
    "bounds %s as the sources do",
    (parameter, r) => {
      const { parameter: _, source: __, ...bounds } = r;
      expect(schemaOf(action, parameter)).toMatchObject(bounds);
    },
  );

  it.each(list.errors.documented.map((e) => [`${e.status} ${e.code}: ${e.message}`, e] as const))(
    "documents %s",
    (_, e) => {
      const found = documentedErrors.filter(
        (d) =>
          d.action === action &&
          d.status === e.status &&
          d.code === e.code &&
          d.message === e.message &&
          d.messageMatch === (e.messageMatch ?? "exact"),
      );
      expect(found.length).toBe(1);
    },
  );

  it("documents no operation error the sources do not list", () => {
    const listed = new Set(list.errors.documented.map((e) => `${e.status} ${e.code} ${e.message}`));
    const unlisted = documentedErrors
      .filter((d) => d.action === action && !d.common && d.code !== "DryRunOperation")
      .filter((d) => !listed.has(`${d.status} ${d.code} ${d.message}`))
      .map((d) => `${d.status} ${d.name}`);
    expect(unlisted).toEqual([]);
  });

  it("leaves out only what it says why it leaves out", () => {
    for (const left of list.errors.leftOut) {
      expect(left.why.length).toBeGreaterThan(10);
      const documented = documentedErrors.some(
        (d) => d.action === action && d.status === left.status && d.code === left.code,
      );
      expect(documented, `${left.status} ${left.code} is documented after all`).toBe(false);
    }
  });
});
