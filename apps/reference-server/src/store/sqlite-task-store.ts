import { taskProducingActions } from "@ecs-tasks/contract";
import { endAt, startAt } from "../tasks/task-lifecycle.js";
import {
  DISK_DETAILS,
  FINISH,
  type ImportedDisk,
  type TaskCreatingAction,
  type TaskDetails,
  type TaskFate,
  type TaskRecord,
} from "../tasks/task-record.js";
import {
  closeSqliteDatabase,
  openSqliteDatabase,
  prepareStatement,
  type SqliteDatabase,
  type SqliteStatement,
} from "./sqlite-database.js";
import { isStorageFailure, StorageHealth } from "./storage-health.js";
import type { TaskPage, TaskQuery, TaskStore } from "./task-store.js";

/** A row of the `tasks` table as the binding returns it. */
interface TaskRow {
  readonly account_id: string;
  readonly region_id: string;
  readonly task_id: string;
  readonly task_action: string;
  readonly resource_id: string;
  readonly details: string | null;
  readonly created_at_ms: number;
  readonly queued_ms: number;
  readonly duration_ms: number;
  readonly fate_outcome: string;
  readonly fate_percent: number | null;
  readonly fate_error_code: string | null;
  readonly fate_error_message: string | null;
  readonly cancelled_at_ms: number | null;
}

type Params = Record<string, string | number | null>;

/**
 * Above this many matches a status-filtered page walks the creation-time index newest first (matches are
 * dense enough that the page is found quickly); at or below it, the status index finds them all and SQLite
 * sorts that handful. Either way a page never reads every task of the account and region.
 */
const SORT_MATCHES_AT_MOST = 2_000;

const NOT_DELETED = "(cancelled_at_ms IS NULL OR cancelled_at_ms > @now)";

/**
 * `taskStatusAt` as SQL over the stored boundaries, for the three statuses DescribeTasks filters on: the answered
 * status, so a queued or paused task counts as Processing and a cancelled one as Failed (decision 0038).
 */
const STATUS_CONDITION: Readonly<Record<NonNullable<TaskQuery["taskStatus"]>, string>> = {
  Processing: `(fate_outcome = 'pause' OR (fate_outcome IN ('finish', 'fail') AND end_at_ms > @now)) AND ${NOT_DELETED}`,
  Finished: `fate_outcome = 'finish' AND end_at_ms <= @now AND ${NOT_DELETED}`,
  Failed: `((fate_outcome = 'fail' AND end_at_ms <= @now AND ${NOT_DELETED}) OR cancelled_at_ms <= @now)`,
};

const ACTIONS: ReadonlySet<string> = new Set(taskProducingActions);

function isAction(value: string): value is TaskCreatingAction {
  return ACTIONS.has(value);
}

function corrupt(row: TaskRow, what: string): Error {
  return new Error(`Task ${row.task_id} in the database has an unreadable ${what}.`);
}

function fateOf(row: TaskRow): TaskFate {
  switch (row.fate_outcome) {
    case "finish":
      // Shared, like the in-memory store's records: most tasks finish.
      return FINISH;
    case "fail":
      if (row.fate_percent !== null && row.fate_error_code !== null && row.fate_error_message !== null) {
        return {
          outcome: "fail",
          atPercent: row.fate_percent,
          errorCode: row.fate_error_code,
          errorMessage: row.fate_error_message,
        };
      }
      break;
    case "pause":
      if (row.fate_percent !== null) {
        return { outcome: "pause", atPercent: row.fate_percent };
      }
      break;
  }
  throw corrupt(row, "fate");
}

function isDisk(value: unknown): value is ImportedDisk {
  return (
    typeof value === "object" &&
    value !== null &&
    "ossBucket" in value &&
    typeof value.ossBucket === "string" &&
    "ossObject" in value &&
    typeof value.ossObject === "string"
  );
}

function detailsOf(row: TaskRow): TaskDetails {
  if (row.details === null) {
    return DISK_DETAILS;
  }
  const parsed: unknown = JSON.parse(row.details);
  if (typeof parsed === "object" && parsed !== null && "kind" in parsed) {
    if (
      parsed.kind === "export" &&
      "ossBucket" in parsed &&
      typeof parsed.ossBucket === "string" &&
      "imageFormat" in parsed &&
      typeof parsed.imageFormat === "string"
    ) {
      // JSON has no undefined: an absent prefix comes back as an explicit undefined, as it went in.
      const prefix =
        "ossPrefix" in parsed && typeof parsed.ossPrefix === "string" ? parsed.ossPrefix : undefined;
      return {
        kind: "export",
        ossBucket: parsed.ossBucket,
        ossPrefix: prefix,
        imageFormat: parsed.imageFormat,
      };
    }
    if (
      parsed.kind === "import" &&
      "disks" in parsed &&
      Array.isArray(parsed.disks) &&
      parsed.disks.every(isDisk)
    ) {
      return {
        kind: "import",
        disks: parsed.disks.map((d: ImportedDisk) => ({ ossBucket: d.ossBucket, ossObject: d.ossObject })),
      };
    }
  }
  throw corrupt(row, "details");
}

function recordOf(row: TaskRow): TaskRecord {
  const action = row.task_action;
  if (!isAction(action)) {
    throw corrupt(row, "action");
  }
  return {
    accountId: row.account_id,
    regionId: row.region_id,
    taskId: row.task_id,
    taskAction: action,
    resourceId: row.resource_id,
    details: detailsOf(row),
    createdAtMs: row.created_at_ms,
    queuedMs: row.queued_ms,
    durationMs: row.duration_ms,
    fate: fateOf(row),
    cancelledAtMs: row.cancelled_at_ms,
  };
}

function detailsText(details: TaskDetails): string | null {
  return details.kind === "disk" ? null : JSON.stringify(details);
}

/**
 * How many decoded tasks each of the read cache's two generations holds. At most twice this many are kept,
 * about 43 MB at the ~430 bytes a decoded ExportImage task measured, however many tasks the file holds.
 */
const RECENT_TASKS_PER_GENERATION = 50_000;

/**
 * The most recently read or cancelled tasks, decoded, by task id. Two generations instead of an LRU list: a hit
 * in the young map costs one `Map.get`; when the young map is full it becomes the old one and the previous old
 * one is dropped, and a hit in the old map moves the task back to the young one. A task id may exist in several
 * accounts or regions; only one of them is kept, and a lookup for another scope is a miss.
 *
 * T2's read ratio (SQLite/in memory ≥ 0.7) needs it: through libsql a read costs the server about 38 µs of CPU
 * more per DescribeTaskAttribute call (76 against 38 µs, in memory 46; the three servers interleaved), and T2's
 * ratio measured 0.65 and 0.60 without it (decision 0029).
 */
export class RecentTasks {
  readonly #perGeneration: number;
  #young = new Map<string, TaskRecord>();
  #old = new Map<string, TaskRecord>();

  constructor(perGeneration: number) {
    this.#perGeneration = perGeneration;
  }

  /** The cached task, or undefined when it is not cached (which says nothing about the database). */
  get(accountId: string, regionId: string, taskId: string): TaskRecord | undefined {
    let record = this.#young.get(taskId);
    if (record === undefined) {
      record = this.#old.get(taskId);
      if (record === undefined) {
        return undefined;
      }
      this.remember(record);
    }
    return record.accountId === accountId && record.regionId === regionId ? record : undefined;
  }

  /** Caches a task as it now is in the database; the young generation always holds the newest version. */
  remember(record: TaskRecord): void {
    this.#young.set(record.taskId, record);
    if (this.#young.size >= this.#perGeneration) {
      this.#old = this.#young;
      this.#young = new Map();
    }
  }

  clear(): void {
    this.#young = new Map();
    this.#old = new Map();
  }
}

/** A creation waiting for the next group commit, and how to answer its caller. */
interface PendingInsert {
  readonly values: InsertValues;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The columns a creation writes, in the order of {@link insertValues}. Bound by position: libsql looks each
 * named parameter up by name on every run, which cost 3 µs of the ~15 µs an insert takes.
 */
const INSERT_COLUMNS = [
  "account_id",
  "region_id",
  "task_id",
  "task_action",
  "resource_id",
  "details",
  "created_at_ms",
  "queued_ms",
  "duration_ms",
  "fate_outcome",
  "fate_percent",
  "fate_error_code",
  "fate_error_message",
  "start_at_ms",
  "end_at_ms",
  "cancelled_at_ms",
] as const;

type InsertValues = readonly (string | number | null)[] & { length: typeof INSERT_COLUMNS.length };

function insertValues(record: TaskRecord): InsertValues {
  const fate = record.fate;
  return [
    record.accountId,
    record.regionId,
    record.taskId,
    record.taskAction,
    record.resourceId,
    detailsText(record.details),
    record.createdAtMs,
    record.queuedMs,
    record.durationMs,
    fate.outcome,
    fate.outcome === "finish" ? null : fate.atPercent,
    fate.outcome === "fail" ? fate.errorCode : null,
    fate.outcome === "fail" ? fate.errorMessage : null,
    startAt(record),
    endAt(record),
    record.cancelledAtMs,
  ];
}

/**
 * A store in a SQLite file (libsql), so that tasks outlive the process. It passes the same contract
 * suite as the in-memory store.
 *
 * Creations are group-committed: the inserts called in one event-loop turn (the requests that arrived
 * together) are written in one transaction in the next check phase (`setImmediate`), and each promise
 * resolves only after that commit, so a task-creating call still answers only once its task is durable
 * (see `openSqliteDatabase`), while the WAL write is shared. Any other call commits the waiting inserts
 * first, so every call sees the inserts called before it. T2's floor needs this: with each creation
 * committed alone, ExportImage over HTTP measured 4,250 calls/s (floor 5,000; in memory 14,393), grouped
 * 10,330 (decision 0029).
 *
 * `get` answers from a cache of decoded tasks ({@link RecentTasks}), filled by reads and updated by every
 * write that changes a stored task (a cancellation, `clear`). The cache is only correct because this store's
 * process is the only writer of its database file (one server per file; decision 0021).
 *
 * Every write is answered only after its commit succeeded, and the cache changes only then. A commit the
 * storage refuses (a full disk, an I/O error) changes nothing and rejects with `StorageUnavailableError`,
 * which the app answers with the documented `ServiceUnavailable`; {@link StorageHealth} logs the change of
 * state once (decision 0033).
 */
export class SqliteTaskStore implements TaskStore {
  readonly #db: SqliteDatabase;
  readonly #ownsDb: boolean;
  readonly #insert: SqliteStatement<InsertValues>;
  readonly #get: SqliteStatement<Params, TaskRow>;
  readonly #cancel: SqliteStatement<Params, TaskRow>;
  readonly #clear: SqliteStatement<undefined>;
  readonly #size: SqliteStatement<undefined>;
  readonly #begin: SqliteStatement<undefined>;
  readonly #commit: SqliteStatement<undefined>;
  readonly #rollback: SqliteStatement<undefined>;
  /** Queries by their SQL text: the filter combinations are few, and preparing one costs more than running it. */
  readonly #statements = new Map<string, SqliteStatement<Params, unknown>>();
  readonly #recent = new RecentTasks(RECENT_TASKS_PER_GENERATION);
  readonly #health: StorageHealth;
  #pending: PendingInsert[] = [];
  #commitScheduled = false;

  /**
   * Opens the database at a path (`:memory:` for a throwaway one), or uses an open one the caller closes.
   * `health` is shared with everything else that writes the same file (default: one of its own).
   */
  constructor(database: string | SqliteDatabase, options: { health?: StorageHealth } = {}) {
    this.#health = options.health ?? new StorageHealth();
    this.#ownsDb = typeof database === "string";
    this.#db = typeof database === "string" ? openSqliteDatabase(database, this.#health) : database;
    const db = this.#db;
    this.#insert = prepareStatement(
      db,
      `INSERT INTO tasks (${INSERT_COLUMNS.join(", ")}) VALUES (${INSERT_COLUMNS.map(() => "?").join(", ")})`,
    );
    this.#get = prepareStatement(
      db,
      "SELECT * FROM tasks WHERE account_id = @accountId AND region_id = @regionId AND task_id = @taskId",
    );
    this.#cancel = prepareStatement(
      db,
      `UPDATE tasks SET cancelled_at_ms = @cancelledAtMs
       WHERE account_id = @accountId AND region_id = @regionId AND task_id = @taskId RETURNING *`,
    );
    this.#clear = prepareStatement(db, "DELETE FROM tasks");
    this.#size = prepareStatement(db, "SELECT count(*) AS n FROM tasks");
    this.#begin = prepareStatement(db, "BEGIN");
    this.#commit = prepareStatement(db, "COMMIT");
    this.#rollback = prepareStatement(db, "ROLLBACK");
  }

  /**
   * Adds a new task; its id is unique within its account and region. Resolves once it is committed, with the
   * other creations of the same event-loop turn; rejects (alone) when its id is taken.
   */
  insert(record: TaskRecord): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#pending.push({ values: insertValues(record), resolve, reject });
      if (!this.#commitScheduled) {
        this.#commitScheduled = true;
        setImmediate(this.#commitScheduledInserts);
      }
    });
  }

  /** The task with this id in this account and region, or undefined. */
  async get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined> {
    this.#commitPending();
    const cached = this.#recent.get(accountId, regionId, taskId);
    if (cached !== undefined) {
      return cached;
    }
    const row = this.#health.read(() => this.#get.get({ accountId, regionId, taskId }));
    if (row === undefined) {
      return undefined;
    }
    const record = recordOf(row);
    this.#recent.remember(record);
    return record;
  }

  /** Records a cancellation; returns the updated record, or undefined when there is no such task. */
  async markCancelled(
    accountId: string,
    regionId: string,
    taskId: string,
    cancelledAtMs: number,
  ): Promise<TaskRecord | undefined> {
    this.#commitPending();
    // `all`, not `get`: the statement commits when it is stepped to its end, and only that step reports a
    // failed commit. libsql's `get` stops at the returned row and drops the commit's error, so on a full disk
    // a cancellation was answered, cached, and lost.
    const [row] = this.#health.write(() => this.#cancel.all({ accountId, regionId, taskId, cancelledAtMs }));
    if (row === undefined) {
      return undefined;
    }
    const record = recordOf(row);
    this.#recent.remember(record);
    return record;
  }

  /** One DescribeTasks page as seen at `nowMs`, ordered by creation time, newest first. */
  async query(query: TaskQuery, nowMs: number): Promise<TaskPage> {
    this.#commitPending();
    const conditions = ["account_id = @accountId", "region_id = @regionId"];
    const params: Params = {
      accountId: query.accountId,
      regionId: query.regionId,
      limit: query.pageSize,
      offset: (query.pageNumber - 1) * query.pageSize,
    };
    // Id lists (at most 100 each) go in as one JSON parameter, so one prepared statement serves any length.
    if (query.taskIds !== undefined) {
      conditions.push("task_id IN (SELECT value FROM json_each(@taskIds))");
      params.taskIds = JSON.stringify(query.taskIds);
    }
    if (query.resourceIds !== undefined) {
      conditions.push("resource_id IN (SELECT value FROM json_each(@resourceIds))");
      params.resourceIds = JSON.stringify(query.resourceIds);
    }
    if (query.taskAction !== undefined) {
      conditions.push("task_action = @taskAction");
      params.taskAction = query.taskAction;
    }
    if (query.taskStatus !== undefined) {
      conditions.push(STATUS_CONDITION[query.taskStatus]);
      params.now = nowMs;
    }
    if (query.createdFromMs !== undefined) {
      conditions.push("created_at_ms >= @createdFromMs");
      params.createdFromMs = query.createdFromMs;
    }
    if (query.createdToMs !== undefined) {
      conditions.push("created_at_ms <= @createdToMs");
      params.createdToMs = query.createdToMs;
    }
    const where = conditions.join(" AND ");
    const counted = this.#health.read(() =>
      this.#statement(`SELECT count(*) AS n FROM tasks WHERE ${where}`).get(params),
    );
    const totalCount = (counted as { n: number }).n;
    if (totalCount <= (params.offset as number)) {
      return { totalCount, records: [] };
    }
    // The planner cannot know how many tasks have a status at a given time, nor that an id list is short, so
    // the index is chosen here; `INDEXED BY` turns a lost index into an error rather than a full scan.
    let index: string;
    if (query.taskIds !== undefined) {
      index = "tasks_by_id";
    } else if (query.resourceIds !== undefined) {
      index = "tasks_by_resource";
    } else if (query.taskStatus !== undefined && totalCount <= SORT_MATCHES_AT_MOST) {
      index = "tasks_by_end";
    } else {
      index = query.taskAction !== undefined ? "tasks_by_action" : "tasks_by_created";
    }
    const rows = this.#health.read(() =>
      this.#statement(
        `SELECT * FROM tasks INDEXED BY ${index} WHERE ${where}
       ORDER BY created_at_ms DESC, seq DESC LIMIT @limit OFFSET @offset`,
      ).all(params),
    ) as TaskRow[];
    return { totalCount, records: rows.map(recordOf) };
  }

  /** Forgets every task. */
  async clear(): Promise<void> {
    this.#commitPending();
    this.#health.write(() => this.#clear.run());
    this.#recent.clear();
  }

  /** How many tasks are stored, over all accounts and regions. */
  async size(): Promise<number> {
    this.#commitPending();
    return (this.#health.read(() => this.#size.get()) as { n: number }).n;
  }

  /**
   * Commits the waiting creations, then closes the database when this store opened it; the store cannot be
   * used afterwards.
   */
  close(): void {
    if (this.#db.open) {
      this.#commitPending();
    }
    if (this.#ownsDb) {
      closeSqliteDatabase(this.#db);
    }
  }

  readonly #commitScheduledInserts = (): void => {
    this.#commitScheduled = false;
    this.#commitPending();
  };

  /**
   * Writes the waiting creations in one transaction and settles their promises. A refused insert (a taken id)
   * fails alone: SQLite undoes only that statement. A storage failure, an error that ends the whole transaction
   * (SQLite rolls it back itself on, for example, a full disk) or a failed commit fails every creation of the
   * group, since none of them is durable.
   */
  #commitPending(): void {
    const group = this.#pending;
    if (group.length === 0) {
      return;
    }
    this.#pending = [];
    const refused = new Map<PendingInsert, unknown>();
    try {
      this.#health.write(() => this.#insertGroup(group, refused));
    } catch (error) {
      for (const pending of group) {
        pending.reject(refused.get(pending) ?? error);
      }
      return;
    }
    for (const pending of group) {
      const error = refused.get(pending);
      if (error === undefined) {
        pending.resolve();
      } else {
        pending.reject(error);
      }
    }
  }

  /**
   * Inserts a group in one transaction, noting the refused ones (see `#commitPending`). The binding's own
   * `transaction()` would issue a ROLLBACK after SQLite had already rolled back, and throw that error instead.
   */
  #insertGroup(group: readonly PendingInsert[], refused: Map<PendingInsert, unknown>): void {
    const [only] = group;
    if (group.length === 1 && only !== undefined) {
      // One statement is a transaction of its own: BEGIN and COMMIT around it would only cost two more calls.
      this.#insert.run(only.values);
      return;
    }
    this.#begin.run();
    try {
      for (const pending of group) {
        try {
          this.#insert.run(pending.values);
        } catch (error) {
          // A statement SQLite undid alone because the storage failed still leaves nothing durable to commit.
          if (!this.#db.inTransaction || isStorageFailure(error)) {
            throw error;
          }
          refused.set(pending, error);
        }
      }
      this.#commit.run();
    } catch (error) {
      if (this.#db.open && this.#db.inTransaction) {
        try {
          this.#rollback.run();
        } catch {
          // The error that ended the group says why; a failed rollback leaves SQLite to roll back on its own.
        }
      }
      throw error;
    }
  }

  #statement(sql: string): SqliteStatement<Params, unknown> {
    let statement = this.#statements.get(sql);
    if (statement === undefined) {
      statement = prepareStatement(this.#db, sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }
}
