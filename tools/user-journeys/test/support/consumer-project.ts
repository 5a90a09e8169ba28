import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { run } from "./run-program.js";

/** One package npm installed, from the project's `node_modules/.package-lock.json`. */
export interface InstalledPackage {
  /** Where it is, as `node_modules/a/node_modules/b`. */
  readonly path: string;
  readonly name: string;
  readonly resolved: string | undefined;
}

// A scope registry nobody listens on: a lookup of one of our packages fails at once instead of reaching the
// public registry, where the names are not ours until they are published.
const NO_REGISTRY = "http://127.0.0.1:9/";

/**
 * Makes `project` an empty ES module project that depends on `tarballs` (by package name) and on `extra`
 * registry packages at exact versions, and runs `npm install` with install scripts off.
 */
export async function installTarballs(
  project: string,
  tarballs: Readonly<Record<string, string>>,
  extra: Readonly<Record<string, string>>,
): Promise<void> {
  const local = Object.fromEntries(
    Object.entries(tarballs).map(([name, file]) => [name, `file:${relative(project, file)}`]),
  );
  const scopes = new Set(Object.keys(tarballs).map((name) => name.split("/")[0]));
  writeFileSync(
    join(project, "package.json"),
    JSON.stringify(
      {
        name: "packed-packages-consumer",
        private: true,
        type: "module",
        dependencies: { ...local, ...extra },
        // The packages depend on each other by version range: every one of them, wherever it is needed, is
        // the tarball the project depends on.
        overrides: Object.fromEntries(Object.keys(tarballs).map((name) => [name, `$${name}`])),
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(project, ".npmrc"),
    [...scopes].map((scope) => `${scope}:registry=${NO_REGISTRY}\n`).join(""),
  );
  const installed = await run(
    "npm",
    ["install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"],
    project,
    150_000,
  );
  if (installed.code !== 0) {
    throw new Error(`npm install failed:\n${installed.output}`);
  }
}

/** Every package installed in `project`, as npm recorded it. */
export function installedPackages(project: string): InstalledPackage[] {
  const lock = JSON.parse(readFileSync(join(project, "node_modules", ".package-lock.json"), "utf8")) as {
    packages: Record<string, { name?: string; resolved?: string; link?: boolean }>;
  };
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.startsWith("node_modules/") && entry.link !== true)
    .map(([path, entry]) => ({
      path,
      name: entry.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length),
      resolved: entry.resolved,
    }));
}

/**
 * The installed packages that ship an install script (preinstall, install, postinstall, or a `binding.gyp`,
 * which npm builds with node-gyp): each one a user might run with scripts on, and that --ignore-scripts skipped.
 */
export function packagesWithInstallScripts(project: string): InstalledPackage[] {
  return installedPackages(project).filter((pkg) => {
    const folder = join(project, pkg.path);
    const manifest = JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as {
      scripts?: Record<string, string>;
    };
    const scripts = manifest.scripts ?? {};
    return (
      ["preinstall", "install", "postinstall"].some((name) => scripts[name] !== undefined) ||
      existsSync(join(folder, "binding.gyp"))
    );
  });
}
