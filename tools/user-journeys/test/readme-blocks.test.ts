import { join } from "node:path";
import { createApp } from "@ecs-tasks/reference-server";
import { type ListeningServer, listen } from "@ecs-tasks/reference-server/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readmePaths, readmePrograms } from "./support/readme-programs.js";
import { BLOCKS, JOURNEYS, prepareBlocks, run, runProgram, writeProgram } from "./support/run-program.js";

// The READMEs talk to the reference server at its default address; each README gets a fresh server on a
// free port, and that address is the only thing changed in its programs. Tasks are short, so that the
// programs that wait for a task to end do not wait a minute.
const README_ADDRESS = "127.0.0.1:8080";
const TASK_DURATION_MS = 3_000;

const readmes = readmePaths().map((path) => ({ path, ...readmePrograms(path) }));

beforeAll(() => {
  prepareBlocks();
});

describe("every README", () => {
  it("has programs, and every block it does not run says why", () => {
    const total = readmes.reduce((sum, readme) => sum + readme.programs.length, 0);
    expect(total).toBeGreaterThanOrEqual(10);
    for (const block of readmes.flatMap((readme) => readme.unrun)) {
      expect(block.reason.length, block.where).toBeGreaterThan(10);
    }
  });
});

it("type-checks every TypeScript program as written", async () => {
  for (const program of readmes.flatMap((readme) => readme.programs)) {
    if (program.kind === "ts" || program.kind === "vitest") {
      writeProgram(program, program.code);
    }
  }
  const checked = await run(
    process.execPath,
    [join(JOURNEYS, "node_modules", "typescript", "bin", "tsc"), "-p", join(BLOCKS, "tsconfig.json")],
    JOURNEYS,
    120_000,
  );
  expect(checked.output).toBe("");
  expect(checked.code).toBe(0);
});

describe.each(readmes)("$path", ({ programs }) => {
  let server: ListeningServer;
  beforeAll(async () => {
    server = await listen(createApp({ taskDurationMs: TASK_DURATION_MS }).fetch, { port: 0 });
  });
  afterAll(async () => {
    await server?.close();
  });

  for (const program of programs) {
    it(`runs ${program.kind} at ${program.where}`, async () => {
      const address = `127.0.0.1:${server.port}`;
      const result = await runProgram(program, program.code.replaceAll(README_ADDRESS, address), 120_000);
      expect(result.code, `${program.where} printed:\n${result.output}`).toBe(0);
    });
  }
});
