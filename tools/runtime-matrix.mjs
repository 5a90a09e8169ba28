// What the server's and the client's runtime checks share (`pnpm test:runtimes`, `pnpm test:browser`): each
// package bundles its checks and says how each runtime runs them; this file runs a bundle with a runtime's
// own binary, finds Bun's binary, and counts the results in the shape of a vitest report
// (`.vitest/results-<name>.json`), which tools/run-tests.mjs adds up.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Bundles a package's check entries once for every runtime: for no platform in particular (esbuild's
 * `neutral`), so a module that needs Node fails to bundle or to load on the others. `build` is the calling
 * package's esbuild (this folder has none of its own); `options` adds what that package needs.
 */
export function bundleChecks(build, entryPoints, outdir, options = {}) {
  return build({
    entryPoints,
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: ["@ecs-tasks/source"],
    logLevel: "error",
    ...options,
  });
}

/**
 * Runs `script` with a runtime's own binary (asynchronously, so that a reference server in this process
 * answers it meanwhile); the last line of its output is the results.
 */
export function runScript(command, args, script, cwd) {
  return async () => {
    const run = await spawnAsync(command, [...args, script], cwd);
    const last = run.stdout.trim().split("\n").at(-1) ?? "";
    try {
      return JSON.parse(last);
    } catch {
      throw new Error(`exit ${run.status}: ${(run.stderr || run.stdout).trim().slice(-2000)}`);
    }
  };
}

function spawnAsync(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/**
 * Bun's binary, straight from its platform package (an optional dependency of `bun`, from the npm registry):
 * the `bun` package's own launcher is a stub until its install script runs, and no install script runs here.
 * `packageFile` is the calling package's own file (`import.meta.url`), from which `bun` is resolved.
 */
export function bunBinary(packageFile) {
  const fromBun = createRequire(createRequire(packageFile).resolve("bun/package.json"));
  const arch = process.arch === "arm64" ? "aarch64" : process.arch;
  return join(dirname(fromBun.resolve(`@oven/bun-${process.platform}-${arch}/package.json`)), "bin", "bun");
}

/**
 * Runs each runtime's checks in turn, prints a line per runtime and the totals, and writes them to
 * `<packageDir>.vitest/results-<name>.json`. A runtime that cannot run the checks at all counts as one failure.
 */
export async function runMatrix(runtimes, packageDir, name) {
  let passed = 0;
  let failed = 0;
  const report = {};
  for (const [runtime, run] of Object.entries(runtimes)) {
    let results;
    try {
      results = await run();
    } catch (error) {
      results = [{ name: "runs the checks", passed: false, error: error.message }];
    }
    report[runtime] = results;
    for (const result of results) {
      if (result.passed) {
        passed += 1;
      } else {
        failed += 1;
        console.error(`${runtime}: ${result.name}\n  ${result.error}`);
      }
    }
    console.log(
      `${runtime}: ${results.filter((r) => r.passed).length} passed, ${results.filter((r) => !r.passed).length} failed`,
    );
  }
  mkdirSync(`${packageDir}.vitest`, { recursive: true });
  writeFileSync(
    `${packageDir}.vitest/results-${name}.json`,
    `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0, runtimes: report }, null, 2)}\n`,
  );
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
