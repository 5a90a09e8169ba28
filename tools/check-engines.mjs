// Checks that the Node versions this repository promises (the root's `engines.node`, each of which CI
// tests) are accepted by every workspace package and by every dependency in the lockfile, transitive ones
// included. A dependency with a narrower range refuses, or warns at install, on a version we claim.
import { readFileSync } from "node:fs";
import semver from "semver";
import { parseAllDocuments } from "yaml";

const ours = JSON.parse(readFileSync("package.json", "utf8")).engines?.node;
if (typeof ours !== "string") {
  console.error("package.json: engines.node is missing");
  process.exit(1);
}

// pnpm 12 writes its own pinned version as a first document; the project's lockfile is the last one.
const lockfile = parseAllDocuments(readFileSync("pnpm-lock.yaml", "utf8")).at(-1).toJS();
const problems = [];
for (const importer of Object.keys(lockfile.importers ?? {})) {
  const manifest = importer === "." ? "package.json" : `${importer}/package.json`;
  const declared = JSON.parse(readFileSync(manifest, "utf8")).engines?.node;
  if (declared !== ours) {
    problems.push(`${manifest}: engines.node is ${JSON.stringify(declared)}, the root says "${ours}"`);
  }
}
for (const [key, entry] of Object.entries(lockfile.packages ?? {})) {
  const theirs = entry?.engines?.node;
  if (typeof theirs === "string" && (semver.validRange(theirs) === null || !semver.subset(ours, theirs))) {
    problems.push(`${key} wants Node ${theirs}`);
  }
}

if (problems.length > 0) {
  console.error(`This repository supports Node ${ours}. Disagreeing:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
