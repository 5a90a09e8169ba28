import type { SqliteDatabase } from "../../src/store/sqlite-database.js";

/** What the storage under a {@link failingStorage} database refuses: nothing, writes, or reads and writes. */
export type StorageFault = "none" | "writes" | "everything";

/** Switches a {@link failingStorage} database's fault and counts the statements it refused. */
export interface StorageSwitch {
  fault: StorageFault;
  /** The SQLite code of the errors it raises (default SQLITE_FULL, as a full disk gives). */
  code: string;
  refused: number;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|COMMIT)\b/i;

function storageError(code: string): Error {
  // The shape libsql gives SQLite's errors: a message and the result code's name.
  return Object.assign(new Error(code === "SQLITE_FULL" ? "database or disk is full" : "disk I/O error"), {
    name: "SqliteError",
    code,
  });
}

/**
 * A real database whose storage fails on demand, the way SQLite reports it: a write statement throws the
 * chosen code and changes nothing (SQLite rolls back what it began), while BEGIN and ROLLBACK still work.
 *
 * One quirk of the binding is kept on purpose: `get` on a writing statement returns its first row and drops
 * the commit's error (measured with libsql 0.5.29 on a full tmpfs: `UPDATE … RETURNING` through `get` answered
 * the row and nothing was committed). Here that `get` runs inside a savepoint that is rolled back, so a
 * store that trusts `get` for a write is caught answering a change that was never made.
 */
export function failingStorage(db: SqliteDatabase): { db: SqliteDatabase; storage: StorageSwitch } {
  const storage: StorageSwitch = { fault: "none", code: "SQLITE_FULL", refused: 0 };
  const refuses = (sql: string) =>
    storage.fault === "everything" || (storage.fault === "writes" && WRITE.test(sql));
  const wrapped = new Proxy(db, {
    get(target, property) {
      if (property !== "prepare") {
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (sql: string) => {
        const statement = target.prepare(sql);
        const refuse = () => {
          storage.refused += 1;
          return storageError(storage.code);
        };
        return {
          run: (...params: unknown[]) => {
            if (refuses(sql)) {
              throw refuse();
            }
            return statement.run(...params);
          },
          all: (...params: unknown[]) => {
            if (refuses(sql)) {
              throw refuse();
            }
            return statement.all(...params);
          },
          get: (...params: unknown[]) => {
            if (!refuses(sql)) {
              return statement.get(...params);
            }
            if (storage.fault === "everything" || !WRITE.test(sql)) {
              throw refuse();
            }
            storage.refused += 1;
            target.exec("SAVEPOINT dropped_commit");
            try {
              return statement.get(...params);
            } finally {
              target.exec("ROLLBACK TO dropped_commit");
              target.exec("RELEASE dropped_commit");
            }
          },
        };
      };
    },
  });
  return { db: wrapped, storage };
}
