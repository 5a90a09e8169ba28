import { nextStatusChangeAt, taskStatusAt } from "../tasks/task-lifecycle.js";
import type {
  TaskCreatingAction,
  TaskDetails,
  TaskFate,
  TaskRecord,
  TaskStatus,
} from "../tasks/task-record.js";
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
 * The facts as this store keeps them: the one place where the store saves memory on the tasks' facts, because
 * T1's floor (a million tasks in RSS ≤ 600 MB; see BENCHMARKS.md) breaks without it. Ids are kept as flat
 * strings, tasks on the same resource share the first one's id string (the resource index's key: 40 MB at
 * T1's 50,000 images, 375 → 337 bytes of heap per task), and ExportImage tasks to the same bucket, prefix
 * and format share one details object. T1 measured 719 MB with records kept as the caller built them,
 * 503 MB with flat ids and shared details; in process, after a GC, the million tasks took 698 MB with
 * neither, 620 MB with shared details only, 574 MB with flat ids only and 487 MB with both.
 */
class RecordCompactor {
  readonly #exportDetails = new Map<string, TaskDetails>();

  /** `keptResourceId` is the id string already kept for the same resource by an earlier task, if any. */
  compact(record: TaskRecord, keptResourceId: string | undefined): TaskRecord {
    return {
      ...record,
      taskId: flatCopy(record.taskId),
      resourceId: keptResourceId ?? flatCopy(record.resourceId),
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

/**
 * A task as the store keeps it: its record, which is what `get` and `query` return, and, in private fields that
 * no reader of the record sees (`toEqual`, spreading and JSON see own public fields only), where the indexes
 * have it. One object per task rather than a record and a holder pointing at it: 32 bytes less per task at
 * T1's million (337 → 305 bytes of heap per task). Read-only to everyone else; a cancellation replaces it,
 * which is also how the transition queue tells stale entries apart (no queued time per task: 305 → 297).
 */
class StoredTask implements TaskRecord {
  readonly accountId: string;
  readonly regionId: string;
  readonly taskId: string;
  readonly taskAction: TaskCreatingAction;
  readonly resourceId: string;
  readonly details: TaskDetails;
  readonly createdAtMs: number;
  readonly queuedMs: number;
  readonly durationMs: number;
  readonly fate: TaskFate;
  readonly cancelledAtMs: number | null;
  /** Insertion order, which breaks ties between equal creation times. */
  readonly #seq: number;
  /** The status it is filed under in the status lists, as of the last sync. */
  #filedStatus: TaskStatus = "Processing";

  constructor(record: TaskRecord, seq: number) {
    this.accountId = record.accountId;
    this.regionId = record.regionId;
    this.taskId = record.taskId;
    this.taskAction = record.taskAction;
    this.resourceId = record.resourceId;
    this.details = record.details;
    this.createdAtMs = record.createdAtMs;
    this.queuedMs = record.queuedMs;
    this.durationMs = record.durationMs;
    this.fate = record.fate;
    this.cancelledAtMs = record.cancelledAtMs;
    this.#seq = seq;
  }

  /** The same task, cancelled at `cancelledAtMs`, in the same place of the creation order. */
  cancelledAt(cancelledAtMs: number): StoredTask {
    return new StoredTask({ ...this, cancelledAtMs }, this.#seq);
  }

  // Accessors live on the prototype, so they are not own fields of the record either.
  get filedStatus(): TaskStatus {
    return this.#filedStatus;
  }

  set filedStatus(status: TaskStatus) {
    this.#filedStatus = status;
  }

  /** Newest first; insertion order breaks ties, so that the order is total. */
  static newestFirst(a: StoredTask, b: StoredTask): number {
    return b.createdAtMs - a.createdAtMs || b.#seq - a.#seq;
  }
}

const newestFirst = StoredTask.newestFirst;

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

  /** Puts `replacement` where `task` is in the id, resource and creation-order indexes (not the status lists). */
  replace(task: StoredTask, replacement: StoredTask): void {
    this.byId.set(task.taskId, replacement);
    const sameResource = this.byResource.get(task.resourceId) as StoredTask[];
    sameResource[sameResource.indexOf(task)] = replacement;
    for (const list of [this.everyAction.all, this.#group(task.taskAction).all]) {
      list.delete(task);
      list.insert(replacement);
    }
  }

  fileByStatus(task: StoredTask, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction.byStatus[status].insert(task);
      this.#group(task.taskAction).byStatus[status].insert(task);
    }
  }

  unfileByStatus(task: StoredTask, status: TaskStatus): void {
    if (isFilterable(status)) {
      this.everyAction.byStatus[status].delete(task);
      this.#group(task.taskAction).byStatus[status].delete(task);
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
 * clock goes backwards (only the control API does that), and at the first status query, the status lists
 * are built from scratch once.
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
    return this.#scope(task.accountId, task.regionId) as Scope;
  }

  #schedule(task: StoredTask, fromMs: number): void {
    const nextChangeAtMs = nextStatusChangeAt(task, fromMs);
    if (nextChangeAtMs !== null) {
      this.#transitions.push(nextChangeAtMs, task);
    }
  }

  /** Files a task under its status at `atMs` and queues its next change. */
  #file(task: StoredTask, atMs: number): void {
    task.filedStatus = taskStatusAt(task, atMs);
    this.#scopeOf(task).fileByStatus(task, task.filedStatus);
    this.#schedule(task, atMs);
  }

  /** Files a new or changed task as of the last sync; before the first status query nothing is filed. */
  #fileIfSynced(task: StoredTask): void {
    if (this.#syncedAtMs !== Number.NEGATIVE_INFINITY) {
      this.#file(task, this.#syncedAtMs);
    }
  }

  #syncTo(nowMs: number): void {
    // The first status query files every task at once, in one walk of the creation order: queuing each task's
    // transitions from its creation instead cost 1,000,000 queue entries (about 20 MB at T1) and a heap pop per
    // transition at that query.
    if (nowMs < this.#syncedAtMs || this.#syncedAtMs === Number.NEGATIVE_INFINITY) {
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
      const scope = this.#scopeOf(task);
      // A cancelled task was replaced by a new object (queued anew): entries of the old one are stale. A task
      // has at most one entry otherwise, so the queue needs no time per task to tell stale entries apart.
      if (scope.byId.get(task.taskId) !== task) {
        continue;
      }
      if (taskStatusAt(task, nowMs) === task.filedStatus) {
        this.#schedule(task, nowMs);
      } else {
        scope.unfileByStatus(task, task.filedStatus);
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
          task.filedStatus = taskStatusAt(task, nowMs);
          if (isFilterable(task.filedStatus)) {
            scope.list(undefined, task.filedStatus).pushLast(task);
            scope.list(task.taskAction, task.filedStatus).pushLast(task);
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
    const sameResource = scope.byResource.get(given.resourceId);
    const task = new StoredTask(this.#compactor.compact(given, sameResource?.[0]?.resourceId), this.#size);
    this.#size++;
    scope.byId.set(task.taskId, task);
    if (sameResource === undefined) {
      scope.byResource.set(task.resourceId, [task]);
    } else {
      sameResource.push(task);
    }
    scope.everyAction.all.insert(task);
    scope.list(task.taskAction, undefined).insert(task);
    this.#fileIfSynced(task);
  }

  /** The task with this id in this account and region, or undefined. */
  async get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined> {
    return this.#scope(accountId, regionId)?.byId.get(taskId);
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
    const cancelled = task.cancelledAt(cancelledAtMs);
    scope.replace(task, cancelled);
    this.#fileIfSynced(cancelled);
    return cancelled;
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
        records: matches.slice(offset, offset + query.pageSize),
      };
    }
    this.#syncTo(nowMs);
    const list = scope.list(query.taskAction, query.taskStatus);
    const { createdFromMs, createdToMs } = query;
    const start = createdToMs === undefined ? 0 : list.countBefore((task) => task.createdAtMs > createdToMs);
    const end =
      createdFromMs === undefined ? list.size : list.countBefore((task) => task.createdAtMs >= createdFromMs);
    const count = Math.min(query.pageSize, end - start - offset);
    return {
      totalCount: Math.max(0, end - start),
      records: list.slice(start + offset, count),
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
    const matches = [...candidates].filter((record) => {
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
