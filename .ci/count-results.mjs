// Adds up the vitest JSON reports of every package and prints `N passed, N failed` as the last line.
// A package whose tests did not run at all (no report) counts as one failure, so a crash cannot pass.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
for (const group of ["packages", "apps"]) {
  if (!existsSync(group)) {
    continue;
  }
  for (const name of readdirSync(group)) {
    const dir = join(group, name);
    const manifest = join(dir, "package.json");
    if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) {
      continue;
    }
    const report = join(dir, ".vitest", "results.json");
    if (!existsSync(report)) {
      console.error(`${dir}: no test report (its tests did not run)`);
      failed += 1;
      continue;
    }
    const results = JSON.parse(readFileSync(report, "utf8"));
    passed += results.numPassedTests;
    // A run that failed without a failed test (a suite that could not load) still counts as one failure.
    failed += Math.max(results.numFailedTests, results.success ? 0 : 1);
    console.error(`${dir}: ${results.numPassedTests} passed, ${results.numFailedTests} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
