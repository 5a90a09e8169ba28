import { createRequire } from "node:module";
import type Libsql from "libsql";
import { StorageHealth, StorageUnavailableError } from "./storage-health.js";

/** An open libsql connection (better-sqlite3's API over libSQL, SQLite's fork). */
export type SqliteDatabase = Libsql.Database;

type SqliteValue = string | number | null;
/** What a statement is bound with: named parameters, positional ones, or none. */
type Bindings = Readonly<Record<string, SqliteValue>> | readonly SqliteValue[] | undefined;
type BindArguments<Params extends Bindings> = Params extends undefined ? [] : [Params];

/** A prepared statement, typed by its parameters (named or positional) and the rows it reads. */
export interface SqliteStatement<Params extends Bindings, Row = unknown> {
  run(...params: BindArguments<Params>): void;
  get(...params: BindArguments<Params>): Row | undefined;
  all(...params: BindArguments<Params>): Row[];
}

/**
 * Prepares `sql` once. The binding types every row as `unknown`; `Row` says which columns the SQL selects, so
 * it is stated once here rather than cast at every call.
 */
export function prepareStatement<Params extends Bindings, Row = unknown>(
  db: SqliteDatabase,
  sql: string,
): SqliteStatement<Params, Row> {
  const statement = db.prepare(sql);
  // libsql keeps the connection alive for its statements after `close()` (see `closeSqliteDatabase`); a
  // statement of a closed database must fail, as it does in SQLite's own API, rather than write on.
  const assertOpen = () => {
    if (!db.open) {
      throw new TypeError("The database connection is not open");
    }
  };
  return {
    run: (...params) => {
      assertOpen();
      statement.run(...params);
    },
    get: (...params) => {
      assertOpen();
      return statement.get(...params) as Row | undefined;
    },
    all: (...params) => {
      assertOpen();
      return statement.all(...params) as Row[];
    },
  };
}

/** The value of a pragma that reads one number (libsql's `pragma(…, { simple: true })` returns the row). */
function pragmaNumber(db: SqliteDatabase, name: string): number {
  const row = db.prepare(`PRAGMA ${name}`).get();
  const value = typeof row === "object" && row !== null && name in row ? Reflect.get(row, name) : undefined;
  if (typeof value !== "number") {
    throw new Error(`PRAGMA ${name} read ${String(value)}, not a number.`);
  }
  return value;
}

/** The database file is held by another process: another server, or a tool with the file open. */
export class DatabaseInUseError extends Error {
  constructor(readonly path: string) {
    super(
      `${path} is held by another process (one server per database file): stop that server or use another file`,
    );
    this.name = "DatabaseInUseError";
  }
}

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes), as libsql reports it. */
function isBusy(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof error.code === "string" &&
    error.code.startsWith("SQLITE_BUSY")
  );
}

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
 * Opens (creating when needed) the reference server's database at `path` (`:memory:` for a throwaway one), and
 * holds it: no other process can open it until this connection is closed or its process ends.
 *
 * One process per file is enforced by SQLite's own lock: `locking_mode = EXCLUSIVE`, set before the first read,
 * takes an exclusive lock on the file at that read and keeps it for the life of the connection. The lock is
 * the operating system's (a POSIX record lock), so it goes with the process, however that ends: after a SIGKILL
 * the next server starts, where a lock file would be left behind. Another process gets SQLITE_BUSY after the busy
 * timeout, reported as a {@link DatabaseInUseError}. In this mode the WAL index lives in the process's memory
 * rather than in a shared `-shm` file.
 *
 * WAL mode lets a page be read while a task is written. `synchronous = NORMAL` in WAL mode writes every
 * commit into the WAL file before the commit returns, so a committed task survives the process being
 * killed (SIGKILL): the bytes are in the operating system's cache, which outlives the process. Only an OS
 * crash or power loss can drop the last commits, and an emulator does not need that guarantee at the cost
 * of an fsync per task (`FULL`); see docs/decisions/0018-sqlite-store.md.
 *
 * A file that already holds this schema opens even when its storage refuses writes (a full disk): reading it
 * needs no space, not even to recover the WAL of a killed server, since the WAL index lives in memory. The
 * open's own write then fails, `health` records that writes fail (read-only until a write commits again),
 * and the open goes on. A new file on such a disk cannot get its schema and is refused.
 */
export function openSqliteDatabase(
  path: string,
  health: StorageHealth = new StorageHealth(),
): SqliteDatabase {
  // Loaded on first use: the native addon costs start-up time, and a server without `--db` never needs it.
  const open: typeof Libsql = createRequire(import.meta.url)("libsql");
  const db = new open(path);
  try {
    // Another server still stopping on the same file gets a moment to let go before this one gives up.
    db.exec("PRAGMA busy_timeout = 2000");
    db.exec("PRAGMA locking_mode = EXCLUSIVE");
    // The first statement that reads the file: it takes the lock, or fails with SQLITE_BUSY.
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    // A checkpoint copies the WAL into the database and, unlike a commit, fsyncs: the fewer pages between
    // checkpoints, the more fsyncs per creation. Every 2,000 pages keeps the WAL at about 8 MB (every 10,000
    // let it reach 41 MB), and `journal_size_limit` gives the file back to that size after a checkpoint.
    // Measured with one caller waiting for each commit (the worst case, ~6 pages a creation): 6,200
    // creations/s against 9,700 (every 1,000 pages: 5,000); with 32 callers sharing commits, no difference
    // (decision 0033). Closing the database checkpoints what is left.
    db.exec("PRAGMA wal_autocheckpoint = 2000");
    db.exec(`PRAGMA journal_size_limit = ${8 * 1024 * 1024}`);
    const version = pragmaNumber(db, "user_version");
    if (version !== 0 && version !== SCHEMA_VERSION) {
      throw new Error(
        `${path} holds a reference-server database of schema version ${String(version)}; this server ` +
          `reads version ${SCHEMA_VERSION}. Use a new file.`,
      );
    }
    try {
      health.write(() => {
        db.exec(SCHEMA);
        // A write: from here on the lock is exclusive even on a file that needed no schema change.
        db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
      });
    } catch (error) {
      // In WAL mode the read above already holds the file exclusively; only a file without the schema is lost.
      if (!(error instanceof StorageUnavailableError) || version !== SCHEMA_VERSION) {
        throw error;
      }
    }
  } catch (error) {
    // Let go of whatever the open got to, without waiting for the lock a second time.
    try {
      db.exec("PRAGMA busy_timeout = 0");
      closeSqliteDatabase(db);
    } catch {
      // Releasing failed for the reason the open did (the file is held, or not a database): that error says why.
      db.close();
    }
    throw isBusy(error) ? new DatabaseInUseError(path) : error;
  }
  return db;
}

/**
 * Closes a database opened by `openSqliteDatabase`, checkpointed and unlocked when this returns.
 *
 * libsql's `close()` only lets go of the connection: SQLite closes it when the last statement prepared on it
 * is garbage-collected, and until then it would keep the file's exclusive lock (a reopen in the same process
 * would find the file held) and its WAL. So the file is released first: leaving WAL mode checkpoints the WAL
 * into the file and deletes it, and back in the NORMAL locking mode the next read gives the lock up. The next
 * open turns WAL mode on again. Closing twice does nothing.
 */
export function closeSqliteDatabase(db: SqliteDatabase): void {
  if (!db.open) {
    return;
  }
  try {
    // Leaving WAL mode comes first: SQLite keeps the locking mode EXCLUSIVE for as long as it is in WAL mode.
    db.exec("PRAGMA journal_mode = DELETE");
    db.exec("PRAGMA locking_mode = NORMAL");
    db.exec("SELECT count(*) FROM sqlite_schema");
  } finally {
    db.close();
  }
}
