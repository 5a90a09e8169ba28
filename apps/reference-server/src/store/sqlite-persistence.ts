import { ControllableClock } from "../clock.js";
import { SqliteClockSettings } from "./sqlite-clock-settings.js";
import { closeSqliteDatabase, openSqliteDatabase } from "./sqlite-database.js";
import { SqliteTaskStore } from "./sqlite-task-store.js";

/** A task store and a clock that both live in one SQLite file, ready for `createApp({ store, clock })`. */
export interface SqlitePersistence {
  readonly store: SqliteTaskStore;
  /** Starts as it was left; every change (set, advance, freeze, resume, reset) is saved at once. */
  readonly clock: ControllableClock;
  /** Closes the database (checkpointing the WAL, releasing the file); call it once the server has stopped. */
  close(): void;
}

/** Opens (creating when needed) the database at `path` and restores the tasks and the clock from it. */
export function openSqlitePersistence(path: string): SqlitePersistence {
  const db = openSqliteDatabase(path);
  try {
    const store = new SqliteTaskStore(db);
    const settings = new SqliteClockSettings(db);
    const clock = new ControllableClock({
      setting: settings.load(),
      onChange: (setting) => settings.save(setting),
    });
    return {
      store,
      clock,
      close: () => {
        // The store commits the creations still waiting for their group commit before the file closes.
        store.close();
        closeSqliteDatabase(db);
      },
    };
  } catch (error) {
    closeSqliteDatabase(db);
    throw error;
  }
}
