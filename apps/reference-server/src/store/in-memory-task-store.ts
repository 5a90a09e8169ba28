import { nextStatusChangeAt, taskStatusAt } from "../tasks/task-lifecycle.js";
import type { TaskCreatingAction, TaskDetails, TaskRecord, TaskStatus } from "../tasks/task-record.js";
import { OrderedList } from "./ordered-list.js";
import type { TaskPage, TaskQuery, TaskStore } from "./task-store.js";
import { TransitionQueue } from "./transition-queue.js";

type FilterableStatus = NonNullable<TaskQuery["taskStatus"]>;

function isFilterable(status: TaskStatus): status is FilterableStatus {
  return status === "Finished" || status === "Processing" || status === "Failed";
}

/**
 * A flat copy of `text`. A string built by concatenation is a rope that keeps its parts alive (the benchmark's
 * `t-bp` + padded-number ids cost about three times their flat size), and one cut from a longer string may keep
 * that string alive.
 */
function flatCopy(text: string): string {
  // A longer string is kept as given: a rope's overhead is small next to it, and a call takes only so many arguments.
  if (text.length > 256) {
    return text;
  }
  const codes = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    codes[i] = text.charCodeAt(i);
  }
  return String.fromCharCode(...codes);
}

/**
 * The record as this store keeps it: the one place where the store saves memory on the tasks' facts, because
 * T1's floor (a million tasks in RSS ≤ 600 MB; see BENCHMARKS.md) breaks without it. Ids are kept as flat
 * strings, and ExportImage tasks to the same bucket, prefix and format share one details object. T1 measured
 * 719 MB with records kept as the caller built them, 503 MB with both savings; in process, after a GC, the
 * million tasks took 698 MB with neither, 620 MB with shared details only, 574 MB with flat ids only and
 * 487 MB with both.
 */
class RecordCompactor {
  readonly #exportDetails = new Map<string, TaskDetails>();

  compact(record: TaskRecord): TaskRecord {
    return {
      ...record,
      taskId: flatCopy(record.taskId),
      resourceId: flatCopy(record.resourceId),
      details: this.#shared(record.details),
    };
  }

  #shared(details: TaskDetails): TaskDetails {
    // Import details name one OSS object per disk, different for every task: sharing them would only add keys.
    if (details.kind !== "export") {
      return details;
    }
    const key = JSON.stringify([details.ossBucket, details.ossPrefix ?? null, details.imageFormat]);
    let shared = this.#exportDetails.get(key);
    if (shared === undefined) {
      shared = details;
      this.#exportDetails.set(key, shared);
    }
    return shared;
  }
}

/** A task as the store keeps it: its record and where the status index has it. */
interface StoredTask {
  /** Replaced by an updated copy on cancellation. */
  record: TaskRecord;
  /** Insertion order, which breaks ties between equal creation times. */
  readonly seq: number;
  /** The status it is filed under in the status lists, as of the last sync. */
  filedStatus: TaskStatus;
  /** The moment it is queued for in the transition queue, or null: older queue entries for it are stale. */
  nextChangeAtMs: number | null;
}

/** Newest first; insertion order breaks ties, so that the order is total. */
function newestFirst(a: StoredTask, b: StoredTask): number {
  return b.record.createdAtMs - a.record.createdAtMs || b.seq - a.seq;
}

/** The lists of one action (or of all actions): every task, and one per filterable status. */
class ListGroup {
  readonly all = new OrderedList(newestFirst);
  readonly byStatus: Readonly<Record<FilterableStatus, OrderedList<StoredTask>>> = {
    Finished: new OrderedList(newestFirst),
    Processing: new OrderedList(newestFirst),
    Failed: new OrderedList(newestFirst),
  };

  pick(status: FilterableStatus | undefined): OrderedList<StoredTask> {
    return status === undefined ? this.all : this.byStatus[status];
  }

  clearStatusLists(): void {
    for (const list of Object.values(this.byStatus)) {
      list.clear();
    }
  }
}

/** All tasks of one account in one region, with one ordered list per filter combination a page may need. */
class Scope {
  readonly byId = new Map<string, StoredTask>();
  readonly byResource = new Map<string, StoredTask[]>();
  readonly everyAction = new ListGroup();
  readonly #byAction = new Map<TaskCreatingAction, ListGroup>();

  /** The list for an action and/or a status filter. */
  list(
    action: TaskCreatingAction | undefined,
    status: FilterableStatus | undefined,
  ): OrderedList<StoredTask> {
    return (action === undefined ? this.everyAction : this.#group(action)).pick(status);
  }

  #group(action: TaskCreatingAction): ListGroup {
    let group = this.#byAction.get(action);
    if (group === undefined) {
      group = new ListGroup();
      this.#byAction.set(action, group);
    }
    return group;
  }

  fileByStatus(task: StoredTask, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction.byStatus[status].insert(task);
      this.#group(task.record.taskAction).byStatus[status].insert(task);
    }
  }

  unfileByStatus(task: StoredTask, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction.byStatus[status].delete(task);
      this.#group(task.record.taskAction).byStatus[status].delete(task);
    }
  }

  clearStatusLists(): void {
    this.everyAction.clearStatusLists();
    for (const group of this.#byAction.values()) {
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
  /** By account, then region. */
  #scopes = new Map<string, Map<string, Scope>>();
  #transitions = new TransitionQueue<StoredTask>();
  #compactor = new RecordCompactor();
  #syncedAtMs = Number.NEGATIVE_INFINITY;
  #size = 0;

  #scope(accountId: string, regionId: string): Scope | undefined {
    return this.#scopes.get(accountId)?.get(regionId);
  }

  #scopeOrNew(accountId: string, regionId: string): Scope {
    let regions = this.#scopes.get(accountId);
    if (regions === undefined) {
      regions = new Map();
      this.#scopes.set(accountId, regions);
    }
    let scope = regions.get(regionId);
    if (scope === undefined) {
      scope = new Scope();
      regions.set(regionId, scope);
    }
    return scope;
  }

  #scopeOf(task: StoredTask): Scope {
    return this.#scope(task.record.accountId, task.record.regionId) as Scope;
  }

  #schedule(task: StoredTask, fromMs: number): void {
    task.nextChangeAtMs = nextStatusChangeAt(task.record, fromMs);
    if (task.nextChangeAtMs !== null) {
      this.#transitions.push(task.nextChangeAtMs, task);
    }
  }

  /** Files a task under its status at `atMs` and queues its next change. */
  #file(task: StoredTask, atMs: number): void {
    task.filedStatus = taskStatusAt(task.record, atMs);
    this.#scopeOf(task).fileByStatus(task, task.filedStatus);
    this.#schedule(task, atMs);
  }

  /** The time a task that changed is filed at: the last sync, or its creation before any query. */
  #fileAt(task: StoredTask): number {
    return Number.isFinite(this.#syncedAtMs) ? this.#syncedAtMs : task.record.createdAtMs;
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
      const task = due.item;
      if (task.nextChangeAtMs !== due.atMs) {
        continue;
      }
      if (taskStatusAt(task.record, nowMs) === task.filedStatus) {
        this.#schedule(task, nowMs);
      } else {
        this.#scopeOf(task).unfileByStatus(task, task.filedStatus);
        this.#file(task, nowMs);
      }
    }
  }

  #rebuildAt(nowMs: number): void {
    this.#syncedAtMs = nowMs;
    this.#transitions.clear();
    for (const regions of this.#scopes.values()) {
      for (const scope of regions.values()) {
        scope.clearStatusLists();
        // `all` is already newest first, so every status list can be refilled by appending.
        for (const task of scope.everyAction.all) {
          task.filedStatus = taskStatusAt(task.record, nowMs);
          if (isFilterable(task.filedStatus)) {
            scope.list(undefined, task.filedStatus).pushLast(task);
            scope.list(task.record.taskAction, task.filedStatus).pushLast(task);
          }
          this.#schedule(task, nowMs);
        }
      }
    }
  }

  /** Adds a new task; its id is unique within its account and region. */
  async insert(given: TaskRecord): Promise<void> {
    const scope = this.#scopeOrNew(given.accountId, given.regionId);
    if (scope.byId.has(given.taskId)) {
      throw new Error(`Task ${given.taskId} already exists in ${given.regionId}.`);
    }
    const record = this.#compactor.compact(given);
    const task: StoredTask = { record, seq: this.#size, filedStatus: "Processing", nextChangeAtMs: null };
    this.#size++;
    scope.byId.set(record.taskId, task);
    const sameResource = scope.byResource.get(record.resourceId);
    if (sameResource === undefined) {
      scope.byResource.set(record.resourceId, [task]);
    } else {
      sameResource.push(task);
    }
    scope.everyAction.all.insert(task);
    scope.list(record.taskAction, undefined).insert(task);
    this.#file(task, this.#fileAt(task));
  }

  /** The task with this id in this account and region, or undefined. */
  async get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined> {
    return this.#scope(accountId, regionId)?.byId.get(taskId)?.record;
  }

  /** Records a cancellation; returns the updated record, or undefined when there is no such task. */
  async markCancelled(
    accountId: string,
    regionId: string,
    taskId: string,
    cancelledAtMs: number,
  ): Promise<TaskRecord | undefined> {
    const scope = this.#scope(accountId, regionId);
    const task = scope?.byId.get(taskId);
    if (scope === undefined || task === undefined) {
      return undefined;
    }
    scope.unfileByStatus(task, task.filedStatus);
    task.record = { ...task.record, cancelledAtMs };
    this.#file(task, this.#fileAt(task));
    return task.record;
  }

  /** One DescribeTasks page as seen at `nowMs`, ordered by creation time, newest first. */
  async query(query: TaskQuery, nowMs: number): Promise<TaskPage> {
    const scope = this.#scope(query.accountId, query.regionId);
    if (scope === undefined) {
      return { totalCount: 0, records: [] };
    }
    const offset = (query.pageNumber - 1) * query.pageSize;
    if (query.taskIds !== undefined || query.resourceIds !== undefined) {
      const matches = this.#matchesByIds(scope, query, nowMs);
      return {
        totalCount: matches.length,
        records: matches.slice(offset, offset + query.pageSize).map((task) => task.record),
      };
    }
    this.#syncTo(nowMs);
    const list = scope.list(query.taskAction, query.taskStatus);
    const { createdFromMs, createdToMs } = query;
    const start =
      createdToMs === undefined ? 0 : list.countBefore((task) => task.record.createdAtMs > createdToMs);
    const end =
      createdFromMs === undefined
        ? list.size
        : list.countBefore((task) => task.record.createdAtMs >= createdFromMs);
    const count = Math.min(query.pageSize, end - start - offset);
    return {
      totalCount: Math.max(0, end - start),
      records: list.slice(start + offset, count).map((task) => task.record),
    };
  }

  /** TaskIds and ResourceIds name at most 100 values each, so their candidates are few: filter and sort them. */
  #matchesByIds(scope: Scope, query: TaskQuery, nowMs: number): StoredTask[] {
    const candidates = new Set<StoredTask>();
    if (query.taskIds !== undefined) {
      for (const id of query.taskIds) {
        const task = scope.byId.get(id);
        if (task !== undefined) {
          candidates.add(task);
        }
      }
    } else {
      for (const id of query.resourceIds ?? []) {
        for (const task of scope.byResource.get(id) ?? []) {
          candidates.add(task);
        }
      }
    }
    const resources = query.resourceIds === undefined ? undefined : new Set(query.resourceIds);
    const matches = [...candidates].filter(({ record }) => {
      return (
        (resources === undefined || resources.has(record.resourceId)) &&
        (query.taskAction === undefined || record.taskAction === query.taskAction) &&
        (query.createdFromMs === undefined || record.createdAtMs >= query.createdFromMs) &&
        (query.createdToMs === undefined || record.createdAtMs <= query.createdToMs) &&
        (query.taskStatus === undefined || taskStatusAt(record, nowMs) === query.taskStatus)
      );
    });
    return matches.sort(newestFirst);
  }

  /** Forgets every task. */
  async clear(): Promise<void> {
    this.#scopes = new Map();
    this.#transitions = new TransitionQueue();
    this.#compactor = new RecordCompactor();
    this.#syncedAtMs = Number.NEGATIVE_INFINITY;
    this.#size = 0;
  }

  /** How many tasks are stored, over all accounts and regions. */
  async size(): Promise<number> {
    return this.#size;
  }
}
