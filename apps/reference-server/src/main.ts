#!/usr/bin/env node
import { createApp } from "./app.js";
import { parseSettings, SettingsError, USAGE } from "./cli-settings.js";
import { listen } from "./listen.js";

async function main(): Promise<void> {
  let settings: ReturnType<typeof parseSettings>;
  try {
    settings = parseSettings(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`ecs-reference-server: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  if (settings.help) {
    process.stdout.write(USAGE);
    return;
  }
  // Handlers go in before the server starts, so a signal that arrives at any moment ends the process cleanly.
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stdout.write(`ecs-reference-server: ${signal}, shutting down\n`);
    // Requests in flight finish; a client holding a connection open does not keep the process alive long.
    setTimeout(() => process.exit(0), 2_000).unref();
    void (server?.close() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const app = createApp({
    taskDurationMs: settings.taskDurationMs,
    control: settings.control,
    seed: settings.seed,
  });
  try {
    server = await listen(app.fetch, { host: settings.host, port: settings.port });
  } catch (error) {
    process.stderr.write(
      `ecs-reference-server: cannot listen on ${settings.host}:${settings.port}: ${(error as Error).message}\n`,
    );
    process.exit(1);
  }
  if (stopping) {
    await server.close();
    return;
  }
  process.stdout.write(
    `ecs-reference-server listening on ${server.url}\n` +
      `  API reference: ${server.url}/docs   spec: ${server.url}/openapi.yaml\n` +
      (settings.control ? `  control API: ${server.url}/_reference/\n` : "  control API: off\n"),
  );
}

await main();
