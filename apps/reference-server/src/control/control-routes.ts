import { controlApiDocument } from "@ecs-tasks/contract";
import { Hono } from "hono";
import type { ControllableClock } from "../clock.js";
import type { IdSource } from "../id-source.js";
import { taskAttributeBody } from "../operations/task-body.js";
import { isKnownRegion } from "../regions/region-catalogue.js";
import type { TaskStore } from "../store/task-store.js";
import { viewTask } from "../tasks/task-lifecycle.js";
import type { TaskCreatingAction, TaskFate, TaskStatus } from "../tasks/task-record.js";
import { controlIndex, controlIndexResponse } from "./control-index.js";
import type { FateQueue } from "./fate-queue.js";
import { type FaultInjector, type FaultSpec, InvalidFaultError } from "./fault-injector.js";
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
}

class BadControlRequest extends Error {}

type Body = Record<string, unknown>;

const ACTIONS = new Set<string>(["ImportImage", "ExportImage", "ModifyDiskSpec"]);
const STATUSES = new Set<string>(["Waiting", "Processing", "Finished", "Failed", "Paused", "Deleted"]);

async function jsonBody(request: Request): Promise<Body> {
  const text = await request.text();
  if (text.trim() === "") {
    return {};
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadControlRequest("The body is not valid JSON.");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new BadControlRequest("The body must be a JSON object.");
  }
  return parsed as Body;
}

function field<T>(body: Body, name: string, check: (v: unknown) => v is T, expected: string): T | undefined {
  const value = body[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!check(value)) {
    throw new BadControlRequest(`${name} must be ${expected}.`);
  }
  return value;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const _isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isAction = (v: unknown): v is TaskCreatingAction => typeof v === "string" && ACTIONS.has(v);
const isStatus = (v: unknown): v is TaskStatus => typeof v === "string" && STATUSES.has(v);
const isPercent = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100;

// Times outside the years 1970 to 9999 cannot be written as `YYYY-MM-DDThh:mmZ`, so the clock stays inside.
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
// Ten years: far beyond any real task, and it keeps back-dated creation times inside the clock's range.
const LONGEST_MS = 10 * 365 * 24 * 3_600_000;

function withinClockRange(ms: number): number {
  if (!(ms >= 0 && ms <= LATEST_MS)) {
    throw new BadControlRequest("The clock must stay between 1970-01-01 and 9999-12-31 (UTC).");
  }
  return ms;
}

const isDuration = (v: unknown): v is number => isNumber(v) && v >= 0 && v <= LONGEST_MS;

function clockBody(clock: ControllableClock) {
  const { nowMs, frozen } = clock.state();
  return { nowMs, now: new Date(nowMs).toISOString(), frozen, offsetMs: clock.offsetMs() };
}

/** A fate from a control body: `{outcome: "finish"}`, `{outcome: "fail", atPercent, errorCode?, errorMessage?}` or `{outcome: "pause", atPercent}`. */
function fateOf(value: unknown, action: TaskCreatingAction): TaskFate | undefined {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== "object" || Array.isArray(value)) {
    throw new BadControlRequest("fate must be an object.");
  }
  const body = value as Body;
  const outcome = field(body, "outcome", isString, '"finish", "fail" or "pause"');
  if (outcome === "finish") {
    return { outcome };
  }
  const atPercent = field(body, "atPercent", isPercent, "an integer from 0 to 100") ?? 50;
  if (outcome === "pause") {
    return { outcome, atPercent };
  }
  if (outcome === "fail") {
    const failed = action === "ModifyDiskSpec" ? "OperationDenied" : `${action}Failed`;
    return {
      outcome,
      atPercent,
      errorCode: field(body, "errorCode", isString, "a string") ?? failed,
      errorMessage: field(body, "errorMessage", isString, "a string") ?? "The task failed.",
    };
  }
  throw new BadControlRequest('fate.outcome must be "finish", "fail" or "pause".');
}

/**
 * The control API (see openapi/control-api.yaml), mounted under {@link CONTROL_PREFIX}: reset, tasks in a
 * chosen state, scripted fates, the clock, faults and the recent requests.
 */
export function controlRoutes(deps: ControlDeps): Hono {
  const app = new Hono();
  let documentYaml: string | undefined;

  app.onError((error, c) => {
    if (
      error instanceof BadControlRequest ||
      error instanceof InvalidFaultError ||
      error instanceof InvalidPlacementError
    ) {
      return c.json({ message: error.message }, 400);
    }
    return c.json({ message: "The control API failed unexpectedly." }, 500);
  });

  app.get("/openapi.yaml", async (c) => {
    // The YAML library loads on first use: at start-up it would cost more than the rest of the app.
    documentYaml ??= (await import("yaml")).stringify(controlApiDocument);
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
    await deps.store.clear();
    deps.faults.clear();
    deps.fates.clear();
    deps.requests.clear();
    deps.clock.reset();
    return c.body(null, 204);
  });

  app.get("/clock", (c) => c.json(clockBody(deps.clock)));
  app.post("/clock/set", async (c) => {
    const body = await jsonBody(c.req.raw);
    const offsetMs = field(body, "offsetMs", isNumber, "a number of milliseconds");
    if (offsetMs !== undefined && body.time === undefined) {
      withinClockRange(deps.clock.now() - deps.clock.offsetMs() + offsetMs);
      deps.clock.setOffset(offsetMs);
      return c.json(clockBody(deps.clock));
    }
    const time = body.time;
    const ms = typeof time === "string" ? Date.parse(time) : typeof time === "number" ? time : Number.NaN;
    if (!Number.isFinite(ms)) {
      throw new BadControlRequest("time must be an ISO 8601 date-time or epoch milliseconds.");
    }
    deps.clock.set(withinClockRange(ms));
    return c.json(clockBody(deps.clock));
  });
  app.post("/clock/advance", async (c) => {
    const ms = field(await jsonBody(c.req.raw), "ms", isNumber, "a number of milliseconds");
    if (ms === undefined) {
      throw new BadControlRequest("ms is required.");
    }
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
    const body = await jsonBody(c.req.raw);
    const regionId = field(body, "regionId", isString, "a region ID") ?? "cn-hangzhou";
    if (!isKnownRegion(regionId)) {
      throw new BadControlRequest(`Unknown region "${regionId}": DescribeRegions lists the known ones.`);
    }
    const taskAction = field(body, "taskAction", isAction, "ImportImage, ExportImage or ModifyDiskSpec");
    if (taskAction === undefined) {
      throw new BadControlRequest("taskAction is required: ImportImage, ExportImage or ModifyDiskSpec.");
    }
    const timing = deps.timing();
    const record = placeTask(
      {
        accountId: field(body, "accountId", isString, "a string") ?? deps.accountId,
        regionId,
        taskAction,
        status: field(body, "status", isStatus, "a TaskStatus") ?? "Processing",
        progress: field(body, "progress", isPercent, "an integer from 0 to 100"),
        queuedMs:
          field(body, "queuedMs", isDuration, "a number of milliseconds up to ten years") ?? timing.queuedMs,
        durationMs:
          field(body, "durationMs", isDuration, "a number of milliseconds up to ten years") ??
          timing.durationMs,
        fate: fateOf(body.fate, taskAction),
        errorCode: field(body, "errorCode", isString, "a string"),
        errorMessage: field(body, "errorMessage", isString, "a string"),
        resourceId: field(body, "resourceId", isString, "a string"),
        subtaskCount: field(
          body,
          "subtaskCount",
          (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 17,
          "an integer from 1 to 17",
        ),
      },
      deps.clock.now(),
      deps.ids,
    );
    await deps.store.insert(record);
    return c.json(taskAttributeBody(record, viewTask(record, deps.clock.now())), 201);
  });

  app.get("/task-fates", (c) => c.json({ fates: deps.fates.list() }));
  app.post("/task-fates", async (c) => {
    const body = await jsonBody(c.req.raw);
    const taskAction = field(body, "taskAction", isAction, "ImportImage, ExportImage or ModifyDiskSpec");
    if (taskAction === undefined) {
      throw new BadControlRequest("taskAction is required: ImportImage, ExportImage or ModifyDiskSpec.");
    }
    const fate = fateOf(body.fate, taskAction);
    if (fate === undefined) {
      throw new BadControlRequest("fate is required.");
    }
    const times = field(
      body,
      "times",
      (v): v is number => Number.isInteger(v) && (v as number) >= 1,
      "a positive integer",
    );
    return c.json(deps.fates.add(taskAction, fate, times ?? 1), 201);
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
    const body = await jsonBody(c.req.raw);
    const spec: FaultSpec = {
      action: field(body, "action", isString, 'an action name or "*"') ?? "*",
      error: field(body, "error", isString, "a documented error name"),
      latencyMs: field(body, "latencyMs", isNumber, "a number"),
      retryAfterMs: field(body, "retryAfterMs", isNumber, "a number"),
      times: field(body, "times", isNumber, "a positive integer"),
      probability: field(body, "probability", isNumber, "a number from 0 to 1"),
      seed: field(body, "seed", isString, "a string"),
    };
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
