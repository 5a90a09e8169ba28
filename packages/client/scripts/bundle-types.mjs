#!/usr/bin/env node
// Replaces dist/index.d.ts with one self-contained declaration file that inlines the types it uses
// from @ecs-tasks/contract. The contract is only a type dependency of the client, so inlining keeps
// it out of the client's installed dependencies (the installed-size budget) while the types still
// come from the contract. Resolves the contract through its built `dist` (no source condition), so
// run it after the contract's build, as the turbo `build` task does.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
const result = spawnSync(
  "dts-bundle-generator",
  [
    "--project",
    "tsconfig.dts.json",
    "--external-inlines",
    "@ecs-tasks/contract",
    "--export-referenced-types=false",
    "--silent",
    "-o",
    "dist/index.d.ts",
    "src/index.ts",
  ],
  { cwd: packageDir, stdio: "inherit", shell: process.platform === "win32" },
);
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
// tsc's map described the declaration file that was just replaced.
rmSync(join(packageDir, "dist/index.d.ts.map"), { force: true });
