import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { lexer, type Token } from "marked";

/** The repository's root folder. */
export const REPOSITORY = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/**
 * How a README's code block is run: a shell script, an ES module, a TypeScript module, a vitest test file, or a
 * shell command that starts a server and runs until stopped.
 */
export type ProgramKind = "sh" | "mjs" | "ts" | "vitest" | "server";

/** One runnable program of a README: a code block, with the blocks that continue it appended. */
export interface ReadmeProgram {
  readonly readme: string;
  /** Where the first block starts, as `README.md:12`. */
  readonly where: string;
  readonly kind: ProgramKind;
  code: string;
  /**
   * Files a vitest test file needs beside it (its `vitest.config.ts`, a global setup), by name: the blocks
   * marked `<!-- saved as NAME beside the vitest test file below -->` before it.
   */
  readonly companions?: Readonly<Record<string, string>>;
}

/** A block marked as not run, with the reason the README gives a reader. */
export interface UnrunBlock {
  readonly where: string;
  readonly reason: string;
}

const KIND_OF_LANGUAGE: Readonly<Record<string, ProgramKind>> = {
  sh: "sh",
  bash: "sh",
  shell: "sh",
  js: "mjs",
  mjs: "mjs",
  javascript: "mjs",
  ts: "ts",
  typescript: "ts",
};

// Markers are HTML comments right above a fence: invisible on GitHub and npm, next to the code they govern.
const NOT_RUN = /^<!--\s*not run:\s*(.+?)\s*-->\s*$/s;
const CONTINUES = /^<!--\s*continues the block above\s*-->\s*$/;
const VITEST_FILE = /^<!--\s*a vitest test file\s*-->\s*$/;
const STARTS_SERVER = /^<!--\s*starts a server\s*-->\s*$/;
// A file name without a folder, so that a README cannot write outside the program's own folder.
const SAVED_BESIDE_TEST =
  /^<!--\s*saved as ([A-Za-z0-9][A-Za-z0-9._-]*) beside the vitest test file below\s*-->\s*$/;

/** Every README of the repository: the root's and each package's. */
export function readmePaths(): string[] {
  const packageReadmes = ["packages", "apps"].flatMap((group) =>
    readdirSync(join(REPOSITORY, group)).map((name) => join(REPOSITORY, group, name, "README.md")),
  );
  return [join(REPOSITORY, "README.md"), ...packageReadmes.filter((path) => readable(path))];
}

function readable(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads the code blocks of a README. Shell, JavaScript and TypeScript blocks are programs; blocks in other
 * languages (JSON, YAML, XML output and configuration) are not code to run. A program block may be marked
 * `<!-- not run: why -->`, `<!-- continues the block above -->`, `<!-- a vitest test file -->`,
 * `<!-- saved as NAME beside the vitest test file below -->` (a file the next vitest test file needs: its
 * `vitest.config.ts`, a global setup) or `<!-- starts a server -->`.
 */
export function readmePrograms(path: string): { programs: ReadmeProgram[]; unrun: UnrunBlock[] } {
  const text = readFileSync(path, "utf8");
  const readme = relative(REPOSITORY, path);
  const tokens = lexer(text);
  const programs: ReadmeProgram[] = [];
  const unrun: UnrunBlock[] = [];
  let line = 1;
  let marker: string | undefined;
  // Files waiting for the vitest test file they belong to, and where the first of them stands.
  let companions: Record<string, string> = {};
  let companionsWhere: string | undefined;
  for (const token of tokens) {
    const where = `${readme}:${line}`;
    line += token.raw.split("\n").length - 1;
    if (token.type === "html" && /^<!--/.test(token.raw.trim())) {
      marker = token.raw.trim();
      continue;
    }
    if (token.type === "space") {
      continue;
    }
    const current = marker;
    marker = undefined;
    if (token.type !== "code") {
      assertNoNestedProgram(token, where);
      continue;
    }
    const language = (token.lang ?? "").split(/\s/)[0] ?? "";
    const kind = KIND_OF_LANGUAGE[language];
    if (kind === undefined) {
      continue;
    }
    const notRun = current?.match(NOT_RUN);
    const savedAs = current?.match(SAVED_BESIDE_TEST)?.[1];
    if (companionsWhere !== undefined && savedAs === undefined && !(current && VITEST_FILE.test(current))) {
      throw new Error(
        `${companionsWhere}: "saved as … beside the vitest test file below", but no vitest test file follows`,
      );
    }
    if (savedAs !== undefined) {
      if (kind !== "ts" || savedAs in companions) {
        throw new Error(`${where}: "saved as ${savedAs}" needs a TypeScript block and a name not used above`);
      }
      companions[savedAs] = `${token.text}\n`;
      companionsWhere ??= where;
    } else if (notRun) {
      unrun.push({ where, reason: notRun[1] as string });
    } else if (current !== undefined && CONTINUES.test(current)) {
      const previous = programs.at(-1);
      if (previous === undefined || (previous.kind === "vitest" ? "ts" : previous.kind) !== kind) {
        throw new Error(
          `${where}: "continues the block above", but the block above is not a ${language} block`,
        );
      }
      previous.code += `\n${token.text}\n`;
    } else if (current !== undefined && STARTS_SERVER.test(current) && kind === "sh") {
      programs.push({ readme, where, kind: "server", code: `${token.text}\n` });
    } else if (current !== undefined && VITEST_FILE.test(current)) {
      programs.push({
        readme,
        where: companionsWhere ?? where,
        kind: "vitest",
        code: `${token.text}\n`,
        ...(companionsWhere === undefined ? {} : { companions }),
      });
      companions = {};
      companionsWhere = undefined;
    } else if (current !== undefined) {
      throw new Error(`${where}: unknown marker ${current}`);
    } else {
      programs.push({ readme, where, kind, code: `${token.text}\n` });
    }
  }
  if (companionsWhere !== undefined) {
    throw new Error(
      `${companionsWhere}: "saved as … beside the vitest test file below", but no vitest test file follows`,
    );
  }
  return { programs, unrun };
}

// A program inside a list or a quote would escape the markers' rules: refuse it rather than skip it.
function assertNoNestedProgram(token: Token, where: string): void {
  const children = "tokens" in token && Array.isArray(token.tokens) ? token.tokens : [];
  const items = "items" in token && Array.isArray(token.items) ? (token.items as Token[]) : [];
  for (const child of [...children, ...items]) {
    if (child.type === "code" && KIND_OF_LANGUAGE[(child.lang ?? "").split(/\s/)[0] ?? ""] !== undefined) {
      throw new Error(`${where}: a code block nested in a list or quote; put it at the top level`);
    }
    assertNoNestedProgram(child, where);
  }
}
