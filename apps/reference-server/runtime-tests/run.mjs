// `pnpm test:runtimes`: the same in-process checks of `createApp` (app-checks.ts) on Node, Bun, Deno and
// Cloudflare's workerd, as Hono tests its own runtimes: one copy of the app per runtime, each run by that
// runtime itself. The checks are bundled once, for no platform in particular (esbuild's `neutral`): a module
// that needs Node fails to bundle or to load on the others. The counts go to .vitest/results-runtimes.json in
// the shape of a vitest report, which `pnpm test:runtimes` (tools/run-tests.mjs) adds up.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { bunBinary, bundleChecks, runMatrix, runScript } from "../../../tools/runtime-matrix.mjs";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const outdir = fileURLToPath(new URL("../node_modules/.cache/runtime-tests/", import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

await bundleChecks(
  build,
  {
    cli: fileURLToPath(new URL("cli-entry.ts", import.meta.url)),
    worker: fileURLToPath(new URL("worker-entry.ts", import.meta.url)),
  },
  outdir,
  {
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
  },
);
const cli = `${outdir}cli.mjs`;

/** Runs the CLI bundle with a runtime's own binary. */
const script = (command, args) => runScript(command, args, cli, packageDir);

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

const runtimes = {
  node: script(process.execPath, []),
  bun: script(bunBinary(import.meta.url), ["run"]),
  // No permissions: the checks need no file, network or environment access.
  deno: script(bin("deno"), ["run", "--no-prompt"]),
  workerd,
};

await runMatrix(runtimes, packageDir, "runtimes");
