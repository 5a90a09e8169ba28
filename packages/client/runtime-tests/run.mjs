// `pnpm test:runtimes` (Node, Bun, Deno, workerd) and `pnpm test:browser` (`--browser`: Chromium): the client's
// checks (client-checks.ts) run by each runtime itself against one reference server that verifies signatures,
// started here on Node (startReferenceServer) and handed to the checks at bundle time. The checks are bundled
// for no platform in particular (esbuild's `neutral`), so a module that needs Node fails to bundle or to load
// elsewhere. The counts go to .vitest/results-runtimes.json (or results-browser.json) in the shape of a vitest
// report, which tools/run-tests.mjs adds up.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startReferenceServer } from "@ecs-tasks/reference-server/node";
import { build } from "esbuild";

const { values } = parseArgs({ options: { browser: { type: "boolean", default: false } } });
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../node_modules/.cache/runtime-tests/", import.meta.url));
const require = createRequire(import.meta.url);
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const key = { accessKeyId: "runtime-key", accessKeySecret: "runtime-secret" };
const server = await startReferenceServer({ auth: "verify", accessKeys: [key], seed: "client-runtimes" });
const target = { endpoint: server.endpoint, controlToken: server.controlToken, ...key };

/** Runs the CLI bundle with a runtime's own binary; its last line of output is the results. */
function script(command, args) {
  return async () => {
    // Asynchronous, so that this process's reference server answers the runtime meanwhile.
    const run = await spawnAsync(command, [...args, `${outdir}cli.mjs`]);
    const last = run.stdout.trim().split("\n").at(-1) ?? "";
    try {
      return JSON.parse(last);
    } catch {
      throw new Error(`exit ${run.status}: ${(run.stderr || run.stdout).trim().slice(-2000)}`);
    }
  };
}

function spawnAsync(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] });
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

async function workerd() {
  const { Miniflare } = await import("miniflare");
  // No nodejs_compat: the client needs nothing of Node.
  const miniflare = new Miniflare({
    modules: true,
    scriptPath: `${outdir}worker.mjs`,
    compatibilityDate: "2026-04-01",
  });
  try {
    const response = await miniflare.dispatchFetch("http://localhost/");
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`the worker answered ${response.status}: ${text.slice(0, 2000)}`);
    }
  } finally {
    await miniflare.dispose();
  }
}

/** Debian's package; `CHROMIUM_PATH` names any other Chromium or Chrome binary. */
function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  return path;
}

/**
 * Chromium: a page on the reference server's own origin (answered here, through request interception, so the
 * server needs no page of its own and no CORS), whose module script is the checks' bundle.
 */
async function chromium() {
  const { default: puppeteer } = await import("puppeteer-core");
  const profile = await mkdtemp(join(tmpdir(), "client-runtime-chromium-"));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      `--user-data-dir=${profile}`,
    ],
  });
  try {
    const page = await browser.newPage();
    const pageUrl = `${server.endpoint}/client-runtime-checks.html`;
    const bundle = readFileSync(`${outdir}page.mjs`, "utf8");
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      if (request.url() === pageUrl) {
        void request.respond({
          contentType: "text/html; charset=utf-8",
          body: `<!doctype html><title>client checks</title><script type="module">${bundle.replaceAll("</script", "<\\/script")}</script>`,
        });
      } else if (request.url().startsWith(`${server.endpoint}/`)) {
        void request.continue();
      } else {
        // Nothing but the reference server: the page must not reach the network.
        void request.abort("internetdisconnected");
      }
    });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(pageUrl);
    const results = await page.evaluate(() => window.clientCheckResults);
    if (!Array.isArray(results)) {
      throw new Error(`the page ran no checks: ${errors.join("; ") || "no results"}`);
    }
    return results;
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
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

const runtimes = values.browser
  ? { chromium }
  : {
      node: script(process.execPath, []),
      bun: script(bunBinary(), ["run"]),
      // The network to the reference server only: no file, environment or other network access.
      deno: script(bin("deno"), ["run", "--no-prompt", `--allow-net=${new URL(server.endpoint).host}`]),
      workerd,
    };

let passed = 0;
let failed = 0;
const report = {};
try {
  await build({
    entryPoints: {
      cli: fileURLToPath(new URL("cli-entry.ts", import.meta.url)),
      worker: fileURLToPath(new URL("worker-entry.ts", import.meta.url)),
      page: fileURLToPath(new URL("page-entry.ts", import.meta.url)),
    },
    outdir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    conditions: ["@ecs-tasks/source"],
    define: { CLIENT_CHECK_TARGET: JSON.stringify(target) },
    logLevel: "error",
  });
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
} finally {
  await server.close();
}

mkdirSync(`${packageDir}.vitest`, { recursive: true });
writeFileSync(
  `${packageDir}.vitest/results-${values.browser ? "browser" : "runtimes"}.json`,
  `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, success: failed === 0, runtimes: report }, null, 2)}\n`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
