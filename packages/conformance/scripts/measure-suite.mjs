// Measures the default conformance suite against the reference server over a real port on 127.0.0.1:
// the library run, and the whole CLI as a user starts it. Budget: under 10 s (issue "Conformance suite").
// Run with `pnpm budget` (it loads the workspace sources through tsx, so no build is needed).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";
import { runConformance } from "../src/index.ts";

const BUDGET_MS = 10_000;
const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const server = await listen(createApp().fetch, { host: "127.0.0.1", port: 0 });
try {
  const libraryStart = performance.now();
  const report = await runConformance({ endpoint: server.url });
  const libraryMs = performance.now() - libraryStart;

  const cliStart = performance.now();
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=@ecs-tasks/source", "--import", "tsx", cli, "--endpoint", server.url],
    { timeout: 60_000 },
  );
  const cliMs = performance.now() - cliStart;
  const summary =
    stdout
      .trim()
      .split("\n")
      .find((line) => / passed, \d+ failed/.test(line)) ?? "(no summary)";

  const { passed, failed, skipped, requests } = report.summary;
  console.log(
    `default suite, library:  ${(libraryMs / 1000).toFixed(2)} s  (${passed} passed, ${failed} failed, ${skipped} skipped, ${requests} requests, seed ${report.seed})`,
  );
  console.log(
    `default suite, CLI:      ${(cliMs / 1000).toFixed(2)} s  (process start included: ${summary})`,
  );
  console.log(`budget:                  ${(BUDGET_MS / 1000).toFixed(0)} s`);
  if (!report.ok || Math.max(libraryMs, cliMs) > BUDGET_MS) {
    console.error(report.ok ? "over budget" : "the suite failed against the reference server");
    process.exitCode = 1;
  }
} finally {
  await server.close();
}
