import { nextStatusChangeAt, taskStatusAt } from "../tasks/task-lifecycle.js";
import type { TaskRecord, TaskStatus } from "../tasks/task-record.js";
import { OrderedList } from "./ordered-list.js";
import { actionCode, flatCopy, STATUSES, statusCode, type TaskScope, TaskTable } from "./stored-task.js";
import type { TaskPage, TaskQuery, TaskStore } from "./task-store.js";
import { TransitionQueue } from "./transition-queue.js";

type FilterableStatus = NonNullable<TaskQuery["taskStatus"]>;

/** A task is a row of the store's {@link TaskTable}. */
type Row = number;

const NO_ROW = -1;

function isFilterable(status: TaskStatus): status is FilterableStatus {
  return status === "Finished" || status === "Processing" || status === "Failed";
}

/** The lists of one action (or of all actions): every task, and one per filterable status. */
class ListGroup {
  readonly all: OrderedList<Row>;
  readonly Finished: OrderedList<Row>;
  readonly Processing: OrderedList<Row>;
  readonly Failed: OrderedList<Row>;

  constructor(order: (a: Row, b: Row) => number) {
    this.all = new OrderedList(order);
    this.Finished = new OrderedList(order);
    this.Processing = new OrderedList(order);
    this.Failed = new OrderedList(order);
  }

  pick(status: FilterableStatus | undefined): OrderedList<Row> {
    return status === undefined ? this.all : this[status];
  }

  clearStatusLists(): void {
    this.Finished.clear();
    this.Processing.clear();
    this.Failed.clear();
  }
}

/** All tasks of one account in one region, with one ordered list per filter combination a page may need. */
class Scope implements TaskScope {
  readonly accountId: string;
  readonly regionId: string;
  /** Its place in the store's list of scopes, which rows refer to. */
  readonly index: number;
  readonly byId = new Map<string, Row>();
  /** The newest row with each resource id; older ones follow through {@link TaskTable.previousOfResource}. */
  readonly byResource = new Map<string, Row>();
  readonly everyAction: ListGroup;
  /** By action code (see `ACTIONS`). */
  readonly #byAction: readonly ListGroup[];

  constructor(accountId: string, regionId: string, index: number, order: (a: Row, b: Row) => number) {
    this.accountId = accountId;
    this.regionId = regionId;
    this.index = index;
    this.everyAction = new ListGroup(order);
    this.#byAction = [new ListGroup(order), new ListGroup(order), new ListGroup(order)];
  }

  /** The list for an action code and/or a status filter. */
  list(action: number | undefined, status: FilterableStatus | undefined): OrderedList<Row> {
    return (action === undefined ? this.everyAction : (this.#byAction[action] as ListGroup)).pick(status);
  }

  fileByStatus(row: Row, action: number, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction[status].insert(row);
      (this.#byAction[action] as ListGroup)[status].insert(row);
    }
  }

  unfileByStatus(row: Row, action: number, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction[status].delete(row);
      (this.#byAction[action] as ListGroup)[status].delete(row);
    }
  }

  clearStatusLists(): void {
    this.everyAction.clearStatusLists();
    for (const group of this.#byAction) {
      group.clearStatusLists();
    }
  }
}

/**
 * The default store: everything in memory, indexed so that a lookup by id is a map read and a
 * DescribeTasks page reads only the page from a list already narrowed by action and status. Tasks are
 * rows of a {@link TaskTable}; the maps and lists hold row numbers, which cost no object per task.
 *
 * Status depends on time, so the status lists are brought up to the query time first: a queue holds
 * the next moment each task changes status, and only tasks whose moment has come are moved. When the
 * clock goes backwards (only the control API does that), the status lists are rebuilt once.
 */
export class InMemoryTaskStore implements TaskStore {
  /** Account → region → scope; nested maps spare every lookup a concatenated key. */
  #scopes = new Map<string, Map<string, Scope>>();
  /** Every scope, by the index a row keeps in {@link TaskTable.scopeOf}. */
  #scopeList: Scope[] = [];
  #table = new TaskTable();
  #transitions = new TransitionQueue<Row>();
  #syncedAtMs = Number.NEGATIVE_INFINITY;

  /** Newest first; insertion order (the row number) breaks ties so that the order is total. */
  readonly #newestFirst = (a: Row, b: Row): number => {
    const createdAtMs = this.#table.createdAtMs;
    return (createdAtMs[b] as number) - (createdAtMs[a] as number) || b - a;
  };

  #scope(accountId: string, regionId: string, create: true): Scope;
  #scope(accountId: string, regionId: string, create: false): Scope | undefined;
  #scope(accountId: string, regionId: string, create: boolean): Scope | undefined {
    let regions = this.#scopes.get(accountId);
    if (regions === undefined) {
      if (!create) {
        return undefined;
      }
      regions = new Map();
      this.#scopes.set(accountId, regions);
    }
    let scope = regions.get(regionId);
    if (scope === undefined && create) {
      scope = new Scope(accountId, regionId, this.#scopeList.length, this.#newestFirst);
      regions.set(regionId, scope);
      this.#scopeList.push(scope);
    }
    return scope;
  }

  #scopeOf(row: Row): Scope {
    return this.#scopeList[this.#table.scopeOf[row] as number] as Scope;
  }

  #schedule(row: Row, fromMs: number): void {
    const next = nextStatusChangeAt(this.#table.timeline(row), fromMs);
    this.#table.nextChangeAtMs[row] = next ?? Number.NaN;
    if (next !== null) {
      this.#transitions.push(next, row);
    }
  }

  /** Files a row under its status at `atMs` and remembers it as the row's indexed status. */
  #file(row: Row, atMs: number): void {
    const table = this.#table;
    const status = taskStatusAt(table.timeline(row), atMs);
    this.#scopeOf(row).fileByStatus(row, table.action[row] as number, status);
    table.indexedStatus[row] = statusCode(status);
  }

  #unfile(row: Row): void {
    const table = this.#table;
    const status = STATUSES[table.indexedStatus[row] as number] as TaskStatus;
    this.#scopeOf(row).unfileByStatus(row, table.action[row] as number, status);
  }

  /** Files a row under its status as of the last sync and queues its next change. */
  #track(row: Row): void {
    const at = Number.isFinite(this.#syncedAtMs)
      ? this.#syncedAtMs
      : (this.#table.createdAtMs[row] as number);
    this.#file(row, at);
    this.#schedule(row, at);
  }

  #syncTo(nowMs: number): void {
    if (nowMs < this.#syncedAtMs) {
      this.#rebuildAt(nowMs);
      return;
    }
    this.#syncedAtMs = nowMs;
    const table = this.#table;
    for (
      let due = this.#transitions.popDue(nowMs);
      due !== undefined;
      due = this.#transitions.popDue(nowMs)
    ) {
      const row = due.item;
      if (table.nextChangeAtMs[row] !== due.atMs) {
        continue;
      }
      const status = statusCode(taskStatusAt(table.timeline(row), nowMs));
      if (status !== table.indexedStatus[row]) {
        this.#unfile(row);
        this.#file(row, nowMs);
      }
      this.#schedule(row, nowMs);
    }
  }

  #rebuildAt(nowMs: number): void {
    this.#syncedAtMs = nowMs;
    this.#transitions.clear();
    const table = this.#table;
    for (const scope of this.#scopeList) {
      scope.clearStatusLists();
      // `all` is already newest first, so every status list can be refilled by appending.
      for (const row of scope.everyAction.all) {
        const status = taskStatusAt(table.timeline(row), nowMs);
        table.indexedStatus[row] = statusCode(status);
        if (isFilterable(status)) {
          scope.list(undefined, status).pushLast(row);
          scope.list(table.action[row], status).pushLast(row);
        }
        this.#schedule(row, nowMs);
      }
    }
  }

  /** Adds a new task; its id is unique within its account and region. */
  async insert(record: TaskRecord): Promise<void> {
    const scope = this.#scope(record.accountId, record.regionId, true);
    if (scope.byId.has(record.taskId)) {
      throw new Error(`Task ${record.taskId} already exists in ${record.regionId}.`);
    }
    const table = this.#table;
    const resourceId = table.resourceIdOf(record.resourceId);
    const taskId = flatCopy(record.taskId);
    const row = table.add(
      scope.index,
      record,
      taskId,
      resourceId,
      scope.byResource.get(resourceId) ?? NO_ROW,
    );
    scope.byId.set(taskId, row);
    scope.byResource.set(resourceId, row);
    scope.everyAction.all.insert(row);
    scope.list(actionCode(record.taskAction), undefined).insert(row);
    this.#track(row);
  }

  /** The task with this id in this account and region, or undefined. */
  async get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined> {
    return this.getNow(accountId, regionId, taskId);
  }

  /** `get` without the promise (see {@link TaskStore.getNow}). */
  getNow(accountId: string, regionId: string, taskId: string): TaskRecord | undefined {
    const scope = this.#scope(accountId, regionId, false);
    const row = scope?.byId.get(taskId);
    return row === undefined ? undefined : this.#table.toRecord(row, scope as Scope);
  }

  /** Records a cancellation; returns the updated record, or undefined when there is no such task. */
  async markCancelled(
    accountId: string,
    regionId: string,
    taskId: string,
    cancelledAtMs: number,
  ): Promise<TaskRecord | undefined> {
    const scope = this.#scope(accountId, regionId, false);
    const row = scope?.byId.get(taskId);
    if (row === undefined) {
      return undefined;
    }
    this.#unfile(row);
    this.#table.cancelledAtMs[row] = cancelledAtMs;
    this.#track(row);
    return this.#table.toRecord(row, scope as Scope);
  }

  /** One DescribeTasks page as seen at `nowMs`, ordered by creation time, newest first. */
  async query(query: TaskQuery, nowMs: number): Promise<TaskPage> {
    const scope = this.#scope(query.accountId, query.regionId, false);
    if (scope === undefined) {
      return { totalCount: 0, records: [] };
    }
    const offset = (query.pageNumber - 1) * query.pageSize;
    const table = this.#table;
    if (query.taskIds !== undefined || query.resourceIds !== undefined) {
      const matches = this.#matchesByIds(scope, query, nowMs);
      return {
        totalCount: matches.length,
        records: matches.slice(offset, offset + query.pageSize).map((row) => table.toRecord(row, scope)),
      };
    }
    this.#syncTo(nowMs);
    const list = scope.list(
      query.taskAction === undefined ? undefined : actionCode(query.taskAction),
      query.taskStatus,
    );
    const createdAtMs = table.createdAtMs;
    const { createdFromMs, createdToMs } = query;
    const start =
      createdToMs === undefined ? 0 : list.countBefore((row) => (createdAtMs[row] as number) > createdToMs);
    const end =
      createdFromMs === undefined
        ? list.size
        : list.countBefore((row) => (createdAtMs[row] as number) >= createdFromMs);
    const totalCount = Math.max(0, end - start);
    const count = Math.min(query.pageSize, end - start - offset);
    return {
      totalCount,
      records: list.slice(start + offset, count).map((row) => table.toRecord(row, scope)),
    };
  }

  /** TaskIds and ResourceIds name at most 100 values each, so their candidates are few: filter and sort them. */
  #matchesByIds(scope: Scope, query: TaskQuery, nowMs: number): Row[] {
    const table = this.#table;
    const candidates = new Set<Row>();
    if (query.taskIds !== undefined) {
      for (const id of query.taskIds) {
        const row = scope.byId.get(id);
        if (row !== undefined) {
          candidates.add(row);
        }
      }
    } else {
      for (const id of query.resourceIds ?? []) {
        for (
          let row = scope.byResource.get(id) ?? NO_ROW;
          row !== NO_ROW;
          row = table.previousOfResource[row] as Row
        ) {
          candidates.add(row);
        }
      }
    }
    const resources = query.resourceIds === undefined ? undefined : new Set(query.resourceIds);
    const action = query.taskAction === undefined ? undefined : actionCode(query.taskAction);
    const matches = [...candidates].filter((row) => {
      const createdAtMs = table.createdAtMs[row] as number;
      return (
        (resources === undefined || resources.has(table.resourceIds[row] as string)) &&
        (action === undefined || table.action[row] === action) &&
        (query.createdFromMs === undefined || createdAtMs >= query.createdFromMs) &&
        (query.createdToMs === undefined || createdAtMs <= query.createdToMs) &&
        (query.taskStatus === undefined || taskStatusAt(table.timeline(row), nowMs) === query.taskStatus)
      );
    });
    return matches.sort(this.#newestFirst);
  }

  /** Forgets every task. */
  async clear(): Promise<void> {
    this.#scopes = new Map();
    this.#scopeList = [];
    this.#table = new TaskTable();
    this.#transitions = new TransitionQueue();
    this.#syncedAtMs = Number.NEGATIVE_INFINITY;
  }

  /** How many tasks are stored, over all accounts and regions. */
  async size(): Promise<number> {
    return this.#table.size;
  }
}
