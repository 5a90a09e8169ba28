import { ControllableClock } from "../clock.js";
import { SqliteClockSettings } from "./sqlite-clock-settings.js";
import { closeSqliteDatabase, openSqliteDatabase } from "./sqlite-database.js";
import { SqliteTaskStore } from "./sqlite-task-store.js";
import { isStorageFailure, StorageHealth } from "./storage-health.js";

/** A task store and a clock that both live in one SQLite file, ready for `createApp({ store, clock })`. */
export interface SqlitePersistence {
  readonly store: SqliteTaskStore;
  /** Starts as it was left; every change (set, advance, freeze, resume, reset) is saved at once. */
  readonly clock: ControllableClock;
  /** Whether the file takes writes; `failure` says why not (a full disk at start-up, for example). */
  readonly health: StorageHealth;
  /** Closes the database (checkpointing the WAL, releasing the file); call it once the server has stopped. */
  close(): void;
}

/**
 * Opens (creating when needed) the database at `path` and restores the tasks and the clock from it. A file on
 * storage that refuses writes opens read-only (see `openSqliteDatabase`); `log` hears each change of the
 * storage's state (default: standard error).
 */
export function openSqlitePersistence(
  path: string,
  options: { log?: (line: string) => void } = {},
): SqlitePersistence {
  const health = new StorageHealth({ log: options.log });
  const db = openSqliteDatabase(path, health);
  try {
    const store = new SqliteTaskStore(db, { health });
    const settings = new SqliteClockSettings(db, { health });
    const clock = new ControllableClock({
      setting: settings.load(),
      onChange: (setting) => settings.save(setting),
    });
    return {
      store,
      clock,
      health,
      close: () => {
        // The store commits the creations still waiting for their group commit before the file closes.
        store.close();
        try {
          closeSqliteDatabase(db);
        } catch (error) {
          // The closing checkpoint needs space; without it the WAL stays, and the next start recovers from it.
          if (!isStorageFailure(error)) {
            throw error;
          }
          (options.log ?? console.error)(
            `ecs-reference-server: closed without checkpointing (${(error as Error).message}): the next start recovers the WAL`,
          );
        }
      },
    };
  } catch (error) {
    closeSqliteDatabase(db);
    throw error;
  }
}
