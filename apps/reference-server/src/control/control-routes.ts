import type { ControlFate, TaskProducingAction } from "@ecs-tasks/contract";
import type { ControlBody, ControlBodyOperationId } from "@ecs-tasks/contract/control-validation";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { ControllableClock } from "../clock.js";
import type { IdSource } from "../id-source.js";
import { controlTaskBody } from "../operations/task-body.js";
import { isKnownRegion } from "../regions/region-catalogue.js";
import { StorageUnavailableError } from "../store/storage-health.js";
import type { TaskStore } from "../store/task-store.js";
import { viewTask } from "../tasks/task-lifecycle.js";
import type { TaskFate } from "../tasks/task-record.js";
import { type ControlAccess, controlGuard } from "./control-access.js";
import { controlIndex, controlIndexResponse } from "./control-index.js";
import type { FateQueue } from "./fate-queue.js";
import { type FaultInjector, InvalidFaultError } from "./fault-injector.js";
import { LimitReachedError } from "./limit-reached-error.js";
import type { RequestLog } from "./request-log.js";
import { InvalidPlacementError, placeTask } from "./task-placement.js";

/** The reserved path prefix of the control API. */
export const CONTROL_PREFIX = "/_reference";

/** Everything the control API manipulates. */
export interface ControlDeps {
  readonly store: TaskStore;
  readonly clock: ControllableClock;
  readonly ids: IdSource;
  readonly faults: FaultInjector;
  readonly fates: FateQueue;
  readonly requests: RequestLog;
  readonly accountId: string;
  readonly timing: () => { queuedMs: number; durationMs: number };
  /** Who may use it: every route, the index and unknown paths alike, is behind this rule. */
  readonly access: ControlAccess;
  /** Bodies above this size are refused unread (413). */
  readonly maxBodyBytes: number;
}

class BadControlRequest extends Error {}

// The precompiled validators load with the first body to check: starting the server does not need them.
let controlValidation: Promise<typeof import("@ecs-tasks/contract/control-validation")> | undefined;

/**
 * Refuses a body over `maxBytes` before {@link bodyOf} reads it: unread when its length is declared, else
 * read no further than the limit.
 */
function bodySizeLimit(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json({ message: `The body is larger than ${maxBytes} bytes, the most this server reads.` }, 413),
  });
}

/** The JSON body of a control request, checked against its operation's schema in the control API's document. */
async function bodyOf<Id extends ControlBodyOperationId>(
  request: Request,
  operationId: Id,
): Promise<ControlBody<Id>> {
  const text = await request.text();
  let parsed: unknown = {};
  if (text.trim() !== "") {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new BadControlRequest("The body is not valid JSON.");
    }
  }
  controlValidation ??= import("@ecs-tasks/contract/control-validation");
  const check = (await controlValidation).checkControlBody(operationId, parsed);
  if (!check.valid) {
    throw new BadControlRequest(`${check.problems.join("; ")}.`);
  }
  return check.body;
}

// Times outside the years 1970 to 9999 cannot be written as `YYYY-MM-DDThh:mmZ`, so the clock stays inside.
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function withinClockRange(ms: number): number {
  if (!(ms >= 0 && ms <= LATEST_MS)) {
    throw new BadControlRequest("The clock must stay between 1970-01-01 and 9999-12-31 (UTC).");
  }
  return ms;
}

function clockBody(clock: ControllableClock) {
  const { nowMs, frozen } = clock.state();
  return { nowMs, now: new Date(nowMs).toISOString(), frozen, offsetMs: clock.offsetMs() };
}

/** A fate from a control body, with the action's documented failure when a failing fate names none. */
function fateOf(fate: ControlFate, action: TaskProducingAction): TaskFate {
  switch (fate.outcome) {
    case "finish":
      return { outcome: "finish" };
    case "pause":
      return { outcome: "pause", atPercent: fate.atPercent };
    case "fail":
      return {
        outcome: "fail",
        atPercent: fate.atPercent,
        errorCode: fate.errorCode ?? (action === "ModifyDiskSpec" ? "OperationDenied" : `${action}Failed`),
        errorMessage: fate.errorMessage ?? "The task failed.",
      };
  }
}

/**
 * The control API (see openapi/control-api.yaml), mounted under {@link CONTROL_PREFIX}: reset, tasks in a
 * chosen state, scripted fates, the clock, faults and the recent requests.
 */
export function controlRoutes(deps: ControlDeps): Hono {
  const app = new Hono();
  let documentYaml: string | undefined;

  app.use("*", controlGuard(deps.access));

  app.onError((error, c) => {
    // The guard's refusals (401), answered as it made them.
    if (error instanceof HTTPException) {
      return error.getResponse();
    }
    if (
      error instanceof BadControlRequest ||
      error instanceof InvalidFaultError ||
      error instanceof InvalidPlacementError
    ) {
      return c.json({ message: error.message }, 400);
    }
    if (error instanceof StorageUnavailableError) {
      return c.json(
        { message: `${error.message}. Nothing was changed; retry once the storage recovers.` },
        503,
      );
    }
    if (error instanceof LimitReachedError) {
      return c.json({ message: error.message }, 409);
    }
    return c.json({ message: "The control API failed unexpectedly." }, 500);
  });

  app.use("*", bodySizeLimit(deps.maxBodyBytes));

  app.get("/openapi.yaml", async (c) => {
    // The YAML library and the document load on first use: at start-up they would cost more than the rest of the app.
    if (documentYaml === undefined) {
      const { controlApiDocument } = await import("@ecs-tasks/contract/control-api-document");
      documentYaml = (await import("yaml")).stringify(controlApiDocument);
    }
    return c.body(documentYaml, 200, { "content-type": "application/yaml; charset=utf-8" });
  });

  // Both `/_reference` and `/_reference/`, which the banner prints: a mounted "/" would answer only the first.
  const index = controlIndex(CONTROL_PREFIX);
  app.get("/*", (c, next) =>
    c.req.path === CONTROL_PREFIX || c.req.path === `${CONTROL_PREFIX}/`
      ? controlIndexResponse(c, index)
      : next(),
  );

  app.post("/reset", async (c) => {
    // The two durable changes first, the clock's (one small row) before the tasks', so that a store that
    // cannot commit refuses the reset before anything changed; the in-memory parts follow only once both are
    // saved. (Not one transaction: a clock saved and a clear that fails still leave the tasks, and the 503
    // says to retry.)
    deps.clock.reset();
    await deps.store.clear();
    deps.faults.clear();
    deps.fates.clear();
    deps.requests.clear();
    return c.body(null, 204);
  });

  app.get("/clock", (c) => c.json(clockBody(deps.clock)));
  app.post("/clock/set", async (c) => {
    const body = await bodyOf(c.req.raw, "setClock");
    if (body.offsetMs !== undefined && body.time === undefined) {
      withinClockRange(deps.clock.now() - deps.clock.offsetMs() + body.offsetMs);
      deps.clock.setOffset(body.offsetMs);
      return c.json(clockBody(deps.clock));
    }
    const ms = typeof body.time === "string" ? Date.parse(body.time) : (body.time ?? Number.NaN);
    if (!Number.isFinite(ms)) {
      throw new BadControlRequest("time must be an ISO 8601 date-time or epoch milliseconds.");
    }
    deps.clock.set(withinClockRange(ms));
    return c.json(clockBody(deps.clock));
  });
  app.post("/clock/advance", async (c) => {
    const { ms } = await bodyOf(c.req.raw, "advanceClock");
    deps.clock.set(withinClockRange(deps.clock.now() + ms));
    return c.json(clockBody(deps.clock));
  });
  app.post("/clock/freeze", (c) => {
    deps.clock.freeze();
    return c.json(clockBody(deps.clock));
  });
  app.post("/clock/resume", (c) => {
    deps.clock.resume();
    return c.json(clockBody(deps.clock));
  });

  app.post("/tasks", async (c) => {
    const body = await bodyOf(c.req.raw, "createTask");
    if (!isKnownRegion(body.regionId)) {
      throw new BadControlRequest(`Unknown region "${body.regionId}": DescribeRegions lists the known ones.`);
    }
    const timing = deps.timing();
    const record = placeTask(
      {
        accountId: body.accountId ?? deps.accountId,
        regionId: body.regionId,
        taskAction: body.taskAction,
        status: body.status,
        progress: body.progress,
        queuedMs: body.queuedMs ?? timing.queuedMs,
        durationMs: body.durationMs ?? timing.durationMs,
        fate: body.fate === undefined ? undefined : fateOf(body.fate, body.taskAction),
        errorCode: body.errorCode,
        errorMessage: body.errorMessage,
        resourceId: body.resourceId,
        subtaskCount: body.subtaskCount,
      },
      deps.clock.now(),
      deps.ids,
    );
    await deps.store.insert(record);
    return c.json(controlTaskBody(record, viewTask(record, deps.clock.now())), 201);
  });
  app.get("/tasks/:taskId", async (c) => {
    const taskId = c.req.param("taskId");
    const regionId = c.req.query("regionId") ?? "cn-hangzhou";
    const accountId = c.req.query("accountId") ?? deps.accountId;
    const record = await deps.store.get(accountId, regionId, taskId);
    if (record === undefined) {
      return c.json({ message: `No task ${taskId} in region ${regionId} of account ${accountId}.` }, 404);
    }
    return c.json(controlTaskBody(record, viewTask(record, deps.clock.now())));
  });

  app.get("/task-fates", (c) => c.json({ fates: deps.fates.list() }));
  app.post("/task-fates", async (c) => {
    const body = await bodyOf(c.req.raw, "scriptTaskFate");
    return c.json(deps.fates.add(body.taskAction, fateOf(body.fate, body.taskAction), body.times), 201);
  });
  app.delete("/task-fates", (c) => {
    deps.fates.clear();
    return c.body(null, 204);
  });
  app.delete("/task-fates/:id", (c) => {
    const id = c.req.param("id");
    return deps.fates.remove(id)
      ? c.body(null, 204)
      : c.json({ message: `No scripted fate ${id}: it was used up or withdrawn.` }, 404);
  });

  app.get("/faults", (c) => c.json({ faults: deps.faults.list() }));
  app.post("/faults", async (c) => {
    const spec = await bodyOf(c.req.raw, "injectFault");
    return c.json(deps.faults.add(spec), 201);
  });
  app.delete("/faults", (c) => {
    deps.faults.clear();
    return c.body(null, 204);
  });
  app.delete("/faults/:id", (c) => {
    const id = c.req.param("id");
    return deps.faults.remove(id)
      ? c.body(null, 204)
      : c.json({ message: `No armed fault ${id}: it fired its last time or was disarmed.` }, 404);
  });

  app.get("/requests", (c) => {
    const raw = c.req.query("limit");
    const limit = raw === undefined ? 50 : Number(raw);
    if (!(Number.isInteger(limit) && limit >= 1 && limit <= 1000)) {
      throw new BadControlRequest("limit must be an integer from 1 to 1000.");
    }
    return c.json({ requests: deps.requests.recent(limit) });
  });

  // A mounted app's notFound is not consulted, so unknown control routes are caught here.
  app.all("*", (c) => c.json({ message: `No control route ${c.req.method} ${c.req.path}.` }, 404));

  return app;
}
