/**
 * The store could not read or write its file (a full disk, an I/O error): the call changed nothing and may be
 * retried. The app answers it with the documented `ServiceUnavailable`, not as a bug.
 */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`The task store is unavailable: ${describeFailure(cause)}`, { cause });
    this.name = "StorageUnavailableError";
  }
}

/** SQLite's result codes (and their extended forms) that say the storage failed, not the statement. */
const STORAGE_FAILURES = ["SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN"];

/** Whether `error` is SQLite reporting that the storage under the database failed (see {@link STORAGE_FAILURES}). */
export function isStorageFailure(error: unknown): boolean {
  if (!(error instanceof Error) || !("code" in error) || typeof error.code !== "string") {
    return false;
  }
  const code = error.code;
  return STORAGE_FAILURES.some((failure) => code === failure || code.startsWith(`${failure}_`));
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    return "code" in error && typeof error.code === "string"
      ? `${error.code}: ${error.message}`
      : error.message;
  }
  return String(error);
}

/**
 * Whether the database's storage works, as the last write found it; shared by everything that writes one
 * database file. A change of state is logged once, not once per request: the first failure as
 * "storage failing", the first write that commits after it as "storage recovered". No timer probes the disk:
 * every write while failing is the probe, so the server is read-only for exactly as long as writes fail.
 */
export class StorageHealth {
  readonly #log: (line: string) => void;
  #failure: string | undefined;

  /** `log` hears one line per change of state (default: standard error). */
  constructor(options: { log?: (line: string) => void; failure?: unknown } = {}) {
    this.#log = options.log ?? ((line) => console.error(line));
    this.#failure = options.failure === undefined ? undefined : describeFailure(options.failure);
  }

  /** Why writes fail now, or undefined while they commit. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /**
   * Runs a write that commits when `commit` returns. A storage failure is logged (once, if it is new) and
   * rethrown as {@link StorageUnavailableError}; a write that commits after failures is logged as the recovery.
   * Any other error (a taken id, a bug) passes through unchanged.
   */
  write<T>(commit: () => T): T {
    let result: T;
    try {
      result = commit();
    } catch (error) {
      throw this.#failed(error);
    }
    if (this.#failure !== undefined) {
      this.#failure = undefined;
      this.#log("ecs-reference-server: storage recovered: writes are committed again");
    }
    return result;
  }

  /** Runs a read: a storage failure becomes {@link StorageUnavailableError}, but a read proves no recovery. */
  read<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      throw this.#failed(error);
    }
  }

  #failed(error: unknown): unknown {
    if (!isStorageFailure(error)) {
      return error;
    }
    if (this.#failure === undefined) {
      this.#failure = describeFailure(error);
      this.#log(
        `ecs-reference-server: storage failing (${this.#failure}): writes answer ServiceUnavailable until it recovers`,
      );
    }
    return new StorageUnavailableError(error);
  }
}
