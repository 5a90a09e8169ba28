// The reference server as a target: in process (app.fetch) or on a real port, with a clock tests control.
import { ControllableClock, createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";
import type { FetchLike } from "../../src/index.js";

/** A fresh reference server app with a frozen clock (so nothing moves unless a test moves it). */
export function referenceApp(options: { control?: boolean } = {}) {
  const clock = new ControllableClock({ startMs: Date.UTC(2026, 10, 28, 1, 0), frozen: true });
  const app = createApp({ clock, seed: "conformance-tests", control: options.control ?? true });
  const fetch: FetchLike = (request) => app.fetch(request);
  return { clock, fetch };
}

/** Serves a fetch handler on 127.0.0.1 on a port the OS picks; close it when done. */
export async function serveOnPort(fetch: FetchLike) {
  return listen(fetch, { host: "127.0.0.1", port: 0 });
}

/** An endpoint nothing listens on: a port that was just opened and closed again. */
export async function deadEndpoint(): Promise<string> {
  const server = await listen(() => new Response("unused"), { host: "127.0.0.1", port: 0 });
  await server.close();
  return server.url;
}
