import { nextStatusChangeAt, taskStatusAt } from "../tasks/task-lifecycle.js";
import type { TaskCreatingAction, TaskRecord, TaskStatus } from "../tasks/task-record.js";
import { OrderedList } from "./ordered-list.js";
import { StoredTask, type TaskScope } from "./stored-task.js";
import type { TaskPage, TaskQuery, TaskStore } from "./task-store.js";
import { TransitionQueue } from "./transition-queue.js";

type FilterableStatus = NonNullable<TaskQuery["taskStatus"]>;

type Entry = StoredTask<Scope>;

function isFilterable(status: TaskStatus): status is FilterableStatus {
  return status === "Finished" || status === "Processing" || status === "Failed";
}

/** Newest first; insertion order breaks ties so that the order is total. */
function newestFirst(a: Entry, b: Entry): number {
  return b.createdAtMs - a.createdAtMs || b.seq - a.seq;
}

/** The lists of one action (or of all actions): every task, and one per filterable status. */
class ListGroup {
  readonly all = new OrderedList(newestFirst);
  readonly Finished = new OrderedList(newestFirst);
  readonly Processing = new OrderedList(newestFirst);
  readonly Failed = new OrderedList(newestFirst);

  pick(status: FilterableStatus | undefined): OrderedList<Entry> {
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
  readonly byId = new Map<string, Entry>();
  /** One entry, or several when tasks share a resource; most resources have one task, and an array costs more. */
  readonly byResource = new Map<string, Entry | Entry[]>();
  readonly everyAction = new ListGroup();
  readonly #byAction: Record<TaskCreatingAction, ListGroup> = {
    ImportImage: new ListGroup(),
    ExportImage: new ListGroup(),
    ModifyDiskSpec: new ListGroup(),
  };

  constructor(accountId: string, regionId: string) {
    this.accountId = accountId;
    this.regionId = regionId;
  }

  /** The list for an action and/or a status filter. */
  list(action: TaskCreatingAction | undefined, status: FilterableStatus | undefined): OrderedList<Entry> {
    return (action === undefined ? this.everyAction : this.#byAction[action]).pick(status);
  }

  fileByStatus(entry: Entry, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction[status].insert(entry);
      this.#byAction[entry.taskAction][status].insert(entry);
    }
    entry.indexedStatus = status;
  }

  unfileByStatus(entry: Entry): void {
    const status = entry.indexedStatus;
    if (isFilterable(status)) {
      this.everyAction[status].delete(entry);
      this.#byAction[entry.taskAction][status].delete(entry);
    }
  }

  clearStatusLists(): void {
    this.everyAction.clearStatusLists();
    for (const group of Object.values(this.#byAction)) {
      group.clearStatusLists();
    }
  }
}

/**
 * The default store: everything in memory, indexed so that a lookup by id is a map read and a
 * DescribeTasks page reads only the page from a list already narrowed by action and status.
 *
 * Status depends on time, so the status lists are brought up to the query time first: a queue holds
 * the next moment each task changes status, and only tasks whose moment has come are moved. When the
 * clock goes backwards (only the control API does that), the status lists are rebuilt once.
 */
export class InMemoryTaskStore implements TaskStore {
  /** Account → region → scope; nested maps spare every lookup a concatenated key. */
  #scopes = new Map<string, Map<string, Scope>>();
  #transitions = new TransitionQueue<Entry>();
  #seq = 0;
  #size = 0;
  #syncedAtMs = Number.NEGATIVE_INFINITY;

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
      scope = new Scope(accountId, regionId);
      regions.set(regionId, scope);
    }
    return scope;
  }

  #schedule(entry: Entry, fromMs: number): void {
    const next = nextStatusChangeAt(entry, fromMs);
    entry.nextChangeAtMs = next;
    if (next !== null) {
      this.#transitions.push(next, entry);
    }
  }

  /** Files an entry under its status as of the last sync and queues its next change. */
  #track(entry: Entry): void {
    const at = Number.isFinite(this.#syncedAtMs) ? this.#syncedAtMs : entry.createdAtMs;
    entry.scope.fileByStatus(entry, taskStatusAt(entry, at));
    this.#schedule(entry, at);
  }

  #syncTo(nowMs: number): void {
    if (nowMs < this.#syncedAtMs) {
      this.#rebuildAt(nowMs);
      return;
    }
    this.#syncedAtMs = nowMs;
    for (
      let due = this.#transitions.popDue(nowMs);
      due !== undefined;
      due = this.#transitions.popDue(nowMs)
    ) {
      const entry = due.item;
      if (entry.nextChangeAtMs !== due.atMs) {
        continue;
      }
      const status = taskStatusAt(entry, nowMs);
      if (status !== entry.indexedStatus) {
        entry.scope.unfileByStatus(entry);
        entry.scope.fileByStatus(entry, status);
      }
      this.#schedule(entry, nowMs);
    }
  }

  #rebuildAt(nowMs: number): void {
    this.#syncedAtMs = nowMs;
    this.#transitions.clear();
    for (const scope of [...this.#scopes.values()].flatMap((regions) => [...regions.values()])) {
      scope.clearStatusLists();
      // `all` is already newest first, so every status list can be refilled by appending.
      for (const entry of scope.everyAction.all) {
        const status = taskStatusAt(entry, nowMs);
        entry.indexedStatus = status;
        if (isFilterable(status)) {
          scope.list(undefined, status).pushLast(entry);
          scope.list(entry.taskAction, status).pushLast(entry);
        }
        this.#schedule(entry, nowMs);
      }
    }
  }

  /** Adds a new task; its id is unique within its account and region. */
  async insert(record: TaskRecord): Promise<void> {
    const scope = this.#scope(record.accountId, record.regionId, true);
    if (scope.byId.has(record.taskId)) {
      throw new Error(`Task ${record.taskId} already exists in ${record.regionId}.`);
    }
    const entry: Entry = new StoredTask(scope, this.#seq++, record);
    scope.byId.set(record.taskId, entry);
    scope.everyAction.all.insert(entry);
    scope.list(record.taskAction, undefined).insert(entry);
    const sameResource = scope.byResource.get(record.resourceId);
    if (sameResource === undefined) {
      scope.byResource.set(record.resourceId, entry);
    } else if (Array.isArray(sameResource)) {
      sameResource.push(entry);
    } else {
      scope.byResource.set(record.resourceId, [sameResource, entry]);
    }
    this.#track(entry);
    this.#size++;
  }

  /** The task with this id in this account and region, or undefined. */
  async get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined> {
    return this.getNow(accountId, regionId, taskId);
  }

  /** `get` without the promise (see {@link TaskStore.getNow}). */
  getNow(accountId: string, regionId: string, taskId: string): TaskRecord | undefined {
    return this.#scope(accountId, regionId, false)?.byId.get(taskId)?.toRecord();
  }

  /** Records a cancellation; returns the updated record, or undefined when there is no such task. */
  async markCancelled(
    accountId: string,
    regionId: string,
    taskId: string,
    cancelledAtMs: number,
  ): Promise<TaskRecord | undefined> {
    const entry = this.#scope(accountId, regionId, false)?.byId.get(taskId);
    if (entry === undefined) {
      return undefined;
    }
    entry.scope.unfileByStatus(entry);
    entry.cancelledAtMs = cancelledAtMs;
    this.#track(entry);
    return entry.toRecord();
  }

  /** One DescribeTasks page as seen at `nowMs`, ordered by creation time, newest first. */
  async query(query: TaskQuery, nowMs: number): Promise<TaskPage> {
    const scope = this.#scope(query.accountId, query.regionId, false);
    if (scope === undefined) {
      return { totalCount: 0, records: [] };
    }
    const offset = (query.pageNumber - 1) * query.pageSize;
    if (query.taskIds !== undefined || query.resourceIds !== undefined) {
      return queryByIds(scope, query, nowMs, offset);
    }
    this.#syncTo(nowMs);
    const list = scope.list(query.taskAction, query.taskStatus);
    const { createdFromMs, createdToMs } = query;
    const start = createdToMs === undefined ? 0 : list.countBefore((e) => e.createdAtMs > createdToMs);
    const end =
      createdFromMs === undefined ? list.size : list.countBefore((e) => e.createdAtMs >= createdFromMs);
    const totalCount = Math.max(0, end - start);
    const count = Math.min(query.pageSize, end - start - offset);
    return { totalCount, records: list.slice(start + offset, count).map((e) => e.toRecord()) };
  }

  /** Forgets every task. */
  async clear(): Promise<void> {
    this.#scopes = new Map();
    this.#transitions = new TransitionQueue();
    this.#size = 0;
    this.#syncedAtMs = Number.NEGATIVE_INFINITY;
  }

  /** How many tasks are stored, over all accounts and regions. */
  async size(): Promise<number> {
    return this.#size;
  }
}

/** TaskIds and ResourceIds name at most 100 values each, so their candidates are few: filter and sort them. */
function queryByIds(scope: Scope, query: TaskQuery, nowMs: number, offset: number): TaskPage {
  let candidates: Set<Entry>;
  if (query.taskIds !== undefined) {
    candidates = new Set();
    for (const id of query.taskIds) {
      const entry = scope.byId.get(id);
      if (entry !== undefined) {
        candidates.add(entry);
      }
    }
  } else {
    candidates = new Set();
    for (const id of query.resourceIds ?? []) {
      const found = scope.byResource.get(id);
      for (const entry of found === undefined ? [] : Array.isArray(found) ? found : [found]) {
        candidates.add(entry);
      }
    }
  }
  const resources = query.resourceIds === undefined ? undefined : new Set(query.resourceIds);
  const matches = [...candidates].filter((record) => {
    return (
      (resources === undefined || resources.has(record.resourceId)) &&
      (query.taskAction === undefined || record.taskAction === query.taskAction) &&
      (query.createdFromMs === undefined || record.createdAtMs >= query.createdFromMs) &&
      (query.createdToMs === undefined || record.createdAtMs <= query.createdToMs) &&
      (query.taskStatus === undefined || taskStatusAt(record, nowMs) === query.taskStatus)
    );
  });
  matches.sort(newestFirst);
  return {
    totalCount: matches.length,
    records: matches.slice(offset, offset + query.pageSize).map((e) => e.toRecord()),
  };
}
