// Deliberately broken servers: the reference server's app.fetch behind a wrapper that changes one thing each.
// The suite must fail against every one of them, and exactly the checks named must fail: most break one thing
// that one check alone catches, so that weakening that check turns a test red.
import type { FetchLike } from "../../src/index.js";
import { isJsonObject } from "../../src/spec/json-value.js";
import { readOperations } from "../../src/spec/operation-model.js";

/** A broken server: what it gets wrong, and the checks that must catch it (and no other). */
export interface BrokenServer {
  name: string;
  breaks: string;
  /** The check that catches it. */
  caughtBy: string;
  /** Other checks a broad break also trips; absent when `caughtBy` alone catches it. */
  alsoCaughtBy?: string[];
  /**
   * What kind of check it proves can fail, where the check's id does not say it: an error's `status`,
   * `code`, `message-exact`, `message-prefix`; a schema's `success` or `error` body...
   */
  aspects?: string[];
  /** `verify`: the reference server verifies signatures; the run signs and checks the signature errors. */
  target?: "verify";
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
  applies: (action: string | null, params: URLSearchParams, request: Request) => boolean,
  rewrite: (body: Json, status: number) => { body: Json; status?: number } | undefined,
): (inner: FetchLike) => FetchLike {
  return (inner) => async (request) => {
    if (new URL(request.url).pathname !== "/") {
      return inner(request);
    }
    const params = await paramsOf(request);
    const response = await inner(request);
    if (
      !applies(actionOf(request, params), params, request) ||
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

/** Whether a DescribeTaskAttribute body is a cancelled task's: Failed, a subtask cut short by `TaskCancelled`. */
function isCancelledTask(body: Record<string, unknown>): boolean {
  const set = body.OperationProgressSet;
  const operations = isJsonObject(set) ? set.OperationProgress : undefined;
  return (
    body.TaskStatus === "Failed" &&
    Array.isArray(operations) &&
    operations.some((item) => isJsonObject(item) && item.ErrorCode === "TaskCancelled")
  );
}

/** Rewrites text answers of a content type (XML) for the requests `applies` picks. */
function rewriteText(
  applies: (action: string | null, params: URLSearchParams, request: Request) => boolean,
  rewrite: (body: string, headers: Headers) => string | undefined,
): (inner: FetchLike) => FetchLike {
  return (inner) => async (request) => {
    if (new URL(request.url).pathname !== "/") {
      return inner(request);
    }
    const params = await paramsOf(request);
    const response = await inner(request);
    if (!applies(actionOf(request, params), params, request)) {
      return response;
    }
    const headers = new Headers(response.headers);
    const body = await response.text();
    return new Response(rewrite(body, headers) ?? body, { status: response.status, headers });
  };
}

const operations = readOperations();

/** A documented error of an action as the spec's example has it (a fresh RequestId), with its status. */
function documentedAnswer(
  action: string,
  name: string,
  change: (body: Json) => Json = (body) => body,
): Response {
  const error = operations.find((o) => o.action === action)?.errors.find((e) => e.name === name);
  if (error === undefined) {
    throw new Error(`the spec documents no ${name} for ${action}`);
  }
  const body = {
    HostId: "ecs.aliyuncs.com",
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${error.code}&product=Ecs`,
  };
  return Response.json(change({ ...body, RequestId: crypto.randomUUID().toUpperCase() }), {
    status: error.status,
  });
}

function versionOf(request: Request, params: URLSearchParams): string | null {
  return params.get("Version") ?? request.headers.get("x-acs-version");
}

async function taskStatus(inner: FetchLike, params: URLSearchParams): Promise<unknown> {
  const query = new URLSearchParams({
    RegionId: params.get("RegionId") ?? "",
    TaskId: params.get("TaskId") ?? "",
  });
  const answer = await inner(
    new Request(`http://broken.test/?${query}`, {
      headers: { "x-acs-action": "DescribeTaskAttribute", "x-acs-version": "2014-05-26" },
    }),
  );
  const body: unknown = await answer.json();
  return isJson(body) ? body.TaskStatus : undefined;
}
const LEGAL_VALUE = /^[A-Za-z0-9._:,$-]*$/;

/** A server that drops the form body of the POST requests `applies` picks, as if it never read one. */
function ignoreFormBody(applies: (request: Request) => Promise<boolean>) {
  return (inner: (request: Request) => Promise<Response>) => async (request: Request) => {
    if (request.method !== "POST" || !(await applies(request))) {
      return inner(request);
    }
    const headers = new Headers(request.headers);
    headers.delete("content-type");
    return inner(new Request(request.url, { method: "POST", headers }));
  };
}

/** A server that leaves `ErrorCode` empty on the subtasks of a failed task (of `taskAction` only, when given). */
function blankFailedSubtaskErrorCodes(taskAction?: string) {
  return rewriteJson(
    (action) => isDescribeTask(action),
    (body) => {
      const set = body.OperationProgressSet;
      if (
        (taskAction !== undefined && body.TaskAction !== taskAction) ||
        body.TaskStatus !== "Failed" ||
        !isJson(set) ||
        !Array.isArray(set.OperationProgress)
      ) {
        return undefined;
      }
      const blanked = set.OperationProgress.map((item: unknown) =>
        isJson(item) ? { ...item, ErrorCode: "" } : item,
      );
      return { body: { ...body, OperationProgressSet: { OperationProgress: blanked } } };
    },
  );
}

/** The broken servers of the proof of power. */
export const brokenServers: BrokenServer[] = [
  {
    name: "reworded-message",
    breaks: "words the missing-RegionId message its own way",
    caughtBy: "errors.DescribeTaskAttribute.MissingParameter.RegionId",
    aspects: ["errors:message-exact"],
    wrap: rewriteJson(
      (action, params) => isDescribeTask(action) && !params.has("RegionId"),
      (body) => ({ body: { ...body, Message: "RegionId is required." } }),
    ),
  },
  {
    name: "wrong-status",
    breaks: "answers an unknown task with 404 instead of 400",
    caughtBy: "errors.DescribeTaskAttribute.InvalidTaskId.NotFound",
    alsoCaughtBy: ["robustness.malformed-requests"],
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (body.Code === "InvalidTaskId.NotFound" ? { body, status: 404 } : undefined),
    ),
  },
  {
    name: "missing-field",
    breaks: "leaves FinishedTime out of DescribeTaskAttribute",
    caughtBy: "schema.DescribeTaskAttribute",
    alsoCaughtBy: [
      "lifecycle.ExportImage.to-completion",
      "lifecycle.ExportImage.failure",
      "lifecycle.ImportImage.to-completion",
      "lifecycle.ImportImage.failure",
      "lifecycle.ModifyDiskSpec.to-completion",
      "lifecycle.ModifyDiskSpec.failure",
      "lifecycle.cancel",
      // Its first look at the new task (Processing at 0 %) sees the break too.
      "lifecycle.describe-tasks-filters",
    ],
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      ({ FinishedTime: _dropped, ...body }, status) => (status === 200 ? { body } : undefined),
    ),
  },
  {
    name: "wrong-type",
    breaks: "sends TotalCount as a string",
    caughtBy: "schema.DescribeTaskAttribute",
    alsoCaughtBy: [
      "lifecycle.ExportImage.to-completion",
      "lifecycle.ExportImage.failure",
      "lifecycle.ImportImage.to-completion",
      "lifecycle.ImportImage.failure",
      "lifecycle.ModifyDiskSpec.to-completion",
      "lifecycle.ModifyDiskSpec.failure",
      "lifecycle.cancel",
      // Its first look at the new task (Processing at 0 %) sees the break too.
      "lifecycle.describe-tasks-filters",
    ],
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
    alsoCaughtBy: ["schema.DescribeTaskAttribute"],
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (isCancelledTask(body) ? { body: { ...body, TaskStatus: "Cancelled" } } : undefined),
    ),
  },
  {
    name: "time-with-seconds",
    breaks: "writes CreationTime with seconds",
    caughtBy: "schema.DescribeTaskAttribute",
    alsoCaughtBy: ["lifecycle.describe-tasks-filters"],
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
    alsoCaughtBy: [
      "robustness.malformed-requests",
      "schema.DescribeTaskAttribute",
      "schema.DescribeTasks",
      "schema.CancelTask",
      "schema.ExportImage",
      "schema.ImportImage",
      "schema.ModifyDiskSpec",
      "schema.DescribeRegions",
    ],
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
    alsoCaughtBy: [
      "errors.ExportImage.InvalidOSSPrefix.Malformed",
      // ImportImage's triggers whose values carry a space, a slash or a non-ASCII character (decision 0037).
      "errors.ImportImage.InvalidClientToken.Malformed",
      "errors.ImportImage.InvalidOSSObject.Malformed",
      "errors.ImportImage.InvalidParameter.Malformed",
      "errors.ImportImage.InvalidPlatform.Malformed",
    ],
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
    alsoCaughtBy: ["robustness.malformed-requests"],
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
    aspects: ["errors:status"],
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
    alsoCaughtBy: [
      "lifecycle.ExportImage.failure",
      "lifecycle.ImportImage.to-completion",
      "lifecycle.ImportImage.failure",
      "lifecycle.ModifyDiskSpec.to-completion",
      "lifecycle.ModifyDiskSpec.failure",
      "lifecycle.cancel",
    ],
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
    alsoCaughtBy: [
      "lifecycle.ExportImage.failure",
      "lifecycle.ImportImage.to-completion",
      "lifecycle.ImportImage.failure",
      "lifecycle.ModifyDiskSpec.to-completion",
      "lifecycle.ModifyDiskSpec.failure",
      // A queued task is Processing at 0 % (reported 100 %); cancelled, it reports where it stopped.
      "lifecycle.cancel",
    ],
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
    name: "cancel-reported-deleted",
    breaks: 'reports a cancelled task as "Deleted" (2015-era docs) instead of "Failed"',
    caughtBy: "lifecycle.cancel",
    alsoCaughtBy: ["schema.DescribeTaskAttribute"],
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (isCancelledTask(body) ? { body: { ...body, TaskStatus: "Deleted" } } : undefined),
    ),
  },
  {
    name: "cancelled-still-cancellable",
    breaks: "still offers SupportCancel true on a task it has cancelled",
    caughtBy: "lifecycle.cancel",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) => (isCancelledTask(body) ? { body: { ...body, SupportCancel: true } } : undefined),
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
    alsoCaughtBy: [
      "errors.DescribeTasks.InvalidAction.NotFound",
      "errors.CancelTask.InvalidAction.NotFound",
      "errors.ExportImage.InvalidAction.NotFound",
      "errors.ExportImage.InvalidImageId.NotFound",
      "errors.ImportImage.InvalidAction.NotFound",
      "errors.ImportImage.InvalidResourceGroup.NotFound",
      "errors.ModifyDiskSpec.InvalidAction.NotFound",
      // Account-state 404s, provoked by fault injection (decision 0039).
      "errors.ModifyDiskSpec.InvalidDiskId.NotFound",
      "errors.ModifyDiskSpec.InvalidInstanceId.NotFound",
      "errors.DescribeRegions.InvalidAcceptLanguage.NotFound",
      "errors.DescribeRegions.InvalidResourceType.NotFound",
      "errors.DescribeRegions.InvalidAction.NotFound",
      "robustness.malformed-requests",
      "response.content-type",
      "response.request-id",
    ],
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
    alsoCaughtBy: [
      "operations.DescribeTasks.post-form",
      "operations.CancelTask.post-form",
      "operations.ExportImage.post-form",
      "operations.ImportImage.post-form",
      "operations.ModifyDiskSpec.post-form",
      "errors.DescribeTaskAttribute.RequestBodyTooLarge",
      "errors.DescribeTasks.RequestBodyTooLarge",
      "errors.CancelTask.RequestBodyTooLarge",
      "errors.ExportImage.RequestBodyTooLarge",
      "errors.ImportImage.RequestBodyTooLarge",
      "errors.ModifyDiskSpec.RequestBodyTooLarge",
      "errors.DescribeRegions.RequestBodyTooLarge",
    ],
    wrap: ignoreFormBody(async (request) => new URL(request.url).pathname === "/"),
  },
  {
    name: "xml-ignored",
    breaks: "answers JSON even when Format=XML is asked for",
    caughtBy: "format.xml-when-asked",
    alsoCaughtBy: ["format.xml-error", "response.content-type"],
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
    // A cancelled task is Failed too, its subtask with TaskCancelled.
    alsoCaughtBy: ["lifecycle.ImportImage.failure", "lifecycle.ModifyDiskSpec.failure", "lifecycle.cancel"],
    wrap: blankFailedSubtaskErrorCodes(),
  },
  {
    name: "support-cancel-yes",
    breaks: 'writes SupportCancel as "yes"',
    caughtBy: "schema.DescribeTaskAttribute",
    alsoCaughtBy: ["lifecycle.cancel"],
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body, status) => (status === 200 ? { body: { ...body, SupportCancel: "yes" } } : undefined),
    ),
  },
  // Breaks that one check alone catches, one for each kind of check.
  {
    name: "v3-refused",
    breaks: "throttles every V3 DescribeRegions of API version 2014-05-26 that names nothing but its action",
    caughtBy: "operations.DescribeRegions.v3",
    wrap: (inner) => {
      // A fault the suite injects through the control API must still come from the server.
      let faultArmed = false;
      return async (request) => {
        const url = new URL(request.url);
        if (url.pathname === "/_reference/faults" && request.method === "POST") {
          faultArmed = (await request.clone().text()).includes("DescribeRegions");
          return inner(request);
        }
        const refused =
          url.pathname === "/" &&
          request.method === "GET" &&
          url.search === "" &&
          request.headers.get("x-acs-action") === "DescribeRegions" &&
          request.headers.get("x-acs-version") === "2014-05-26";
        if (refused && faultArmed) {
          faultArmed = false;
          return inner(request);
        }
        return refused ? documentedAnswer("DescribeRegions", "Throttling") : inner(request);
      };
    },
  },
  {
    name: "v1-refused",
    breaks: "throttles DescribeRegions named by the Action parameter",
    caughtBy: "operations.DescribeRegions.v1",
    wrap: (inner) => async (request) =>
      new URL(request.url).searchParams.get("Action") === "DescribeRegions" &&
      new URL(request.url).searchParams.get("Format") === "JSON"
        ? documentedAnswer("DescribeRegions", "Throttling")
        : inner(request),
  },
  {
    name: "post-query-ignored",
    breaks: "ignores the query string of a DescribeTaskAttribute POST",
    caughtBy: "operations.DescribeTaskAttribute.post-query",
    wrap: (inner) => async (request) => {
      const url = new URL(request.url);
      if (
        url.pathname !== "/" ||
        request.method !== "POST" ||
        request.headers.get("x-acs-action") !== "DescribeTaskAttribute" ||
        (request.headers.get("content-type") ?? "").includes("form-urlencoded")
      ) {
        return inner(request);
      }
      return inner(new Request(`${url.origin}/`, { method: "POST", headers: request.headers }));
    },
  },
  {
    name: "describe-tasks-form-ignored",
    breaks: "reads DescribeTasks' parameters from the query string only, never from a small form body",
    caughtBy: "operations.DescribeTasks.post-form",
    wrap: ignoreFormBody(
      async (request) =>
        request.headers.get("x-acs-action") === "DescribeTasks" &&
        (await request.clone().text()).length <= 1000,
    ),
  },
  {
    name: "finished-task-refusal-status",
    breaks: "refuses to cancel a Finished task with status 400 instead of 403",
    caughtBy: "errors.CancelTask.InvalidTaskId.IncorrectTaskStatus",
    aspects: ["errors:status", "errors:precondition"],
    wrap: (inner) => async (request) => {
      const params = await paramsOf(request);
      if (actionOf(request, params) !== "CancelTask" || (await taskStatus(inner, params)) !== "Finished") {
        return inner(request);
      }
      const response = await inner(request);
      return new Response(await response.text(), {
        status: response.status === 403 ? 400 : response.status,
        headers: response.headers,
      });
    },
  },
  {
    name: "code-renamed",
    breaks: "names DescribeTasks' missing RegionId MissingRegionId",
    caughtBy: "errors.DescribeTasks.MissingParameter.RegionId",
    aspects: ["errors:code"],
    wrap: rewriteJson(
      (action, params) => action === "DescribeTasks" && !params.has("RegionId"),
      (body) =>
        body.Code === "MissingParameter" ? { body: { ...body, Code: "MissingRegionId" } } : undefined,
    ),
  },
  {
    name: "message-appended",
    breaks: "appends the parameter's name to the documented missing-RegionId message",
    caughtBy: "errors.DescribeTaskAttribute.MissingParameter.RegionId",
    aspects: ["errors:message-exact"],
    wrap: rewriteJson(
      (action, params) => isDescribeTask(action) && !params.has("RegionId"),
      (body) =>
        body.Code === "MissingParameter"
          ? { body: { ...body, Message: `${String(body.Message)} (RegionId)` } }
          : undefined,
    ),
  },
  {
    name: "injected-throttling-reworded",
    breaks: "words the Throttling of DescribeRegions its own way",
    caughtBy: "errors.DescribeRegions.Throttling",
    aspects: ["errors:control-api"],
    wrap: rewriteJson(
      (action) => action === "DescribeRegions",
      (body) => (body.Code === "Throttling" ? { body: { ...body, Message: "Slow down." } } : undefined),
    ),
  },
  {
    name: "signature-message-reworded",
    breaks: "words DescribeRegions' SignatureDoesNotMatch so that it no longer starts as documented",
    caughtBy: "errors.DescribeRegions.SignatureDoesNotMatch",
    aspects: ["errors:message-prefix", "errors:signature"],
    target: "verify",
    wrap: rewriteJson(
      (action) => action === "DescribeRegions",
      (body) =>
        body.Code === "SignatureDoesNotMatch"
          ? {
              body: {
                ...body,
                Message: "Signature mismatch. Specified signature is not matched with our calculation.",
              },
            }
          : undefined,
    ),
  },
  {
    name: "replayed-nonce-misreported",
    breaks: "reports a replayed nonce of DescribeTaskAttribute as a signature that does not match",
    caughtBy: "errors.DescribeTaskAttribute.SignatureNonceUsed",
    aspects: ["errors:signature"],
    target: "verify",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) =>
        body.Code === "SignatureNonceUsed"
          ? {
              body: {
                ...body,
                Code: "SignatureDoesNotMatch",
                Message: "Specified signature is not matched with our calculation.",
              },
            }
          : undefined,
    ),
  },
  {
    name: "xml-root-misnamed",
    breaks: "names the XML root of DescribeTaskAttribute after the action, without Response",
    caughtBy: "format.xml-when-asked",
    wrap: rewriteText(
      (action, params) => isDescribeTask(action) && params.get("Format")?.toUpperCase() === "XML",
      (body) => body.replaceAll("DescribeTaskAttributeResponse>", "DescribeTaskAttribute>"),
    ),
  },
  {
    name: "v1-default-json-labelled-xml",
    breaks: "answers a V1 request without Format in JSON, labelled text/xml",
    caughtBy: "format.v1-default-xml",
    wrap: (inner) => async (request) => {
      const params = await paramsOf(request);
      if (!params.has("Action") || params.has("Format")) {
        return inner(request);
      }
      const url = new URL(request.url);
      url.searchParams.set("Format", "JSON");
      const response = await inner(new Request(url, { method: request.method, headers: request.headers }));
      const headers = new Headers(response.headers);
      headers.set("content-type", "text/xml;charset=utf-8");
      return new Response(await response.text(), { status: response.status, headers });
    },
  },
  {
    name: "xml-error-code-lost",
    breaks: "writes <Code>Error</Code> in every XML error",
    caughtBy: "format.xml-error",
    wrap: rewriteText(
      (_action, params) => params.get("Format")?.toUpperCase() === "XML",
      (body) => body.replace(/<Code>[^<]*<\/Code>/, "<Code>Error</Code>"),
    ),
  },
  {
    name: "lower-case-json-refused",
    breaks: "throttles DescribeRegions when Format is json in lower case",
    caughtBy: "format.json-any-case",
    wrap: (inner) => async (request) =>
      new URL(request.url).searchParams.get("Format") === "json" &&
      request.headers.get("x-acs-action") === "DescribeRegions"
        ? documentedAnswer("DescribeRegions", "Throttling")
        : inner(request),
  },
  {
    name: "import-finished-at-99",
    breaks: "reports a finished ImportImage task at TaskProcess 99%",
    caughtBy: "lifecycle.ImportImage.to-completion",
    wrap: rewriteJson(
      (action) => isDescribeTask(action),
      (body) =>
        body.TaskAction === "ImportImage" && body.TaskStatus === "Finished"
          ? { body: { ...body, TaskProcess: "99%" } }
          : undefined,
    ),
  },
  {
    name: "disk-failure-without-error-code",
    breaks: "leaves ErrorCode empty on the subtasks of a failed ModifyDiskSpec task",
    caughtBy: "lifecycle.ModifyDiskSpec.failure",
    wrap: blankFailedSubtaskErrorCodes("ModifyDiskSpec"),
  },
  {
    name: "total-count-is-page-length",
    breaks: "answers DescribeTasks' TotalCount with the length of the page",
    caughtBy: "paging.total-count",
    wrap: rewriteJson(
      (action) => action === "DescribeTasks",
      (body, status) => {
        const set = body.TaskSet;
        return status === 200 && isJson(set) && Array.isArray(set.Task)
          ? { body: { ...body, TotalCount: set.Task.length } }
          : undefined;
      },
    ),
  },
  {
    name: "small-page-size-ignored",
    breaks: "serves a DescribeTasks PageSize below 10 as 10",
    caughtBy: "paging.page-size",
    wrap: rewriteRequest(async (request, params) => {
      const size = Number(params.get("PageSize"));
      if (
        actionOf(request, params) !== "DescribeTasks" ||
        !(size >= 1 && size < 10) ||
        request.method !== "GET"
      ) {
        return undefined;
      }
      params.set("PageSize", "10");
      return withQuery(request, params);
    }),
  },
  {
    name: "pages-reversed",
    breaks: "lists each DescribeTasks page oldest first",
    caughtBy: "paging.across-pages",
    wrap: rewriteJson(
      (action) => action === "DescribeTasks",
      (body, status) => {
        const set = body.TaskSet;
        return status === 200 && isJson(set) && Array.isArray(set.Task)
          ? { body: { ...body, TaskSet: { Task: [...set.Task].reverse() } } }
          : undefined;
      },
    ),
  },
  {
    name: "500-on-unknown-parameter-name",
    breaks: "answers 500 InternalError to a parameter name that is not a plain word",
    caughtBy: "robustness.malformed-requests",
    wrap: (inner) => async (request) => {
      const params = await paramsOf(request);
      return new URL(request.url).pathname === "/" &&
        [...params.keys()].some((name) => !/^[A-Za-z0-9.]+$/.test(name))
        ? documentedAnswer("DescribeRegions", "InternalError")
        : inner(request);
    },
  },
  {
    name: "task-as-text-plain",
    breaks: "labels DescribeTaskAttribute's successful JSON answers text/plain",
    caughtBy: "response.content-type",
    wrap: (inner) => async (request) => {
      const params = await paramsOf(request);
      const response = await inner(request);
      if (
        response.status !== 200 ||
        !isDescribeTask(actionOf(request, params)) ||
        !(response.headers.get("content-type") ?? "").includes("json")
      ) {
        return response;
      }
      const headers = new Headers(response.headers);
      headers.set("content-type", "text/plain;charset=utf-8");
      return new Response(await response.text(), { status: 200, headers });
    },
  },
  {
    name: "xml-without-request-id",
    breaks: "leaves RequestId out of XML answers",
    caughtBy: "response.request-id",
    wrap: rewriteText(
      (_action, params) =>
        params.get("Format")?.toUpperCase() === "XML" || (params.has("Action") && !params.has("Format")),
      (body) => body.replace(/<RequestId>[^<]*<\/RequestId>/, ""),
    ),
  },
  {
    name: "region-without-endpoint",
    breaks:
      "leaves RegionEndpoint out of the regions of DescribeRegions asked for by its Action parameter (V1)",
    caughtBy: "schema.DescribeRegions",
    aspects: ["schema:success"],
    wrap: rewriteJson(
      (action, params) => action === "DescribeRegions" && params.has("Action"),
      (body, status) => {
        const regions = body.Regions;
        if (status !== 200 || !isJson(regions) || !Array.isArray(regions.Region)) {
          return undefined;
        }
        const stripped = regions.Region.map((region: unknown) => {
          if (!isJson(region)) {
            return region;
          }
          const { RegionEndpoint: _dropped, ...rest } = region;
          return rest;
        });
        return { body: { ...body, Regions: { Region: stripped } } };
      },
    ),
  },
  {
    // Not Recommend: the documentation lists RequestId, HostId, Code and Message only (decision 0039).
    name: "error-without-host-id",
    breaks: "leaves HostId out of DescribeRegions' InvalidVersion error",
    caughtBy: "schema.DescribeRegions",
    aspects: ["schema:error"],
    wrap: rewriteJson(
      (action, params, request) =>
        action === "DescribeRegions" && versionOf(request, params) === "2099-01-01",
      ({ HostId: _dropped, ...body }) => ({ body }),
    ),
  },
  {
    name: "long-query-as-missing-action",
    breaks:
      "answers a query string over its limit as if no action were sent (MissingParameter), as Node's parser error once did",
    caughtBy: "errors.DescribeTaskAttribute.RequestHeadersTooLarge",
    alsoCaughtBy: [
      "errors.DescribeTasks.RequestHeadersTooLarge",
      "errors.CancelTask.RequestHeadersTooLarge",
      "errors.ExportImage.RequestHeadersTooLarge",
      "errors.ImportImage.RequestHeadersTooLarge",
      "errors.ModifyDiskSpec.RequestHeadersTooLarge",
      "errors.DescribeRegions.RequestHeadersTooLarge",
    ],
    wrap: (inner) => async (request) =>
      // 256 KiB: the reference server's limit of request line and headers.
      request.url.length > 256 * 1024
        ? documentedAnswer("DescribeRegions", "MissingParameter.Action")
        : inner(request),
  },
];
