#!/usr/bin/env node
import { runCli } from "./cli/run-cli.js";

// Ctrl-C stops the run and lets it put the target back; a second Ctrl-C leaves at once.
const stop = new AbortController();
process.once("SIGINT", () => {
  process.stderr.write(
    "\necs-conformance: stopping; putting the target back as it was found (Ctrl-C again to quit now)\n",
  );
  stop.abort();
  process.once("SIGINT", () => process.exit(130));
});
process.once("SIGTERM", () => stop.abort());

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  terminal: {
    stdout: process.stdout.isTTY === true,
    stderr: process.stderr.isTTY === true,
    columns: process.stdout.columns ?? process.stderr.columns,
  },
  signal: stop.signal,
});
process.exitCode = code;
