import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { REPOSITORY, type ReadmeProgram } from "./readme-programs.js";

/** This package's folder: programs are written below it, so that they import the workspace's packages. */
export const JOURNEYS = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Where README programs are written as files. */
export const BLOCKS = join(JOURNEYS, ".blocks");

/** What a finished program printed. */
export interface ProgramOutput {
  readonly code: number | null;
  readonly output: string;
}

/**
 * The file a JavaScript or TypeScript program is written to, named after where it stands; a vitest test file
 * with companion files gets a folder of its own, as a project of its own would.
 */
export function programFile(program: ReadmeProgram): string {
  const base = program.where.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const extension = { sh: ".sh", server: ".sh", mjs: ".mjs", ts: ".ts", vitest: ".test.ts" }[program.kind];
  return program.companions === undefined
    ? join(BLOCKS, `${base}${extension}`)
    : join(BLOCKS, base, `${base}${extension}`);
}

/** Writes a program (as `code`) and the files it needs beside it; returns the program's file. */
export function writeProgram(program: ReadmeProgram, code: string): string {
  const file = programFile(program);
  mkdirSync(dirname(file), { recursive: true });
  for (const [name, text] of Object.entries(program.companions ?? {})) {
    writeFileSync(join(dirname(file), name), text);
  }
  writeFileSync(file, code);
  return file;
}

/** The vitest config a vitest program runs with: its own, when the README gives one beside it. */
function vitestConfigOf(program: ReadmeProgram, file: string): string {
  const own = Object.keys(program.companions ?? {}).find((name) => /^vitest\.config\.[cm]?[jt]s$/.test(name));
  return own === undefined ? join(BLOCKS, "vitest.config.mjs") : join(dirname(file), own);
}

/** Clears the programs folder and gives it a tsconfig, so TypeScript programs are type-checked as written. */
export function prepareBlocks(): void {
  rmSync(BLOCKS, { recursive: true, force: true });
  mkdirSync(BLOCKS, { recursive: true });
  writeFileSync(
    join(BLOCKS, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.json",
      include: ["*.ts", "*/*.ts"],
      compilerOptions: { types: ["node"] },
    }),
  );
  // A config of its own, or vitest would take this package's (which looks for tests elsewhere).
  writeFileSync(
    join(BLOCKS, "vitest.config.mjs"),
    'export default { test: { include: ["*.test.ts", "*/*.test.ts"] } };\n',
  );
}

/** Runs a README program the way a reader would: a shell block in the README's folder, code as a file. */
export function runProgram(program: ReadmeProgram, code: string, timeoutMs: number): Promise<ProgramOutput> {
  // An HTTP error answer must fail a shell block, as it stops a reader; curl alone exits 0 on it.
  const file = writeProgram(
    program,
    program.kind === "sh" ? `curl() { command curl --fail-with-body "$@"; }\n${code}` : code,
  );
  const [command, args, cwd] =
    program.kind === "sh" || program.kind === "server"
      ? ["bash", ["-eo", "pipefail", file], join(REPOSITORY, dirname(program.readme))]
      : program.kind === "mjs"
        ? [process.execPath, [file], BLOCKS]
        : program.kind === "ts"
          ? [process.execPath, ["--import", "tsx", file], JOURNEYS]
          : [
              process.execPath,
              [
                join(JOURNEYS, "node_modules", "vitest", "vitest.mjs"),
                "run",
                file,
                "--config",
                vitestConfigOf(program, file),
              ],
              dirname(file),
            ];
  if (program.kind !== "server") {
    return run(command, args, cwd, timeoutMs);
  }
  // A server runs until stopped: it passes once it says where it listens and answers there. PORT=0 lets it
  // pick a free port (the server honours PORT; a --port in the block would win).
  return run(command, args, cwd, timeoutMs, { PORT: "0" }, async (output) => {
    const url = output.match(/listening on (http:\/\/\S+)/)?.[1];
    if (url === undefined) {
      return false;
    }
    // An ECS answer (a signature-verifying server refuses the unsigned call, with a documented error).
    const answer = await fetch(`${url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON`);
    const body = (await answer.json()) as { RequestId?: unknown };
    if (typeof body.RequestId !== "string" || answer.status >= 500) {
      throw new Error(`${url} answered DescribeRegions with ${answer.status}: ${JSON.stringify(body)}`);
    }
    return true;
  });
}

/**
 * Runs a command, collecting what it prints; kills it after `timeoutMs`, or as soon as `done` (asked after each
 * chunk of output) says the program has shown what it had to (exit code 0 then).
 */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
  extraEnv: Readonly<Record<string, string>> = {},
  done?: (output: string) => Promise<boolean>,
): Promise<ProgramOutput> {
  // A nested vitest must not believe it runs inside this one.
  const env = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_OPTIONS$)/.test(name)),
    ),
    ...extraEnv,
  };
  return new Promise((resolve, reject) => {
    // A group of its own, so that whatever the program leaves running (a server in the background) is
    // stopped with it.
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    const stopGroup = () => {
      try {
        process.kill(-(child.pid as number), "SIGKILL");
      } catch {
        // already gone
      }
    };
    let output = "";
    let settled = false;
    let checking = false;
    const finish = (result: ProgramOutput) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        stopGroup();
        resolve(result);
      }
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (done !== undefined && !checking) {
        checking = true;
        done(output).then(
          (shown) => {
            checking = false;
            if (shown) {
              finish({ code: 0, output });
            }
          },
          (error: unknown) => finish({ code: 1, output: `${output}\n${String(error)}` }),
        );
      }
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      stopGroup();
      output += `\n[killed after ${timeoutMs} ms]`;
    }, timeoutMs);
    child.on("error", reject);
    // A server that exits before it was seen answering has failed, whatever its exit code says.
    child.on("close", (code) => finish({ code: done === undefined ? code : code || 1, output }));
  });
}
