// DescribeTasks paging over a set of tasks the run made and names with the TaskIds filter, so that no
// other client's tasks (a shared server, a side-by-side check) can change what a page must hold.
import { isJsonObject } from "../spec/json-value.js";
import type { Exchange } from "../wire/exchange.js";
import { expectSuccess } from "./answer-expectations.js";
import type { CheckContext, CheckDefinition } from "./check.js";
import { sampleCall } from "./sample-request.js";

const RESPONSE_SCHEMA = "/components/schemas/DescribeTasksResponse";
const PARAMETERS = "/paths/~1#Action=DescribeTasks/parameters";
const SMALL_PAGE = 2;
const WHOLE_PAGE = 100;

interface Page {
  exchange: Exchange;
  body: Record<string, unknown>;
  taskIds: unknown[];
  creationTimes: unknown[];
}

async function listPage(
  context: CheckContext,
  taskIds: readonly string[],
  pageSize: number | undefined,
  pageNumber: number | undefined,
): Promise<Page | undefined> {
  const operation = context.operation("DescribeTasks");
  const params: Array<[string, string]> = [
    ["RegionId", context.region],
    ["TaskIds", taskIds.join(",")],
  ];
  if (pageSize !== undefined) {
    params.push(["PageSize", String(pageSize)]);
  }
  if (pageNumber !== undefined) {
    params.push(["PageNumber", String(pageNumber)]);
  }
  const exchange = await context.send(operation.action, { ...sampleCall(operation, context.region), params });
  const body = expectSuccess(context, exchange, {
    summary: `200 from DescribeTasks with TaskIds of ${taskIds.length} tasks`,
    specPointer: operation.pointer,
  });
  if (body === undefined) {
    return undefined;
  }
  const set = body.TaskSet;
  const tasks = isJsonObject(set) && Array.isArray(set.Task) ? set.Task.filter(isJsonObject) : [];
  return {
    exchange,
    body,
    taskIds: tasks.map((task) => task.TaskId),
    creationTimes: tasks.map((task) => task.CreationTime),
  };
}

/** The pages of `SMALL_PAGE` tasks that the run's tasks fill, and one past them. */
function smallPageNumbers(count: number): number[] {
  const pages = Math.ceil(count / SMALL_PAGE);
  return Array.from({ length: pages + 1 }, (_, index) => index + 1);
}

function expectedOnSmallPage(count: number, pageNumber: number): number {
  return Math.max(0, Math.min(SMALL_PAGE, count - (pageNumber - 1) * SMALL_PAGE));
}

async function totalCount(context: CheckContext): Promise<void> {
  const taskIds = await context.fixtures.pagingTasks();
  const asked: Array<[number, number]> = [
    ...smallPageNumbers(taskIds.length).map((page): [number, number] => [SMALL_PAGE, page]),
    [WHOLE_PAGE, 1],
  ];
  for (const [pageSize, pageNumber] of asked) {
    const page = await listPage(context, taskIds, pageSize, pageNumber);
    if (page !== undefined && page.body.TotalCount !== taskIds.length) {
      context.fail({
        message: `TotalCount ${JSON.stringify(page.body.TotalCount)} on page ${pageNumber} of ${pageSize} (it lists ${page.taskIds.length}), but ${taskIds.length} tasks match TaskIds`,
        expected: {
          summary: `TotalCount ${taskIds.length}: every task that matches the filters, over all pages, not this page's length`,
          specPointer: `${RESPONSE_SCHEMA}/properties/TotalCount`,
        },
        exchange: page.exchange,
      });
    }
  }
}

async function pageSizes(context: CheckContext): Promise<void> {
  const taskIds = await context.fixtures.pagingTasks();
  for (const pageNumber of smallPageNumbers(taskIds.length)) {
    const page = await listPage(context, taskIds, SMALL_PAGE, pageNumber);
    if (page === undefined) {
      continue;
    }
    const expected = expectedOnSmallPage(taskIds.length, pageNumber);
    const problems: string[] = [];
    if (page.body.PageSize !== SMALL_PAGE) {
      problems.push(`PageSize ${JSON.stringify(page.body.PageSize)}, asked for ${SMALL_PAGE}`);
    }
    if (page.body.PageNumber !== pageNumber) {
      problems.push(`PageNumber ${JSON.stringify(page.body.PageNumber)}, asked for ${pageNumber}`);
    }
    if (page.taskIds.length !== expected) {
      problems.push(
        `${page.taskIds.length} tasks on page ${pageNumber}, where ${expected} of the ${taskIds.length} belong`,
      );
    }
    if (problems.length > 0) {
      context.fail({
        message: problems.join("; "),
        expected: {
          summary: `pages of ${SMALL_PAGE} tasks (the last one shorter, one past the last empty) that say which page and size they are`,
          specPointer: PARAMETERS,
        },
        exchange: page.exchange,
      });
    }
  }
  const operation = context.operation("DescribeTasks");
  const defaultSize = operation.parameterDefaults.get("PageSize");
  const defaultNumber = operation.parameterDefaults.get("PageNumber");
  const page = await listPage(context, taskIds, undefined, undefined);
  if (page === undefined) {
    return;
  }
  const problems: string[] = [];
  if (typeof defaultSize === "number" && page.body.PageSize !== defaultSize) {
    problems.push(
      `PageSize ${JSON.stringify(page.body.PageSize)} without PageSize, documented default ${defaultSize}`,
    );
  }
  if (typeof defaultNumber === "number" && page.body.PageNumber !== defaultNumber) {
    problems.push(
      `PageNumber ${JSON.stringify(page.body.PageNumber)} without PageNumber, documented default ${defaultNumber}`,
    );
  }
  const fits = typeof defaultSize === "number" ? Math.min(defaultSize, taskIds.length) : taskIds.length;
  if (page.taskIds.length !== fits) {
    problems.push(`${page.taskIds.length} tasks on the default page, where ${fits} belong`);
  }
  if (problems.length > 0) {
    context.fail({
      message: problems.join("; "),
      expected: { summary: "the documented default page", specPointer: PARAMETERS },
      exchange: page.exchange,
    });
  }
}

async function acrossPages(context: CheckContext): Promise<void> {
  const taskIds = await context.fixtures.pagingTasks();
  const whole = await listPage(context, taskIds, WHOLE_PAGE, 1);
  if (whole === undefined) {
    return;
  }
  const expected = (summary: string) => ({ summary, specPointer: RESPONSE_SCHEMA });
  const missing = taskIds.filter((id) => !whole.taskIds.includes(id));
  const strays = whole.taskIds.filter((id) => typeof id !== "string" || !taskIds.includes(id));
  if (missing.length > 0 || strays.length > 0 || new Set(whole.taskIds).size !== whole.taskIds.length) {
    context.fail({
      message: `one page of ${WHOLE_PAGE} listed ${JSON.stringify(whole.taskIds)} for TaskIds ${taskIds.join(",")}`,
      expected: expected("each task named in TaskIds exactly once, and no other"),
      exchange: whole.exchange,
    });
  }
  const times = whole.creationTimes;
  const backwards = times.findIndex(
    (time, index) => index > 0 && typeof time === "string" && String(times[index - 1]) < time,
  );
  if (backwards > 0) {
    context.fail({
      message: `${String(whole.taskIds[backwards])} (created ${String(times[backwards])}) comes after ${String(whole.taskIds[backwards - 1])} (created ${String(times[backwards - 1])})`,
      expected: expected("newest first: CreationTime never rises down the list"),
      exchange: whole.exchange,
    });
  }
  const walked: unknown[] = [];
  let last: Page | undefined;
  for (const pageNumber of smallPageNumbers(taskIds.length)) {
    const page = await listPage(context, taskIds, SMALL_PAGE, pageNumber);
    if (page === undefined) {
      return;
    }
    walked.push(...page.taskIds);
    last = page;
  }
  if (JSON.stringify(walked) !== JSON.stringify(whole.taskIds)) {
    const twice = walked.filter((id, index) => walked.indexOf(id) !== index);
    const skipped = whole.taskIds.filter((id) => !walked.includes(id));
    const what = [
      twice.length > 0 ? `${JSON.stringify(twice)} on two pages` : "",
      skipped.length > 0 ? `${JSON.stringify(skipped)} on none` : "",
    ].filter((part) => part !== "");
    context.fail({
      message: `pages of ${SMALL_PAGE} listed ${JSON.stringify(walked)} in turn, one page of ${WHOLE_PAGE} ${JSON.stringify(whole.taskIds)}${what.length > 0 ? `: ${what.join(", ")}` : ": the same tasks in another order"}`,
      expected: expected(
        "the pages, read in turn, list the same tasks in the same order as one page holding them all",
      ),
      ...(last === undefined ? {} : { exchange: last.exchange }),
    });
  }
}

/** DescribeTasks paging: TotalCount is the total, pages have the size asked for, and read in turn list every task once, in order. */
export function pagingChecks(): CheckDefinition[] {
  const tags = ["paging", "DescribeTasks"];
  return [
    {
      id: "paging.total-count",
      title: "DescribeTasks' TotalCount counts every matching task on every page, not the page's length",
      tags,
      phase: "request",
      specPointer: `${RESPONSE_SCHEMA}/properties/TotalCount`,
      run: totalCount,
    },
    {
      id: "paging.page-size",
      title:
        "DescribeTasks pages hold PageSize tasks (the last fewer), say their PageNumber and PageSize, and default as documented",
      tags,
      phase: "request",
      specPointer: PARAMETERS,
      run: pageSizes,
    },
    {
      id: "paging.across-pages",
      title:
        "DescribeTasks pages read in turn list every task once, newest first, as one page holding them all",
      tags,
      phase: "request",
      specPointer: RESPONSE_SCHEMA,
      run: acrossPages,
    },
  ];
}
