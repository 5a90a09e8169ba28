import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const generator = join(packageDir, "scripts", "generate.mjs");

type Outcome = { code: number; output: string };

async function generate(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [generator, ...args], { cwd: packageDir });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

// A scratch copy of the spec and of the generated files, so the tests can break them safely.
let scratch = "";
const scratchArgs = () => [
  "--config",
  join(scratch, "contract", "redocly.yaml"),
  "--out",
  join(scratch, "contract", "generated"),
];

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "ecs-contract-drift-"));
  await cp(join(packageDir, "..", "..", "openapi"), join(scratch, "openapi"), { recursive: true });
  await cp(join(packageDir, "src", "generated"), join(scratch, "contract", "generated"), { recursive: true });
  await cp(join(packageDir, "redocly.yaml"), join(scratch, "contract", "redocly.yaml"));
  const config = await readFile(join(scratch, "contract", "redocly.yaml"), "utf8");
  await writeFile(
    join(scratch, "contract", "redocly.yaml"),
    config.replaceAll("../../openapi/", "../openapi/"),
  );
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("the generated-types drift check", () => {
  it("passes on the committed tree", async () => {
    const outcome = await generate("--check");
    expect(outcome.output).toContain("matches the spec");
    expect(outcome.code).toBe(0);
  }, 60_000);

  it("fails, naming the stale file and the fix, when the spec changes without regenerating", async () => {
    expect((await generate("--check", ...scratchArgs())).code).toBe(0);
    const schema = join(scratch, "openapi", "components", "schemas", "TaskStatus.yaml");
    await writeFile(
      schema,
      (await readFile(schema, "utf8")).replace("  - Failed\n", "  - Failed\n  - Cancelled\n"),
    );
    const outcome = await generate("--check", ...scratchArgs());
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain("src/generated/openapi.ts is stale");
    expect(outcome.output).toContain("pnpm generate");
  }, 60_000);

  it("gives no diff when run twice", async () => {
    expect((await generate("--write", ...scratchArgs())).code).toBe(0);
    const first = await readFile(join(scratch, "contract", "generated", "openapi.ts"), "utf8");
    expect((await generate("--write", ...scratchArgs())).code).toBe(0);
    expect(await readFile(join(scratch, "contract", "generated", "openapi.ts"), "utf8")).toBe(first);
    expect(first).toContain('"Cancelled"');
    const enums = await readFile(join(scratch, "contract", "generated", "enums.ts"), "utf8");
    expect(enums).toContain('"Finished","Failed","Cancelled"] as const');
  }, 60_000);

  it("refuses an x-ecs-trigger its schema does not allow, naming the example", async () => {
    const path = join(scratch, "openapi", "components", "examples", "common-errors.yaml");
    const original = await readFile(path, "utf8");
    await writeFile(
      path,
      original.replace('needs: ["control-api"]', 'needs: ["control-api"]\n    teleport: true'),
    );
    const outcome = await generate("--write", ...scratchArgs());
    await writeFile(path, original);
    expect(outcome.code).toBe(1);
    expect(outcome.output).toContain("/components/examples/Throttling/x-ecs-trigger does not follow");
    expect(outcome.output).toContain("additional properties");
  }, 60_000);

  it("refuses a spec that breaks the schema, saying what to fix", async () => {
    const path = join(scratch, "openapi", "paths", "describe-task-attribute.yaml");
    await writeFile(
      path,
      (await readFile(path, "utf8")).replace(
        "operationId: describeTaskAttributeWithPost",
        "operationId: describeTaskAttribute",
      ),
    );
    const outcome = await generate("--write", ...scratchArgs());
    expect(outcome.code).toBe(1);
    expect(outcome.output).toMatch(/does not pass the spec lint[\s\S]*operationId/i);
  }, 60_000);
});
