import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY } from "./readme-programs.js";
import { run } from "./run-program.js";

/** A workspace package that is published: not `private`. */
export interface PublicPackage {
  readonly name: string;
  readonly folder: string;
  readonly manifest: { readonly exports?: unknown; readonly bin?: Readonly<Record<string, string>> };
}

// Only these folders hold packages meant for other repositories; bench and tools are the workspace's own.
const PUBLISHED_GROUPS = ["packages", "apps"];

/** Every package of the workspace that is not `private`, by name. */
export function publicPackages(): PublicPackage[] {
  return PUBLISHED_GROUPS.flatMap((group) =>
    readdirSync(join(REPOSITORY, group)).map((name) => join(REPOSITORY, group, name)),
  )
    .filter((folder) => existsSync(join(folder, "package.json")))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ folder, manifest }) => ({ name: manifest.name as string, folder, manifest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Packs a package as `pnpm publish` would (`workspace:` and `catalog:` ranges become versions) into
 * `destination`, a folder for it alone. Its `dist` must be built: turbo builds it before this package's tests
 * (`^build`).
 */
export async function packPackage(pkg: PublicPackage, destination: string): Promise<string> {
  if (!existsSync(join(pkg.folder, "dist"))) {
    throw new Error(`${pkg.name} has no dist: run \`pnpm build\` (turbo runs it before \`pnpm test\`)`);
  }
  mkdirSync(destination, { recursive: true });
  const packed = await run("pnpm", ["pack", "--pack-destination", destination], pkg.folder, 60_000);
  if (packed.code !== 0) {
    throw new Error(`pnpm pack of ${pkg.name} failed:\n${packed.output}`);
  }
  const tarballs = readdirSync(destination).filter((file) => file.endsWith(".tgz"));
  if (tarballs.length !== 1) {
    throw new Error(`pnpm pack of ${pkg.name} left ${tarballs.length} tarballs:\n${packed.output}`);
  }
  return join(destination, tarballs[0] as string);
}
