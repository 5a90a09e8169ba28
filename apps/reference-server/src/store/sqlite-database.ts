import { createRequire } from "node:module";
import type Database from "better-sqlite3";

/** An open better-sqlite3 connection. */
export type SqliteDatabase = Database.Database;

/** The schema version this code writes; a file from another version is refused rather than misread. */
const SCHEMA_VERSION = 1;

/*
 * One row per task. Status is not stored (it is a function of time), but the instants it turns on are:
 * `start_at_ms` (Waiting → Processing) and `end_at_ms` (Processing → Finished/Failed/Paused, by `fate_outcome`),
 * so that a status filter is a range condition over indexed columns. `seq` is the rowid: insertion order,
 * which breaks ties between tasks created in the same millisecond.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS tasks (
  seq INTEGER PRIMARY KEY,
  account_id TEXT NOT NULL,
  region_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  task_action TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  details TEXT,
  created_at_ms INTEGER NOT NULL,
  queued_ms INTEGER NOT NULL,
  duration_ms INTEGER NOT NULL,
  fate_outcome TEXT NOT NULL,
  fate_percent INTEGER,
  fate_error_code TEXT,
  fate_error_message TEXT,
  start_at_ms INTEGER NOT NULL,
  end_at_ms INTEGER NOT NULL,
  cancelled_at_ms INTEGER
);
CREATE UNIQUE INDEX IF NOT EXISTS tasks_by_id ON tasks (account_id, region_id, task_id);
CREATE INDEX IF NOT EXISTS tasks_by_created ON tasks (account_id, region_id, created_at_ms);
CREATE INDEX IF NOT EXISTS tasks_by_action ON tasks (account_id, region_id, task_action, created_at_ms);
CREATE INDEX IF NOT EXISTS tasks_by_resource ON tasks (account_id, region_id, resource_id);
CREATE INDEX IF NOT EXISTS tasks_by_end ON tasks
  (account_id, region_id, fate_outcome, end_at_ms, start_at_ms, cancelled_at_ms, task_action, created_at_ms);
CREATE TABLE IF NOT EXISTS clock_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  offset_ms INTEGER NOT NULL,
  frozen_at_ms INTEGER
);
`;

/**
 * Opens (creating when needed) the reference server's database at `path` (`:memory:` for a throwaway one).
 *
 * WAL mode lets a page be read while a task is written. `synchronous = NORMAL` in WAL mode writes every
 * commit into the WAL file before the commit returns, so a committed task survives the process being
 * killed (SIGKILL): the bytes are in the operating system's cache, which outlives the process. Only an OS
 * crash or power loss can drop the last commits, and an emulator does not need that guarantee at the cost
 * of an fsync per task (`FULL`); see docs/decisions/0018-sqlite-store.md.
 */
export function openSqliteDatabase(path: string): SqliteDatabase {
  // Loaded on first use: the native addon costs start-up time, and a server without `--db` never needs it.
  const open: typeof Database = createRequire(import.meta.url)("better-sqlite3");
  const db = new open(path);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // A checkpoint copies the WAL into the database and, unlike a commit, fsyncs. SQLite's default (every
    // 1,000 pages) checkpoints every ~150 task inserts here and caps creations near 5,000/s; every 10,000
    // pages (a WAL of up to ~40 MB) measured 7,500/s. Closing the database checkpoints what is left.
    db.pragma("wal_autocheckpoint = 10000");
    // Another process holding the file (an old server still stopping) gets a moment before SQLITE_BUSY.
    db.pragma("busy_timeout = 2000");
    const version = db.pragma("user_version", { simple: true });
    if (version !== 0 && version !== SCHEMA_VERSION) {
      throw new Error(
        `${path} holds a reference-server database of schema version ${String(version)}; this server ` +
          `reads version ${SCHEMA_VERSION}. Use a new file.`,
      );
    }
    db.exec(SCHEMA);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
