import {
  type DescribeTasksResponse,
  describeTasksTaskStatusFilters,
  taskProducingActions,
} from "@ecs-tasks/contract";
import type { TaskQuery } from "../store/task-store.js";
import { parseTimeFilter } from "../tasks/minute-time.js";
import { viewTask } from "../tasks/task-lifecycle.js";
import type { TaskCreatingAction } from "../tasks/task-record.js";
import type { Operation, OperationCall, OperationDeps } from "./operation.js";
import { knownRegion, optional } from "./parameters.js";
import { taskSummaryBody } from "./task-body.js";

const MAX_IDS = 100;
const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 100;
const CREATING_ACTIONS: ReadonlySet<string> = new Set(taskProducingActions);
const FILTERABLE_STATUSES: ReadonlySet<string> = new Set(describeTasksTaskStatusFilters);
const RESOURCE_KEY = /^ResourceIds\.(\d{1,3})$/;

/** A positive integer parameter, or undefined when absent or not a positive integer. */
function positiveInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d{1,9}$/.test(value)) {
    return undefined;
  }
  const n = Number(value);
  return n >= 1 ? n : undefined;
}

function resourceIds(call: OperationCall): string[] | undefined {
  const numbered: [number, string][] = [];
  for (const [name, value] of call.params) {
    const n = Number(RESOURCE_KEY.exec(name)?.[1]);
    if (n >= 1 && n <= MAX_IDS && value !== "") {
      numbered.push([n, value]);
    }
  }
  return numbered.length === 0 ? undefined : numbered.sort((a, b) => a[0] - b[0]).map(([, id]) => id);
}

/**
 * The store query of a call. Values the documentation says are ignored (a TaskStatus other than
 * Finished, Processing or Failed) are ignored; so are malformed times. A page size above 100 is
 * served as 100, and a missing or invalid page number or size takes its default.
 */
function taskQueryOf(call: OperationCall, accountId: string, regionId: string): TaskQuery | "nothing" {
  if (optional(call, "TaskGroupId") !== undefined) {
    // No task here belongs to a task group, and the group filter overrides every other one.
    return "nothing";
  }
  const taskAction = optional(call, "TaskAction");
  if (taskAction !== undefined && !CREATING_ACTIONS.has(taskAction)) {
    // RedeployInstance and ArchiveSnapshot tasks (or an unknown action) never exist here.
    return "nothing";
  }
  const taskStatus = optional(call, "TaskStatus");
  const startTime = optional(call, "StartTime");
  const endTime = optional(call, "EndTime");
  const taskIds = optional(call, "TaskIds")
    ?.split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "")
    .slice(0, MAX_IDS);
  return {
    accountId,
    regionId,
    taskIds: taskIds === undefined || taskIds.length === 0 ? undefined : taskIds,
    resourceIds: resourceIds(call),
    taskAction: taskAction as TaskCreatingAction | undefined,
    taskStatus:
      taskStatus !== undefined && FILTERABLE_STATUSES.has(taskStatus)
        ? (taskStatus as TaskQuery["taskStatus"])
        : undefined,
    createdFromMs: startTime === undefined ? undefined : parseTimeFilter(startTime),
    createdToMs: endTime === undefined ? undefined : parseTimeFilter(endTime),
    pageNumber: positiveInteger(optional(call, "PageNumber")) ?? 1,
    pageSize: Math.min(MAX_PAGE_SIZE, positiveInteger(optional(call, "PageSize")) ?? DEFAULT_PAGE_SIZE),
  };
}

/** DescribeTasks: one page of the region's tasks, newest first, filtered. */
export function describeTasks(deps: OperationDeps): Operation {
  return async (call) => {
    const regionId = knownRegion(deps, call);
    const query = taskQueryOf(call, call.accountId, regionId);
    if (query === "nothing") {
      return {
        RegionId: regionId,
        TotalCount: 0,
        PageNumber: positiveInteger(optional(call, "PageNumber")) ?? 1,
        PageSize: Math.min(MAX_PAGE_SIZE, positiveInteger(optional(call, "PageSize")) ?? DEFAULT_PAGE_SIZE),
        TaskSet: { Task: [] },
      } satisfies Omit<DescribeTasksResponse, "RequestId">;
    }
    const nowMs = deps.clock.now();
    const page = await deps.store.query(query, nowMs);
    return {
      RegionId: regionId,
      TotalCount: page.totalCount,
      PageNumber: query.pageNumber,
      PageSize: query.pageSize,
      TaskSet: { Task: page.records.map((record) => taskSummaryBody(record, viewTask(record, nowMs))) },
    } satisfies Omit<DescribeTasksResponse, "RequestId">;
  };
}
