import type { FilterableTaskStatus } from "@ecs-tasks/contract";
import type { TaskCreatingAction, TaskRecord } from "../tasks/task-record.js";

/** Filters and paging of one DescribeTasks call, already validated. */
export interface TaskQuery {
  readonly accountId: string;
  readonly regionId: string;
  /** At most 100 ids; when given, only these tasks can match. */
  readonly taskIds?: readonly string[];
  /** At most 100 resource ids (`ResourceIds.N`); a task matches when its resource is one of them. */
  readonly resourceIds?: readonly string[];
  readonly taskAction?: TaskCreatingAction;
  /** Only `Finished`, `Processing` and `Failed` can be filtered on, as documented. */
  readonly taskStatus?: FilterableTaskStatus;
  /** Inclusive lower bound on creation time, epoch ms. */
  readonly createdFromMs?: number;
  /** Inclusive upper bound on creation time, epoch ms. */
  readonly createdToMs?: number;
  /** 1-based. */
  readonly pageNumber: number;
  readonly pageSize: number;
}

/** One page of matching tasks, newest first, and how many match in all. */
export interface TaskPage {
  readonly totalCount: number;
  readonly records: readonly TaskRecord[];
}

/**
 * Where task records live. Every method returns a promise: the SQLite store answers a creation only once it is
 * committed, with the other creations of the same event-loop turn (decision 0029). Status filters need the time
 * of the query because status is derived from it.
 */
export interface TaskStore {
  /** Adds a new task; its id is unique within its account and region. */
  insert(record: TaskRecord): Promise<void>;
  /** The task with this id in this account and region, or undefined. */
  get(accountId: string, regionId: string, taskId: string): Promise<TaskRecord | undefined>;
  /** Records a cancellation; returns the updated record, or undefined when there is no such task. */
  markCancelled(
    accountId: string,
    regionId: string,
    taskId: string,
    cancelledAtMs: number,
  ): Promise<TaskRecord | undefined>;
  /** One DescribeTasks page as seen at `nowMs`, ordered by creation time, newest first. */
  query(query: TaskQuery, nowMs: number): Promise<TaskPage>;
  /** Forgets every task. */
  clear(): Promise<void>;
  /** How many tasks are stored, over all accounts and regions. */
  size(): Promise<number>;
}
