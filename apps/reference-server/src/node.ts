/**
 * @module
 * What only Node can run: the HTTP listener, `startReferenceServer` for tests, and the SQLite store. The main
 * entry (`createApp`, the in-memory store) imports nothing of Node, so it runs on Bun, Deno and workerd as well.
 */
export { type ListeningServer, type ListenOptions, listen } from "./listen.js";
export {
  type StartedReferenceServer,
  type StartReferenceServerOptions,
  startReferenceServer,
} from "./start-reference-server.js";
export { openSqlitePersistence, type SqlitePersistence } from "./store/sqlite-persistence.js";
export { SqliteTaskStore } from "./store/sqlite-task-store.js";
