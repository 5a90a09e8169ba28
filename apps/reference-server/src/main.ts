#!/usr/bin/env node
import { parseSettings, SettingsError, USAGE } from "./cli-settings.js";
import { createApp } from "./index.js";
// The Node entry's listener; its SQLite store is loaded only when --db asks for it (see below).
import { listen } from "./listen.js";
import type { SqlitePersistence } from "./store/sqlite-persistence.js";

/** What the banner says of the control API: who may use it matters as much as where it is. */
function controlLine(settings: ReturnType<typeof parseSettings>, url: string): string {
  if (!settings.control) {
    return "off";
  }
  if (settings.controlToken !== undefined) {
    return `${url}/_reference/ (send Authorization: Bearer <the --control-token>)`;
  }
  return settings.auth === "verify"
    ? "refused (--auth verify without --control-token: every control request answers 403; give a token, or --control off)"
    : `${url}/_reference/ (open to anyone who reaches the server; --control-token restricts it)`;
}

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
  if (process.argv.some((arg) => arg === "--control-token" || arg.startsWith("--control-token="))) {
    process.stderr.write(
      "ecs-reference-server: note: a token given as --control-token shows in the process list; set ECS_REFERENCE_CONTROL_TOKEN instead\n",
    );
  }
  // Handlers go in before the server starts, so a signal that arrives at any moment ends the process cleanly.
  let server: Awaited<ReturnType<typeof listen>> | undefined;
  let stopping = false;
  let persistence: SqlitePersistence | undefined;
  // Closing checkpoints the WAL into the database file; every commit is already durable without it.
  const exit = () => {
    persistence?.close();
    process.exit(0);
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    process.stdout.write(`ecs-reference-server: ${signal}, shutting down\n`);
    // Requests in flight finish; a client holding a connection open does not keep the process alive long.
    setTimeout(exit, 2_000).unref();
    void (server?.close() ?? Promise.resolve()).then(exit);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  if (settings.db !== undefined) {
    // Imported here so that a server without --db starts without reading the SQLite store's modules.
    const [{ openSqlitePersistence }, { DatabaseInUseError }] = await Promise.all([
      import("./store/sqlite-persistence.js"),
      import("./store/sqlite-database.js"),
    ]);
    try {
      persistence = openSqlitePersistence(settings.db);
    } catch (error) {
      // Another server on the same file is a setting to change, like a bad flag, not a failure of this one.
      if (error instanceof DatabaseInUseError) {
        process.stderr.write(`ecs-reference-server: --db ${error.message}\n`);
        process.exit(2);
      }
      process.stderr.write(
        `ecs-reference-server: cannot open --db ${settings.db}: ${(error as Error).message}\n`,
      );
      process.exit(1);
    }
  }
  const app = createApp({
    store: persistence?.store,
    clock: persistence?.clock,
    taskDurationMs: settings.taskDurationMs,
    control: settings.control,
    controlToken: settings.controlToken,
    // A seed replays the same ids; after a restart on a database that would repeat the stored tasks' ids, so
    // the seed also covers how many tasks there are, which keeps a replay of the same history deterministic.
    seed:
      persistence !== undefined && settings.seed !== undefined
        ? `${settings.seed}#${await persistence.store.size()}`
        : settings.seed,
    auth: settings.auth,
    accessKeys: settings.accessKeys,
    maxParameterLength: settings.limits.maxParameterLength,
    requestLogBytes: settings.limits.requestLogBytes,
    maxFaults: settings.limits.maxFaults,
    maxTaskFates: settings.limits.maxTaskFates,
    maxControlBodyBytes: settings.limits.maxControlBodyBytes,
    maxNoncesPerKey: settings.limits.maxNoncesPerKey,
  });
  try {
    server = await listen(app.fetch, {
      host: settings.host,
      port: settings.port,
      maxConnections: settings.limits.maxConnections,
      headersTimeoutMs: settings.limits.headersTimeoutMs,
      requestTimeoutMs: settings.limits.requestTimeoutMs,
    });
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
      `  control API: ${controlLine(settings, server.url)}\n` +
      `  tasks: ${settings.db === undefined ? "in memory" : `SQLite file ${settings.db}`}\n` +
      // A full disk does not stop the server: it serves reads, and writes answer ServiceUnavailable until one commits.
      (persistence?.health.failure === undefined
        ? ""
        : `  storage: read-only, writes failing (${persistence.health.failure}); writes answer ServiceUnavailable until space returns\n`) +
      // Key ids only: secrets never reach a log.
      `  auth: ${settings.auth === "verify" ? `verify (keys ${settings.accessKeys.map((key) => key.accessKeyId).join(", ")})` : "off"}\n` +
      // A first call to paste into a browser or curl; a verifying server would refuse it unsigned.
      (settings.auth === "verify"
        ? ""
        : `  try: ${server.url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON\n`),
  );
}

await main();
