// `pnpm test:runtimes` (Node, Bun, Deno, workerd) and `pnpm test:browser` (`--browser`: Chromium): the client's
// checks (client-checks.ts) run by each runtime itself against one reference server that verifies signatures,
// started here on Node (startReferenceServer) and handed to the checks at bundle time. The checks are bundled
// for no platform in particular (esbuild's `neutral`), so a module that needs Node fails to bundle or to load
// elsewhere. The counts go to .vitest/results-runtimes.json (or results-browser.json) in the shape of a vitest
// report, which tools/run-tests.mjs adds up.
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startReferenceServer } from "@ecs-tasks/reference-server/node";
import { build } from "esbuild";
import { bunBinary, bundleChecks, runMatrix, runScript } from "../../../tools/runtime-matrix.mjs";

const { values } = parseArgs({ options: { browser: { type: "boolean", default: false } } });
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../node_modules/.cache/runtime-tests/", import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

const key = { accessKeyId: "runtime-key", accessKeySecret: "runtime-secret" };
const server = await startReferenceServer({ auth: "verify", accessKeys: [key], seed: "client-runtimes" });
const target = { endpoint: server.endpoint, controlToken: server.controlToken, ...key };

/** Runs the CLI bundle with a runtime's own binary. */
const script = (command, args) => runScript(command, args, `${outdir}cli.mjs`, packageDir);

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

const runtimes = values.browser
  ? { chromium }
  : {
      node: script(process.execPath, []),
      bun: script(bunBinary(import.meta.url), ["run"]),
      // The network to the reference server only: no file, environment or other network access.
      deno: script(bin("deno"), ["run", "--no-prompt", `--allow-net=${new URL(server.endpoint).host}`]),
      workerd,
    };

try {
  await bundleChecks(
    build,
    {
      cli: fileURLToPath(new URL("cli-entry.ts", import.meta.url)),
      worker: fileURLToPath(new URL("worker-entry.ts", import.meta.url)),
      page: fileURLToPath(new URL("page-entry.ts", import.meta.url)),
    },
    outdir,
    { define: { CLIENT_CHECK_TARGET: JSON.stringify(target) } },
  );
  await runMatrix(runtimes, packageDir, values.browser ? "browser" : "runtimes");
} finally {
  await server.close();
}
