import { describeTasksTaskStatusFilters } from "@ecs-tasks/contract";
import { isJsonObject } from "../spec/json-value.js";
import { type OperationModel, TASK_PRODUCER_TAG } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import { expectDocumentedError, expectSuccess } from "./answer-expectations.js";
import type { CheckContext, CheckDefinition, Expectation } from "./check.js";
import type { TaskCreatingAction } from "./control-api.js";
import { sampleCall } from "./sample-request.js";
import {
  observationProblems,
  observe,
  saysFalse,
  saysTrue,
  type TaskObservation,
  TERMINAL_STATUSES,
  transitionProblems,
} from "./task-observation.js";
import { startTimeAdvancer } from "./time-advancer.js";

const LIFECYCLE_DECISIONS =
  "docs/decisions/0003-time-format.md, 0004-finished-time-while-running.md, 0005-cancelled-task-status.md";
const TASK_SCHEMA = "/components/schemas/DescribeTaskAttributeResponse";
const FAIL_AT_PERCENT = 60;
// The statuses DescribeTasks' TaskStatus filter knows; it ignores any other value.
const FILTERABLE_STATUSES: ReadonlySet<string> = new Set(describeTasksTaskStatusFilters);

interface CreatedTask {
  taskId: string;
  action: string;
  /** What the producer was asked for, to look the task up by resource. */
  params: Array<[string, string]>;
}

async function create(context: CheckContext, producer: OperationModel): Promise<CreatedTask> {
  const call = sampleCall(producer, context.region);
  const exchange = await context.send(producer.action, call);
  const body = exchange.received?.status === 200 ? exchange.received.json : undefined;
  if (!isJsonObject(body) || typeof body.TaskId !== "string") {
    context.skip(
      `the target did not create a task with ${producer.action}'s sample request (answered ${exchange.received?.status ?? exchange.transportError}); lifecycle scenarios need a task-creating operation`,
    );
  }
  return { taskId: body.TaskId, action: producer.action, params: call.params };
}

async function describe(
  context: CheckContext,
  taskId: string,
): Promise<{ exchange: Exchange; body?: Record<string, unknown> }> {
  const operation = context.operation("DescribeTaskAttribute");
  const exchange = await context.send(operation.action, sampleCall(operation, context.region, taskId));
  const body = expectSuccess(context, exchange, {
    summary: `200 DescribeTaskAttribute of task ${taskId}`,
    specPointer: TASK_SCHEMA,
  });
  return body === undefined ? { exchange } : { exchange, body };
}

/** An observation of a task and the request that made it, to reproduce what a failure says of it. */
type Look = TaskObservation & { exchange: Exchange };

/** Observes, judges and remembers; returns undefined (after failing the check) when the answer is unusable. */
async function look(
  context: CheckContext,
  task: CreatedTask,
  previous: TaskObservation | undefined,
  regionId: string | undefined,
): Promise<Look | undefined> {
  const { exchange, body } = await describe(context, task.taskId);
  if (body === undefined) {
    return undefined;
  }
  const current: Look = { ...observe(body), exchange };
  if (context.control === undefined) {
    context.waiting(`${task.action} task ${task.taskId}: ${current.status} ${current.progress ?? "?"}%`);
  }
  const problems = observationProblems(current, { taskId: task.taskId, taskAction: task.action, regionId });
  if (previous !== undefined) {
    problems.push(...transitionProblems(previous, current));
  }
  if (problems.length > 0) {
    context.fail({
      message: problems.join("; "),
      expected: {
        summary: `a consistent task that only moves forward (${LIFECYCLE_DECISIONS})`,
        specPointer: TASK_SCHEMA,
      },
      exchange,
    });
  }
  return current;
}

function regionOf(producer: OperationModel, region: string): string | undefined {
  // ModifyDiskSpec names no region: the server decides where its task lives.
  return "RegionId" in producer.sampleRequest ? region : undefined;
}

async function toCompletion(context: CheckContext, producer: OperationModel, failAt?: number): Promise<void> {
  if (failAt !== undefined) {
    if (context.control === undefined) {
      context.skip("needs the reference server's control API to script a task that fails");
    }
    await context.control.scriptFailure(producer.action as TaskCreatingAction, failAt);
  }
  const task = await create(context, producer);
  const time = await startTimeAdvancer(context);
  try {
    let previous: Look | undefined;
    for (;;) {
      const current = await look(context, task, previous, regionOf(producer, context.region));
      if (current === undefined) {
        return;
      }
      previous = current;
      if (TERMINAL_STATUSES.has(current.status) || !(await time.advance())) {
        break;
      }
    }
    if (!TERMINAL_STATUSES.has(previous.status)) {
      context.fail({
        message: `the task never ended: still ${previous.status} at ${previous.progress ?? "?"}% after ${time.elapsed()}`,
        expected: {
          summary: "the task reaches Finished or Failed",
          specPointer: "/components/schemas/TaskStatus",
        },
        exchange: previous.exchange,
      });
      return;
    }
    if (failAt !== undefined) {
      const problems: string[] = [];
      if (previous.status !== "Failed") {
        problems.push(`it ended ${previous.status}`);
      }
      if (previous.progress !== undefined && previous.progress > failAt) {
        problems.push(`its TaskProcess went on to ${previous.progress}%`);
      }
      if (problems.length > 0) {
        context.fail({
          message: `a task scripted (control API) to fail at ${failAt}%: ${problems.join("; ")}`,
          expected: {
            summary: `TaskStatus Failed, TaskProcess at most ${failAt}%`,
            specPointer: "/components/schemas/TaskStatus",
          },
          exchange: previous.exchange,
        });
      }
    }
    // Once ended, a task is frozen: another look after more time must see the same task.
    await time.advance();
    await look(context, task, previous, regionOf(producer, context.region));
  } finally {
    await time.close();
  }
}

async function cancelScenario(context: CheckContext): Promise<void> {
  const producer = context.operation("ExportImage");
  const cancel = context.operation("CancelTask");
  const task = await create(context, producer);
  const time = await startTimeAdvancer(context);
  try {
    const before = await look(context, task, undefined, context.region);
    if (before === undefined) {
      return;
    }
    if (TERMINAL_STATUSES.has(before.status)) {
      context.skip(`the new task had already ended (${before.status}) before it could be cancelled`);
    }
    const expectedCancellable: Expectation = {
      summary: "SupportCancel true while an ExportImage task runs",
      specPointer: "/components/schemas/SupportCancel",
    };
    if (!saysTrue(before.supportCancel)) {
      context.fail({
        message: `SupportCancel ${JSON.stringify(before.supportCancel)} on a running export`,
        expected: expectedCancellable,
        exchange: before.exchange,
      });
    }
    const cancelled = await context.send(cancel.action, sampleCall(cancel, context.region, task.taskId));
    if (
      expectSuccess(context, cancelled, {
        summary: "200 from CancelTask on a running task",
        specPointer: cancel.pointer,
      }) === undefined
    ) {
      return;
    }
    const after = await look(context, task, before, context.region);
    if (after === undefined) {
      return;
    }
    const expected: Expectation = {
      summary:
        'TaskStatus "Failed", SupportCancel false, a FinishedTime (docs/decisions/0038-documented-task-statuses.md)',

      specPointer: "/components/schemas/TaskStatus",
    };
    const problems: string[] = [];
    if (after.status !== "Failed") {
      problems.push(`TaskStatus ${JSON.stringify(after.status)} after CancelTask`);
    }
    if (!saysFalse(after.supportCancel)) {
      problems.push(`SupportCancel ${JSON.stringify(after.supportCancel)} after CancelTask`);
    }
    if (problems.length > 0) {
      context.fail({ message: problems.join("; "), expected, exchange: after.exchange });
    }
    await time.advance();
    await look(context, task, after, context.region);
    const refusal = cancel.errors.find((error) => error.trigger.precondition === "finished-task");
    if (refusal !== undefined) {
      const again = await context.send(cancel.action, sampleCall(cancel, context.region, task.taskId));
      expectDocumentedError(context, again, refusal);
    }
  } finally {
    await time.close();
  }
}

interface TaskPage {
  found?: Record<string, unknown>;
  all: Record<string, unknown>[];
  /** The last request of the listing: the one that found the task, or the last page. */
  exchange: Exchange;
}

const PAGE_SIZE = 100;
const MAX_PAGES = 10;

async function listTasks(
  context: CheckContext,
  filters: Array<[string, string]>,
  taskId: string,
): Promise<TaskPage | undefined> {
  const operation = context.operation("DescribeTasks");
  const all: Record<string, unknown>[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const params: Array<[string, string]> = [
      ["RegionId", context.region],
      ...filters,
      ["PageSize", String(PAGE_SIZE)],
      ["PageNumber", String(page)],
    ];
    const call = { ...sampleCall(operation, context.region), params };
    const exchange = await context.send(operation.action, call);
    const filterText = filters.map(([name, value]) => `${name}=${value}`).join("&");
    const body = expectSuccess(context, exchange, {
      summary: `200 from DescribeTasks with ${filterText}`,
      specPointer: operation.pointer,
    });
    if (body === undefined) {
      return undefined;
    }
    const set = body.TaskSet;
    const tasks = isJsonObject(set) && Array.isArray(set.Task) ? set.Task.filter(isJsonObject) : [];
    const problems: string[] = [];
    if (body.PageNumber !== page) {
      problems.push(`PageNumber ${JSON.stringify(body.PageNumber)}, asked for ${page}`);
    }
    if (body.PageSize !== PAGE_SIZE) {
      problems.push(`PageSize ${JSON.stringify(body.PageSize)}, asked for ${PAGE_SIZE}`);
    }
    if (tasks.length > PAGE_SIZE) {
      problems.push(`${tasks.length} tasks on a page of ${PAGE_SIZE}`);
    }
    if (typeof body.TotalCount !== "number" || body.TotalCount < (page - 1) * PAGE_SIZE + tasks.length) {
      problems.push(`TotalCount ${JSON.stringify(body.TotalCount)} is less than the tasks listed so far`);
    }
    if (problems.length > 0) {
      context.fail({
        message: problems.join("; "),
        expected: { summary: "a consistent page", specPointer: "/components/schemas/DescribeTasksResponse" },
        exchange,
      });
    }
    all.push(...tasks);
    const found = tasks.find((task) => task.TaskId === taskId);
    if (found !== undefined) {
      return { found, all, exchange };
    }
    if (tasks.length < PAGE_SIZE || page === MAX_PAGES) {
      return { all, exchange };
    }
  }
  return undefined;
}

function minuteShift(time: string, minutes: number): string {
  const ms = Date.parse(time.replace(/Z$/, ":00Z")) + minutes * 60_000;
  return `${new Date(ms).toISOString().slice(0, 16)}:00Z`;
}

async function filterScenario(context: CheckContext): Promise<void> {
  const producer = context.operation("ExportImage");
  const task = await create(context, producer);
  const time = await startTimeAdvancer(context);
  try {
    // A queued task already reports Processing, a status the filter knows (decision 0038).
    let seen = await look(context, task, undefined, context.region);
    if (seen === undefined || typeof seen.creationTime !== "string") {
      return;
    }
    const creation = seen.creationTime;
    const resource = task.params.find(([name]) => name === "ImageId")?.[1];
    const expected = (filter: string): Expectation => ({
      summary: `DescribeTasks with ${filter} lists the ${task.action} task ${task.taskId}`,
      specPointer: "/paths/~1#Action=DescribeTasks/parameters",
    });
    const positives: Array<[string, Array<[string, string]>, (listed: Record<string, unknown>) => boolean]> =
      [
        ["TaskIds", [["TaskIds", task.taskId]], (listed) => listed.TaskId === task.taskId],
        ["TaskAction", [["TaskAction", task.action]], (listed) => listed.TaskAction === task.action],
        [
          "StartTime and EndTime",
          [
            ["StartTime", minuteShift(creation, 0)],
            ["EndTime", minuteShift(creation, 1)],
          ],
          () => true,
        ],
      ];
    const statusFilter = (
      status: string,
    ): [string, Array<[string, string]>, (listed: Record<string, unknown>) => boolean] => [
      "TaskStatus",
      [["TaskStatus", status]],
      (listed) => listed.TaskStatus === status,
    ];
    if (FILTERABLE_STATUSES.has(seen.status)) {
      positives.push(statusFilter(seen.status));
    }
    if (resource !== undefined) {
      positives.push(["ResourceIds", [["ResourceIds.1", resource]], () => true]);
    }
    for (let [name, filters, keeps] of positives) {
      let filterText = filters.map(([n, v]) => `${n}=${v}`).join("&");
      let page = await listTasks(context, filters, task.taskId);
      if (page?.found === undefined && name === "TaskStatus" && seen !== undefined) {
        // In real time the task may have moved on between the look and the listing: look again, and list
        // by the status it has now.
        const now: Look | undefined = await look(context, task, seen, context.region);
        if (now !== undefined && now.status !== seen.status) {
          seen = now;
          if (!FILTERABLE_STATUSES.has(now.status)) {
            continue;
          }
          [name, filters, keeps] = statusFilter(now.status);
          filterText = filters.map(([n, v]) => `${n}=${v}`).join("&");
          page = await listTasks(context, filters, task.taskId);
        }
      }
      if (page === undefined) {
        continue;
      }
      if (page.found === undefined) {
        context.fail({
          message: `the ${name} filter (${filterText}) did not list the task`,
          expected: expected(filterText),
          exchange: page.exchange,
        });
        continue;
      }
      const stray = page.all.find((listed) => !keeps(listed));
      if (stray !== undefined) {
        context.fail({
          message: `the ${name} filter (${filterText}) also listed ${JSON.stringify(stray.TaskId)} (${String(stray.TaskAction)}, ${String(stray.TaskStatus)}), which it excludes`,
          expected: expected(filterText),
          exchange: page.exchange,
        });
      }
      const problems: string[] = [];
      if (page.found.TaskAction !== task.action) {
        problems.push(`TaskAction ${JSON.stringify(page.found.TaskAction)}`);
      }
      if (page.found.CreationTime !== creation) {
        problems.push(
          `CreationTime ${JSON.stringify(page.found.CreationTime)} where DescribeTaskAttribute says ${creation}`,
        );
      }
      if (problems.length > 0) {
        context.fail({
          message: `the listed task disagrees with DescribeTaskAttribute: ${problems.join("; ")}`,
          expected: expected(filterText),
          exchange: page.exchange,
        });
      }
    }
    const other = context.operations.find(
      (operation) => operation.tags.includes(TASK_PRODUCER_TAG) && operation.action !== task.action,
    );
    const negatives: Array<[string, Array<[string, string]>]> = [
      ["a later StartTime", [["StartTime", minuteShift(creation, 2)]]],
      ["an earlier EndTime", [["EndTime", minuteShift(creation, -2)]]],
    ];
    if (other !== undefined) {
      negatives.push(["another TaskAction", [["TaskAction", other.action]]]);
    }
    for (const [name, filters] of negatives) {
      const page = await listTasks(context, filters, task.taskId);
      if (page?.found !== undefined) {
        const filterText = filters.map(([n, v]) => `${n}=${v}`).join("&");
        context.fail({
          message: `${name} (${filterText}) still listed the task`,
          expected: {
            summary: `DescribeTasks with ${filterText} leaves out task ${task.taskId}`,
            specPointer: "/paths/~1#Action=DescribeTasks/parameters",
          },
          exchange: page.exchange,
        });
      }
    }
  } finally {
    await time.close();
  }
}

/** Lifecycle scenarios: tasks run to their end consistently, cancel reports Failed, DescribeTasks filters find them. */
export function lifecycleChecks(operations: readonly OperationModel[]): CheckDefinition[] {
  const producers = operations.filter((operation) => operation.tags.includes(TASK_PRODUCER_TAG));
  const checks: CheckDefinition[] = producers.flatMap((producer): CheckDefinition[] => [
    {
      id: `lifecycle.${producer.action}.to-completion`,
      title: `A ${producer.action} task runs to its end with monotone progress and consistent counts`,
      tags: ["lifecycle", producer.action],
      phase: "request",
      specPointer: TASK_SCHEMA,
      waitsInRealTime: true,
      run: (context) => toCompletion(context, producer),
    },
    {
      id: `lifecycle.${producer.action}.failure`,
      title: `A ${producer.action} task scripted to fail ends Failed, with a failed subtask and its ErrorCode`,
      tags: ["lifecycle", producer.action, "control-api"],
      phase: "request",
      specPointer: TASK_SCHEMA,
      waitsInRealTime: true,
      run: (context) => toCompletion(context, producer, FAIL_AT_PERCENT),
    },
  ]);
  checks.push(
    {
      id: "lifecycle.cancel",
      title: "A cancelled export reports Failed, stops, and cannot be cancelled again",
      tags: ["lifecycle", "CancelTask"],
      phase: "request",
      specPointer: "/components/schemas/TaskStatus",
      waitsInRealTime: true,
      run: cancelScenario,
    },
    {
      id: "lifecycle.describe-tasks-filters",
      title: "DescribeTasks finds a new task with each filter, and leaves it out when a filter excludes it",
      tags: ["lifecycle", "DescribeTasks"],
      phase: "request",
      specPointer: "/paths/~1#Action=DescribeTasks/parameters",
      waitsInRealTime: true,
      run: filterScenario,
    },
  );
  return checks;
}
