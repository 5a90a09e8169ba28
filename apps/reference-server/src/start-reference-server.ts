import { randomUUID } from "node:crypto";
import { type ControlClient, createControlClient } from "@ecs-tasks/contract/control-client";
import { createApp, type ReferenceServerOptions } from "./app.js";
import { type ListenOptions, listen } from "./listen.js";
import type { SqlitePersistence } from "./store/sqlite-persistence.js";

/** Options of {@link startReferenceServer}: those of `createApp` and `listen`, and a SQLite file. */
export interface StartReferenceServerOptions extends ReferenceServerOptions, ListenOptions {
  /** Keep tasks and the clock in this SQLite file, closed with the server (default: in memory). */
  readonly db?: string;
  /** Port; default 0, a free one. */
  readonly port?: number;
}

/** A reference server started by {@link startReferenceServer}. */
export interface StartedReferenceServer {
  /** The base URL to give a client, e.g. `http://127.0.0.1:41234`. */
  readonly endpoint: string;
  readonly port: number;
  /**
   * The token its control API wants, to hand to another process (a vitest worker): the one given, or in
   * `verify` mode without one, a random token made for this server. Undefined when the control API is open.
   */
  readonly controlToken: string | undefined;
  /** A typed client for its control API (clock, tasks, fates, faults, requests, reset), token included. */
  readonly control: ControlClient;
  /** Stops the server, frees its port and closes its SQLite file; calling it again does nothing more. */
  close(): Promise<void>;
  /** `await using server = await startReferenceServer()` closes it at the end of the block. */
  [Symbol.asyncDispose](): Promise<void>;
}

/**
 * Starts the reference server on Node for a test: in memory, on 127.0.0.1 and a free port unless told
 * otherwise, with every other option passed to `createApp` and `listen`. A server that verifies signatures
 * refuses its control API to anyone without a token, so in `verify` mode without `controlToken` one is made.
 */
export async function startReferenceServer(
  options: StartReferenceServerOptions = {},
): Promise<StartedReferenceServer> {
  const { db, host, port, maxConnections, headersTimeoutMs, requestTimeoutMs, ...appOptions } = options;
  if (db !== undefined && (appOptions.store !== undefined || appOptions.clock !== undefined)) {
    throw new Error("startReferenceServer: pass either db or a store and a clock, not both.");
  }
  const controlToken =
    appOptions.controlToken ??
    (appOptions.auth === "verify" && appOptions.control !== false ? randomUUID() : undefined);
  let persistence: SqlitePersistence | undefined;
  if (db !== undefined) {
    // Loaded only when asked for, as the bin does, so that an in-memory server reads no SQLite module.
    const { openSqlitePersistence } = await import("./store/sqlite-persistence.js");
    persistence = openSqlitePersistence(db);
  }
  let server: Awaited<ReturnType<typeof listen>>;
  try {
    const app = createApp({
      ...appOptions,
      controlToken,
      store: persistence?.store ?? appOptions.store,
      clock: persistence?.clock ?? appOptions.clock,
    });
    server = await listen(app.fetch, {
      host,
      port: port ?? 0,
      maxConnections,
      headersTimeoutMs,
      requestTimeoutMs,
    });
  } catch (error) {
    persistence?.close();
    throw error;
  }
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= server.close().then(() => persistence?.close());
    return closing;
  };
  return {
    endpoint: server.url,
    port: server.port,
    controlToken,
    control: createControlClient({ endpoint: server.url, token: controlToken }),
    close,
    [Symbol.asyncDispose]: close,
  };
}
