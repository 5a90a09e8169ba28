import type { ClockSetting } from "../clock.js";
import { prepareStatement, type SqliteDatabase, type SqliteStatement } from "./sqlite-database.js";
import { StorageHealth } from "./storage-health.js";

/** The control API's clock setting in the reference server's database: one row, rewritten on every change. */
export class SqliteClockSettings {
  readonly #load: SqliteStatement<undefined, { offset_ms: number; frozen_at_ms: number | null }>;
  readonly #save: SqliteStatement<{ offsetMs: number; frozenAtMs: number | null }>;
  readonly #health: StorageHealth;

  /**
   * Uses an open database (see `openSqliteDatabase`), which the caller closes; `health` is shared with the
   * task store of the same file.
   */
  constructor(db: SqliteDatabase, options: { health?: StorageHealth } = {}) {
    this.#health = options.health ?? new StorageHealth();
    this.#load = prepareStatement(db, "SELECT offset_ms, frozen_at_ms FROM clock_setting WHERE id = 1");
    this.#save = prepareStatement(
      db,
      `INSERT INTO clock_setting (id, offset_ms, frozen_at_ms) VALUES (1, @offsetMs, @frozenAtMs)
       ON CONFLICT (id) DO UPDATE SET offset_ms = excluded.offset_ms, frozen_at_ms = excluded.frozen_at_ms`,
    );
  }

  /** The last saved setting, or undefined when the clock was never changed. */
  load(): ClockSetting | undefined {
    const row = this.#health.read(() => this.#load.get());
    return row === undefined ? undefined : { offsetMs: row.offset_ms, frozenAtMs: row.frozen_at_ms };
  }

  /**
   * Saves a setting; committed when this returns. Throws `StorageUnavailableError` when the storage refuses
   * the commit, before the clock takes the setting (see `ControllableClock`'s `onChange`).
   */
  save(setting: ClockSetting): void {
    this.#health.write(() => this.#save.run({ offsetMs: setting.offsetMs, frozenAtMs: setting.frozenAtMs }));
  }
}
