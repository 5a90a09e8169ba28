// `pnpm test:runtimes`: the same in-process checks of `createApp` (app-checks.ts) on Node, Bun, Deno and
// Cloudflare's workerd, as Hono tests its own runtimes: one copy of the app per runtime, each run by that
// runtime itself. The checks are bundled once, for no platform in particular (esbuild's `neutral`): a module
// that needs Node fails to bundle or to load on the others. The counts go to .vitest/results-runtimes.json in
// the shape of a vitest report, which `pnpm test:runtimes` (tools/run-tests.mjs) adds up.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../node_modules/.cache/runtime-tests/", import.meta.url));
const require = createRequire(import.meta.url);
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

await build({
  entryPoints: {
    cli: fileURLToPath(new URL("cli-entry.ts", import.meta.url)),
    worker: fileURLToPath(new URL("worker-entry.ts", import.meta.url)),
  },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  mainFields: ["module", "main"],
  conditions: ["@ecs-tasks/source"],
  // Only the API reference page's script is read from a file, with Node's modules imported on that request;
  // a runtime without them answers that one request with 503 (see api-reference-bundle.ts).
  external: ["node:*"],
  plugins: [
    {
      // sm-crypto-v2 (ACS3-HMAC-SM3, loaded on the first SM3 request) falls back to `import("crypto")` only
      // where `globalThis.crypto` is missing, which no runtime here lacks; workerd refuses to load a worker
      // that names a module it cannot resolve, so the bundle gets an empty one in its place.
      name: "unreachable-node-crypto-fallback",
      setup(bundler) {
        bundler.onResolve({ filter: /^crypto$/ }, () => ({ path: "crypto", namespace: "unreachable" }));
        bundler.onLoad({ filter: /.*/, namespace: "unreachable" }, () => ({ contents: "export {};" }));
      },
    },
  ],
  logLevel: "error",
});
const cli = `${outdir}cli.mjs`;

/** Runs the CLI bundle with a runtime's own binary; its last line of output is the results. */
function script(command, args) {
  return () => {
    const run = spawnSync(command, [...args, cli], { cwd: packageDir, encoding: "utf8", timeout: 120_000 });
    const last = run.stdout?.trim().split("\n").at(-1) ?? "";
    try {
      return JSON.parse(last);
    } catch {
      throw new Error(
        `exit ${run.status}${run.error ? ` (${run.error.message})` : ""}: ${(run.stderr || run.stdout || "").trim().slice(-2000)}`,
      );
    }
  };
}

async function workerd() {
  const miniflare = new Miniflare({
    modules: true,
    scriptPath: `${outdir}worker.mjs`,
    compatibilityDate: "2026-04-01",
    // For the one Node import left in the main entry's graph: the API reference page's script is read from
    // the package's files on its first request (api-reference-bundle.ts, a dynamic import of node:fs); a
    // worker without this flag cannot even load a module that names node:fs.
    compatibilityFlags: ["nodejs_compat"],
  });
  try {
    const response = await miniflare.dispatchFetch("http://localhost/");
    return await response.json();
  } finally {
    await miniflare.dispose();
  }
}

/**
 * Bun's binary, straight from its platform package (an optional dependency of `bun`, from the npm registry):
 * the `bun` package's own launcher is a stub until its install script runs, and no install script runs here.
 */
function bunBinary() {
  const fromBun = createRequire(require.resolve("bun/package.json"));
  const arch = process.arch === "arm64" ? "aarch64" : process.arch;
  return join(dirname(fromBun.resolve(`@oven/bun-${process.platform}-${arch}/package.json`)), "bin", "bun");
}

const runtimes = {
  node: script(process.execPath, []),
  bun: script(bunBinary(), ["run"]),
  // No permissions: the checks need no file, network or environment access.
  deno: script(bin("deno"), ["run", "--no-prompt"]),
  workerd,
};

let passed = 0;
let failed = 0;
const report = {};
for (const [runtime, run] of Object.entries(runtimes)) {
  let results;
  try {
    results = await run();
  } catch (error) {
    // A runtime that cannot run the checks at all counts as one failure.
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
  `${packageDir}.vitest/results-runtimes.json`,
  `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0, runtimes: report }, null, 2)}\n`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
