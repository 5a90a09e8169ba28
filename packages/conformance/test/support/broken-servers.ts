// Deliberately broken servers: the reference server's app.fetch behind a wrapper that changes one thing each.
// The suite must fail against every one of them, naming the check that catches the break.
import type { FetchLike } from "../../src/index.js";

/** A broken server: what it gets wrong, and the check that must catch it. */
export interface BrokenServer {
  name: string;
  breaks: string;
  caughtBy: string;
  wrap(inner: FetchLike): FetchLike;
}

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function paramsOf(request: Request): Promise<URLSearchParams> {
  const params = new URLSearchParams(new URL(request.url).search);
  if (request.method === "POST" && (request.headers.get("content-type") ?? "").includes("form-urlencoded")) {
    for (const [name, value] of new URLSearchParams(await request.clone().text())) {
      params.set(name, value);
    }
  }
  return params;
}

function actionOf(request: Request, params: URLSearchParams): string | null {
  return params.get("Action") ?? request.headers.get("x-acs-action");
}

/** Rewrites JSON answers (status and body) for the requests `applies` picks; everything else passes through. */
function rewriteJson(
  applies: (action: string | null, params: URLSearchParams) => boolean,
  rewrite: (body: Json, status: number) => { body: Json; status?: number } | undefined,
): (inner: FetchLike) => FetchLike {
  return (inner) => async (request) => {
    if (new URL(request.url).pathname !== "/") {
      return inner(request);
    }
    const params = await paramsOf(request);
    const response = await inner(request);
    if (
      !applies(actionOf(request, params), params) ||
      !(response.headers.get("content-type") ?? "").includes("json")
    ) {
      return response;
    }
    const body: unknown = await response.json();
    const changed = isJson(body) ? rewrite(body, response.status) : undefined;
    const headers = new Headers(response.headers);
    return new Response(JSON.stringify(changed?.body ?? body), {
      status: changed?.status ?? response.status,
      headers,
    });
  };
}

/** Changes the request before the reference server sees it. */
function rewriteRequest(change: (request: Request, params: URLSearchParams) => Promise<Request | undefined>) {
  return (inner: FetchLike): FetchLike =>
    async (request) => {
      if (new URL(request.url).pathname !== "/") {
        return inner(request);
      }
      const changed = await change(request.clone(), await paramsOf(request));
      return inner(changed ?? request);
    };
}

function withQuery(request: Request, params: URLSearchParams): Request {
  const url = new URL(request.url);
  url.search = params.toString();
  return new Request(url, { method: "GET", headers: request.headers });
}

const isDescribeTask = (action: string | null) => action === "DescribeTaskAttribute";
const LEGAL_VALUE = /^[A-Za-z0-9._:,$-]*$/;

/** The broken servers of the proof of power. */
export const brokenServers: BrokenServer[] = [
  {
    name: "reworded-message",
    breaks: "words the missing-RegionId message its own way",
    caughtBy: "errors.DescribeTaskAttribute.MissingParameter.RegionId",
    wrap: rewriteJson(
      (action, params) => isDescribeTask(action) && !params.has("RegionId"),
      (body) => ({ body: { ...body, Message: "RegionId is required." } }),
    ),
  },
  {
    name: "wrong-status",
    breaks: "answers an unknown task with 404 instead of 400",
    caughtBy: "errors.DescribeTaskAttribute.InvalidTaskId.NotFound",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (body.Code === "InvalidTaskId.NotFound" ? { body, status: 404 } : undefined),
    ),
  },
  {
    name: "missing-field",
    breaks: "leaves FinishedTime out of DescribeTaskAttribute",
    caughtBy: "schema.DescribeTaskAttribute",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      ({ FinishedTime: _dropped, ...body }, status) => (status === 200 ? { body } : undefined),
    ),
  },
  {
    name: "wrong-type",
    breaks: "sends TotalCount as a string",
    caughtBy: "schema.DescribeTaskAttribute",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body, status) =>
        status === 200 ? { body: { ...body, TotalCount: String(body.TotalCount) } } : undefined,
    ),
  },
  {
    name: "wrong-enum",
    breaks: 'reports a cancelled task as "Cancelled", which is no TaskStatus',
    caughtBy: "lifecycle.cancel",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (body.TaskStatus === "Deleted" ? { body: { ...body, TaskStatus: "Cancelled" } } : undefined),
    ),
  },
  {
    name: "time-with-seconds",
    breaks: "writes CreationTime with seconds",
    caughtBy: "schema.DescribeTaskAttribute",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) =>
        typeof body.CreationTime === "string"
          ? { body: { ...body, CreationTime: body.CreationTime.replace(/Z$/, ":00Z") } }
          : undefined,
    ),
  },
  {
    name: "missing-request-id",
    breaks: "leaves RequestId out of error answers",
    caughtBy: "response.request-id",
    wrap: rewriteJson(
      () => true,
      ({ RequestId: _dropped, ...body }, status) => (status >= 400 ? { body } : undefined),
    ),
  },
  {
    name: "repeated-request-id",
    breaks: "gives every answer the same RequestId",
    caughtBy: "response.request-id-unique",
    wrap: rewriteJson(
      () => true,
      (body) => ({ body: { ...body, RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E" } }),
    ),
  },
  {
    name: "500-on-bad-input",
    breaks: "answers 500 InternalError to any parameter value with an unusual character",
    caughtBy: "robustness.malformed-requests",
    wrap: (inner) => async (request) => {
      const params = await paramsOf(request);
      if (
        new URL(request.url).pathname === "/" &&
        [...params.values()].some((value) => !LEGAL_VALUE.test(value))
      ) {
        return new Response(
          JSON.stringify({
            RequestId: crypto.randomUUID().toUpperCase(),
            HostId: "ecs.aliyuncs.com",
            Code: "InternalError",
            Message: "The request processing has failed due to some unknown error, exception or failure.",
            Recommend: "https://api.aliyun.com/troubleshoot?q=InternalError",
          }),
          { status: 500, headers: { "content-type": "application/json" } },
        );
      }
      return inner(request);
    },
  },
  {
    name: "wrong-content-type",
    breaks: "labels JSON answers text/plain",
    caughtBy: "response.content-type",
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (!(response.headers.get("content-type") ?? "").includes("json")) {
        return response;
      }
      const headers = new Headers(response.headers);
      headers.set("content-type", "text/plain;charset=utf-8");
      return new Response(await response.text(), { status: response.status, headers });
    },
  },
  {
    name: "ignored-required-parameter",
    breaks: "lists cn-hangzhou's tasks when DescribeTasks has no RegionId",
    caughtBy: "errors.DescribeTasks.MissingParameter.RegionId",
    wrap: rewriteRequest(async (request, params) => {
      if (
        actionOf(request, params) !== "DescribeTasks" ||
        params.has("RegionId") ||
        request.method !== "GET"
      ) {
        return undefined;
      }
      params.set("RegionId", "cn-hangzhou");
      return withQuery(request, params);
    }),
  },
  {
    name: "task-never-progresses",
    breaks: "reports every task as Processing at 0% forever",
    caughtBy: "lifecycle.ExportImage.to-completion",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body, status) =>
        status === 200
          ? {
              body: {
                ...body,
                TaskStatus: "Processing",
                TaskProcess: "0%",
                SuccessCount: 0,
                FailedCount: 0,
                FinishedTime: "",
              },
            }
          : undefined,
    ),
  },
  {
    name: "progress-goes-back",
    breaks: "reports the remaining percentage instead of the progress while a task runs",
    caughtBy: "lifecycle.ExportImage.to-completion",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body, status) => {
        const percent =
          typeof body.TaskProcess === "string" ? Number.parseInt(body.TaskProcess, 10) : Number.NaN;
        return status === 200 && body.TaskStatus === "Processing" && Number.isFinite(percent)
          ? { body: { ...body, TaskProcess: `${100 - percent}%` } }
          : undefined;
      },
    ),
  },
  {
    name: "cancel-reported-failed",
    breaks: 'reports a cancelled task as "Failed" instead of "Deleted"',
    caughtBy: "lifecycle.cancel",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) =>
        body.TaskStatus === "Deleted"
          ? { body: { ...body, TaskStatus: "Failed", FailedCount: 1 } }
          : undefined,
    ),
  },
  {
    name: "task-action-filter-ignored",
    breaks: "ignores DescribeTasks' TaskAction filter",
    caughtBy: "lifecycle.describe-tasks-filters",
    wrap: rewriteRequest(async (request, params) => {
      if (
        actionOf(request, params) !== "DescribeTasks" ||
        !params.has("TaskAction") ||
        request.method !== "GET"
      ) {
        return undefined;
      }
      params.delete("TaskAction");
      return withQuery(request, params);
    }),
  },
  {
    name: "html-for-not-found",
    breaks: "answers every 404 (an unknown action among them) with an HTML error page",
    caughtBy: "errors.DescribeTaskAttribute.InvalidAction.NotFound",
    wrap: (inner) => async (request) => {
      const response = await inner(request);
      if (response.status !== 404 || new URL(request.url).pathname !== "/") {
        return response;
      }
      return new Response("<html><body><h1>404 Not Found</h1></body></html>", {
        status: 404,
        headers: { "content-type": "text/html" },
      });
    },
  },
  {
    name: "form-body-ignored",
    breaks: "reads parameters from the query string only, never from a form body",
    caughtBy: "operations.DescribeTaskAttribute.post-form",
    wrap: (inner) => async (request) => {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/") {
        return inner(request);
      }
      const headers = new Headers(request.headers);
      headers.delete("content-type");
      return inner(new Request(request.url, { method: "POST", headers }));
    },
  },
  {
    name: "xml-ignored",
    breaks: "answers JSON even when Format=XML is asked for",
    caughtBy: "format.xml-when-asked",
    wrap: rewriteRequest(async (request, params) => {
      if (params.get("Format")?.toUpperCase() !== "XML" || request.method !== "GET") {
        return undefined;
      }
      params.set("Format", "JSON");
      return withQuery(request, params);
    }),
  },
  {
    name: "failure-without-error-code",
    breaks: "leaves ErrorCode empty on the subtasks of a failed task",
    caughtBy: "lifecycle.ExportImage.failure",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => {
        const set = body.OperationProgressSet;
        if (body.TaskStatus !== "Failed" || !isJson(set) || !Array.isArray(set.OperationProgress)) {
          return undefined;
        }
        const blanked = set.OperationProgress.map((item: unknown) =>
          isJson(item) ? { ...item, ErrorCode: "" } : item,
        );
        return { body: { ...body, OperationProgressSet: { OperationProgress: blanked } } };
      },
    ),
  },
  {
    name: "support-cancel-yes",
    breaks: 'writes SupportCancel as "yes"',
    caughtBy: "schema.DescribeTaskAttribute",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body, status) => (status === 200 ? { body: { ...body, SupportCancel: "yes" } } : undefined),
    ),
  },
];
