import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type InstalledPackage,
  installedPackages,
  installTarballs,
  packagesWithInstallScripts,
} from "./support/consumer-project.js";
import { type ListeningProgram, startListening } from "./support/listening-program.js";
import { packPackage, publicPackages } from "./support/public-packages.js";
import { JOURNEYS, run } from "./support/run-program.js";

// The packages README.md tells other repositories to install. A package made public or private changes this
// list on purpose, never by accident.
const PUBLISHED = [
  "@ecs-tasks/client",
  "@ecs-tasks/conformance",
  "@ecs-tasks/contract",
  "@ecs-tasks/reference-server",
  "@ecs-tasks/signing",
];

const FIXTURES = join(JOURNEYS, "test", "support", "packed-consumer");
const REGION = "cn-hangzhou";

let scratch: string;
let project: string;
let bin: (name: string) => string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "ecs-tasks-packed-"));
  project = join(scratch, "consumer");
  mkdirSync(project);
  bin = (name) => join(project, "node_modules", ".bin", name);
  const packages = publicPackages();
  expect(packages.map((pkg) => pkg.name)).toEqual(PUBLISHED);
  const tarballs = await Promise.all(
    packages.map((pkg) => packPackage(pkg, join(scratch, "packs", basename(pkg.folder)))),
  );
  const versionOf = (name: string): string =>
    JSON.parse(readFileSync(join(JOURNEYS, "node_modules", name, "package.json"), "utf8")).version;
  // A Node project's usual development tools: the compiler and Node's types (the SQLite binding's
  // declarations, which the server's reach, refer to Node's Buffer).
  await installTarballs(
    project,
    Object.fromEntries(packages.map((pkg, index) => [pkg.name, tarballs[index] as string])),
    { typescript: versionOf("typescript"), "@types/node": versionOf("@types/node") },
  );
});

afterAll(() => {
  if (scratch !== undefined) {
    rmSync(scratch, { recursive: true, force: true });
  }
});

describe("the packed packages, installed with npm into an empty project", () => {
  it("are the tarballs, each installed once, none fetched from a registry", () => {
    const ours = installedPackages(project).filter((pkg) => PUBLISHED.includes(pkg.name));
    expect(ours.map((pkg) => pkg.path).sort()).toEqual(PUBLISHED.map((name) => `node_modules/${name}`));
    for (const pkg of ours) {
      expect(pkg.resolved, pkg.name).toMatch(/^file:\.\.\/packs\/[^/]+\/[^/]+\.tgz$/);
    }
  });

  it("bring no install script at all", () => {
    const scripted = packagesWithInstallScripts(project).map((pkg: InstalledPackage) => pkg.name);
    expect(scripted).toEqual([]);
  });

  it("type-check a consumer of every public entry under NodeNext and strict, their own types included", async () => {
    copyFileSync(join(FIXTURES, "consumer.ts"), join(project, "consumer.ts"));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          target: "ES2022",
          strict: true,
          noEmit: true,
          // The packages' declaration files are checked too, as shipped.
          skipLibCheck: false,
          types: ["node"],
        },
        files: ["consumer.ts"],
      }),
    );
    const checked = await run(process.execPath, [bin("tsc"), "-p", "tsconfig.json"], project, 120_000);
    expect(checked.output).toBe("");
    expect(checked.code).toBe(0);
  });

  it("run in process: the server started from the library, a task created with the client and read back", async () => {
    copyFileSync(join(FIXTURES, "run-in-process.mjs"), join(project, "run-in-process.mjs"));
    const ran = await run(process.execPath, ["run-in-process.mjs"], project, 30_000);
    expect(ran.code, ran.output).toBe(0);
    const seen = JSON.parse(ran.output.trim().split("\n").at(-1) as string);
    expect(seen.created).toMatch(/^t-/);
    expect(seen.read).toBe(seen.created);
  });

  it("run both bins: the server keeps a task in its --db across a restart, and passes ecs-conformance", async () => {
    const database = join(scratch, "tasks.db");
    const serve = () =>
      startListening(bin("ecs-reference-server"), ["--port", "0", "--db", database], project, 30_000);
    const started: ListeningProgram[] = [];
    try {
      const first = await serve();
      started.push(first);
      const created = await rpc(first.url, "ExportImage", {
        ImageId: "m-bp67acfmxazb4p0000",
        OSSBucket: "testexportimage",
      });
      const taskId = created.TaskId as string;
      expect(taskId).toMatch(/^t-/);
      expect(await first.stop("SIGTERM"), first.output()).toBe(0);

      const second = await serve();
      started.push(second);
      const kept = await rpc(second.url, "DescribeTaskAttribute", { TaskId: taskId });
      expect(kept.TaskId).toBe(taskId);

      const checked = await run(bin("ecs-conformance"), ["--endpoint", second.url], project, 120_000);
      expect(checked.code, checked.output).toBe(0);
      expect(await second.stop("SIGTERM"), second.output()).toBe(0);
    } finally {
      for (const program of started) {
        program.kill();
      }
    }
  });
});

async function rpc(
  url: string,
  action: string,
  parameters: Readonly<Record<string, string>>,
): Promise<Record<string, unknown>> {
  const query = new URLSearchParams({
    Action: action,
    Version: "2014-05-26",
    Format: "JSON",
    RegionId: REGION,
    ...parameters,
  });
  const answer = await fetch(`${url}/?${query}`);
  const body = (await answer.json()) as Record<string, unknown>;
  expect(answer.status, JSON.stringify(body)).toBe(200);
  return body;
}
