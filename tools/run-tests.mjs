// `pnpm test` and its variants: runs a turbo test task in every package, quietly when all is well (turbo
// shows a task's own output only when it fails), then adds up the vitest JSON reports of the packages and
// prints `N passed, N failed` as the last line. A package whose tests did not run at all (no report)
// counts as one failure, so a crash cannot pass.
//
//   node tools/run-tests.mjs                      the test task on the Node that runs this script
//   node tools/run-tests.mjs --node 22            the same on Node 22, installed from the npm registry
//   node tools/run-tests.mjs --task test:browser  another test task (its report: .vitest/results-browser.json)
//   node tools/run-tests.mjs --task test:runtimes the app's checks on Node, Bun, Deno and workerd (results-runtimes.json)
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { parseArgs } from "node:util";

let values;
try {
  ({ values } = parseArgs({
    options: { node: { type: "string" }, task: { type: "string", default: "test" } },
  }));
} catch (error) {
  console.error(
    `${error.message}\nusage: pnpm test [--node <major>] [--task <turbo task>], e.g. pnpm test:node 22`,
  );
  process.exit(2);
}
const task = values.task;
const report = `${task.replace(/^test/, "results").replace(":", "-")}.json`;
const env = { ...process.env };
const turboArgs = ["run", task, "--continue", "--output-logs=errors-only"];

if (values.node !== undefined) {
  const major = values.node;
  if (!/^\d+$/.test(major)) {
    console.error(`--node takes a major version such as 22, got ${major}`);
    process.exit(2);
  }
  // The `node` package of the npm registry installs a real Node binary into node_modules/.bin.
  const prefix = resolve("node_modules", ".cache", `node-${major}`);
  const bin = join(prefix, "node_modules", ".bin");
  const installed = spawnSync(join(bin, "node"), ["--version"], { encoding: "utf8" }).stdout ?? "";
  if (!installed.startsWith(`v${major}.`)) {
    const npm = spawnSync(
      "npm",
      [
        "install",
        "--prefix",
        prefix,
        "--no-save",
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        `node@${major}`,
      ],
      { stdio: "inherit" },
    );
    if (npm.status !== 0) {
      console.error(`could not install node@${major} from the npm registry`);
      process.exit(1);
    }
  }
  env.PATH = `${bin}${delimiter}${env.PATH ?? ""}`;
  // Turbo's cache key does not include the Node version: give each version a cache of its own, so that a
  // result from one version is never replayed as the result of another.
  turboArgs.push(`--cache-dir=${join(".turbo", `cache-node-${major}`)}`);
  const version = spawnSync("node", ["--version"], { env, encoding: "utf8" }).stdout.trim();
  console.log(`testing on Node ${version}`);
}

const packageDirs = ["packages", "apps", "tools"]
  .filter((group) => existsSync(group))
  .flatMap((group) => readdirSync(group).map((name) => join(group, name)))
  .filter((dir) => existsSync(join(dir, "package.json")))
  .filter((dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts?.[task] !== undefined);
for (const dir of packageDirs) {
  rmSync(join(dir, ".vitest", report), { force: true });
}

const turbo = spawnSync("turbo", turboArgs, { stdio: "inherit", env, shell: process.platform === "win32" });

let passed = 0;
let failed = 0;
const lines = [];
for (const dir of packageDirs) {
  const file = join(dir, ".vitest", report);
  if (!existsSync(file)) {
    lines.push(`${dir}: no test report (its tests did not run)`);
    failed += 1;
    continue;
  }
  const results = JSON.parse(readFileSync(file, "utf8"));
  passed += results.numPassedTests;
  // A run that failed without a failed test (a suite that could not load) still counts as one failure.
  const packageFailed = Math.max(results.numFailedTests, results.success ? 0 : 1);
  failed += packageFailed;
  lines.push(`${dir}: ${results.numPassedTests} passed, ${packageFailed} failed`);
}
if (failed > 0 || turbo.status !== 0) {
  console.error(lines.join("\n"));
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || turbo.status !== 0 ? 1 : 0;
