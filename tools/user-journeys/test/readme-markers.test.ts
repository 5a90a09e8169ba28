import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readmePrograms } from "./support/readme-programs.js";

const dir = mkdtempSync(join(tmpdir(), "readme-markers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function programsOf(markdown: string) {
  const path = join(dir, "README.md");
  writeFileSync(path, markdown);
  return readmePrograms(path);
}

const block = (code: string) => `\`\`\`ts\n${code}\n\`\`\`\n`;

describe("the `saved as NAME beside the vitest test file below` marker", () => {
  it("gives the next vitest test file its companion files, by name", () => {
    const { programs } = programsOf(
      [
        "<!-- saved as vitest.config.ts beside the vitest test file below -->",
        block("export default {};"),
        "Some prose in between.",
        "",
        "<!-- saved as setup.ts beside the vitest test file below -->",
        block("export function setup() {}"),
        "<!-- a vitest test file -->",
        block('import { it } from "vitest";'),
        "<!-- a vitest test file -->",
        block("// a test file of its own"),
      ].join("\n"),
    );
    expect(programs.map(({ kind, companions }) => ({ kind, companions }))).toEqual([
      {
        kind: "vitest",
        companions: {
          "vitest.config.ts": "export default {};\n",
          "setup.ts": "export function setup() {}\n",
        },
      },
      { kind: "vitest", companions: undefined },
    ]);
    expect(programs[0]?.code).toBe('import { it } from "vitest";\n');
  });

  it("refuses companion files that no vitest test file follows", () => {
    expect(() =>
      programsOf(
        [
          "<!-- saved as setup.ts beside the vitest test file below -->",
          block("export function setup() {}"),
          block("console.log('a plain program');"),
        ].join("\n"),
      ),
    ).toThrow("no vitest test file follows");
    expect(() =>
      programsOf(
        ["<!-- saved as setup.ts beside the vitest test file below -->", block("export {};")].join("\n"),
      ),
    ).toThrow("no vitest test file follows");
  });

  it("refuses a name with a folder in it, and the same name twice", () => {
    expect(() =>
      programsOf(["<!-- saved as ../escape.ts beside the vitest test file below -->", block("")].join("\n")),
    ).toThrow("unknown marker");
    expect(() =>
      programsOf(
        [
          "<!-- saved as a.ts beside the vitest test file below -->",
          block("1"),
          "<!-- saved as a.ts beside the vitest test file below -->",
          block("2"),
        ].join("\n"),
      ),
    ).toThrow("a name not used above");
  });
});
