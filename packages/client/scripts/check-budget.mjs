#!/usr/bin/env node
// Checks the client's budgets (issue "Typed client"): the browser bundle, openapi-fetch included,
// minified and gzipped, at most 12 kB (8 kB until SHA-256 and HMAC came from @noble/hashes,
// docs/decisions/0026); `import` in a fresh Node process at most 1/5 of the official
// SDK's (@alicloud/ecs20140526); installed size at most 1/25 of it (1/50 until @noble/hashes, 0.7 MB
// installed, came in: docs/decisions/0026). Prints the figures, exits 1 when
// a budget is broken. Needs `dist` (run the package's `build` first).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const OFFICIAL_SDK = "@alicloud/ecs20140526";
const BUNDLE_LIMIT = 12 * 1024;
const LOAD_RATIO_LIMIT = 1 / 5;
const SIZE_RATIO_LIMIT = 1 / 25;
const RUNS = Number(process.env.BUDGET_RUNS ?? 7);

function kB(bytes) {
  return `${(bytes / 1024).toFixed(2)} kB`;
}

function mB(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

// 1. Bundle size: everything the client ships to a browser, from its source entry.
async function bundleSize() {
  const result = await build({
    entryPoints: [join(packageDir, "src/index.ts")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    conditions: ["@ecs-tasks/source"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) {
    throw new Error("esbuild produced no output");
  }
  const nodeBuiltins = Object.keys(result.metafile.inputs).filter((input) => input.startsWith("node:"));
  if (nodeBuiltins.length > 0) {
    throw new Error(`The browser bundle pulls in Node built-ins: ${nodeBuiltins.join(", ")}`);
  }
  return {
    minified: output.contents.byteLength,
    gzipped: gzipSync(output.contents, { level: 9 }).byteLength,
  };
}

// 2. Load time: the time `import()` takes in a fresh Node process, median of several runs.
function importMs(specifier) {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: packageDir,
    encoding: "utf8",
  });
  if (child.status !== 0) {
    throw new Error(`import(${specifier}) failed:\n${child.stderr}`);
  }
  return Number(child.stdout);
}

function medianImportMs(specifier) {
  importMs(specifier); // warm the file-system cache, as any second start would be
  const runs = Array.from({ length: RUNS }, () => importMs(specifier)).sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

// 3. Installed size: a package and its runtime dependencies, each counted once.
function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules") {
      continue;
    }
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      total += directorySize(path);
    } else if (entry.isFile()) {
      total += statSync(path).size;
    }
  }
  return total;
}

function findDependencyDir(fromDir, name) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) {
      return realpathSync(candidate);
    }
    if (dirname(dir) === dir) {
      return undefined;
    }
  }
}

// A workspace package installs what `npm pack` would ship; a registry package is already its installed self.
function ownSize(dir) {
  const isWorkspace = !realpathSync(dir).includes(`${join("node_modules", ".pnpm")}`);
  if (!isWorkspace) {
    return directorySize(dir);
  }
  const [packed] = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: dir, encoding: "utf8" }),
  );
  return packed.unpackedSize;
}

function installedSize(rootDir) {
  const seen = new Set();
  let total = 0;
  const visit = (dir) => {
    const real = realpathSync(dir);
    if (seen.has(real)) {
      return;
    }
    seen.add(real);
    total += ownSize(real);
    const manifest = JSON.parse(readFileSync(join(real, "package.json"), "utf8"));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const dependencyDir = findDependencyDir(real, name);
      if (dependencyDir !== undefined) {
        visit(dependencyDir);
      }
    }
  };
  visit(rootDir);
  return { bytes: total, packages: seen.size };
}

const officialDir = findDependencyDir(packageDir, OFFICIAL_SDK);
if (
  officialDir === undefined ||
  !lstatSync(join(packageDir, "node_modules", OFFICIAL_SDK)).isSymbolicLink()
) {
  console.error(`${OFFICIAL_SDK} is not installed; run pnpm install.`);
  process.exit(2);
}
if (!existsSync(join(packageDir, "dist/index.js"))) {
  console.error("dist/index.js is missing; run `pnpm run build` in packages/client first.");
  process.exit(2);
}

const bundle = await bundleSize();
const ourLoad = medianImportMs("@ecs-tasks/client");
const officialLoad = medianImportMs(OFFICIAL_SDK);
const ourSize = installedSize(packageDir);
const officialSize = installedSize(officialDir);

const checks = [
  {
    name: "bundle (browser, minified, gzipped, openapi-fetch included)",
    figure: `${kB(bundle.gzipped)} gzipped (${kB(bundle.minified)} minified)`,
    limit: `<= ${kB(BUNDLE_LIMIT)}`,
    ok: bundle.gzipped <= BUNDLE_LIMIT,
  },
  {
    name: `load time (import in a fresh process, median of ${RUNS})`,
    figure: `${ourLoad.toFixed(1)} ms vs ${officialLoad.toFixed(1)} ms, ratio 1/${(officialLoad / ourLoad).toFixed(1)}`,
    limit: "<= 1/5",
    ok: ourLoad <= officialLoad * LOAD_RATIO_LIMIT,
  },
  {
    name: "installed size (package and runtime dependencies)",
    figure: `${mB(ourSize.bytes)} in ${ourSize.packages} packages vs ${mB(officialSize.bytes)} in ${officialSize.packages}, ratio 1/${(officialSize.bytes / ourSize.bytes).toFixed(0)}`,
    limit: "<= 1/25",
    ok: ourSize.bytes <= officialSize.bytes * SIZE_RATIO_LIMIT,
  },
];

if (process.argv.includes("--json")) {
  // For bench/ (row C2), which reports the same figures as ratios beside the other rows.
  console.log(
    JSON.stringify({
      bundleGzippedBytes: bundle.gzipped,
      loadMs: { client: ourLoad, official: officialLoad },
      installedBytes: { client: ourSize.bytes, official: officialSize.bytes },
      checks: [
        { what: "bundle gzipped (kB)", value: bundle.gzipped / 1024, target: "<= 12" },
        { what: "load time client / official", value: ourLoad / officialLoad, target: "<= 0.2" },
        {
          what: "installed size client / official",
          value: ourSize.bytes / officialSize.bytes,
          target: "<= 0.04",
        },
      ],
    }),
  );
} else {
  for (const check of checks) {
    console.log(`${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.figure} (budget ${check.limit})`);
  }
}
process.exit(checks.every((check) => check.ok) ? 0 : 1);
