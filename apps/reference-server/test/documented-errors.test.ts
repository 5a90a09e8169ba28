import { documentedErrors, type ErrorTrigger, ecsOperations } from "@ecs-tasks/contract";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";
import { control, type TestApp } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;
type Trigger = ErrorTrigger;

const actions = ecsOperations.map((operation) => operation.action);
const sampleOf = (action: string) => ecsOperations.find((o) => o.action === action)?.sampleRequest ?? {};

const provokable = (e: (typeof documentedErrors)[number]) =>
  e.trigger.provokable !== false && e.trigger.needs?.includes("auth-verify") !== true;
const cases = documentedErrors
  .filter(provokable)
  .map((e) => ({ ...e, prefixOnly: e.messageMatch === "prefix" }));
const notProvokable = documentedErrors.filter((e) => !provokable(e)).map((e) => `${e.action} ${e.name}`);

/** Creates the task `$taskId` stands for, as the trigger's precondition asks. */
async function taskFor(app: TestApp, action: string, trigger: Trigger, regionId: string): Promise<string> {
  const placement =
    trigger.precondition === "finished-task"
      ? { taskAction: "ExportImage", status: "Finished" }
      : trigger.precondition === "uncancellable-task"
        ? { taskAction: "ModifyDiskSpec", status: "Processing", progress: 10 }
        : {
            taskAction: action === "CancelTask" ? "ImportImage" : "ExportImage",
            status: "Processing",
            progress: 30,
          };
  const response = await control(app, "POST", "/tasks", { regionId, ...placement });
  expect(response.status).toBe(201);
  return String(((await response.json()) as Json).TaskId);
}

async function send(app: TestApp, action: string, trigger: Trigger): Promise<Response> {
  const params: Record<string, string> = { ...sampleOf(action) };
  // The task lives in the sample's region, whatever region the trigger then asks in.
  const taskRegion = params.RegionId ?? "cn-hangzhou";
  for (const name of trigger.remove ?? []) {
    delete params[name];
  }
  Object.assign(params, trigger.set ?? {});
  for (const [name, value] of Object.entries(params)) {
    if (value === "$taskId") {
      params[name] = await taskFor(app, action, trigger, taskRegion);
    }
  }
  const sentAction = trigger.action === undefined ? action : trigger.action;
  const sentVersion = trigger.version === undefined ? "2014-05-26" : trigger.version;
  if (trigger.bodyBytes !== undefined) {
    // The body is refused unread, so the action and version travel in headers (as V3 sends them).
    const form = new URLSearchParams(params);
    form.set("Pad", "x".repeat(trigger.bodyBytes));
    return app.request("/?Format=JSON", {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-acs-action": sentAction ?? "",
        "x-acs-version": sentVersion ?? "",
      },
      body: form.toString(),
    });
  }
  const query = new URLSearchParams({ Format: "JSON", ...params });
  if (sentAction !== null) {
    query.set("Action", sentAction);
  }
  if (sentVersion !== null) {
    query.set("Version", sentVersion);
  }
  if (trigger.queryBytes !== undefined) {
    // In process there is no HTTP parser to refuse the head: the app's own limit must (listen.test.ts
    // covers the same request over a real socket).
    query.set("Pad", "x".repeat(trigger.queryBytes));
  }
  return app.request(`/?${query}`, { method: trigger.method ?? "GET" });
}

describe("every provokable documented error, derived from the spec's x-ecs-trigger", () => {
  it("covers each action and leaves out only errors marked not provokable or needing signature checks", () => {
    expect(new Set(cases.map((c) => c.action))).toEqual(new Set(actions));
    expect(actions).toHaveLength(7);
    expect(cases.length).toBeGreaterThan(60);
    for (const skipped of notProvokable) {
      expect(skipped).toMatch(
        / (Forbidden\.RAM|IncompleteSignature|SignatureDoesNotMatch|InvalidTimeStamp\.Expired|SignatureNonceUsed|InvalidAccessKeyId\.NotFound|Invalid\w+\.(NotFound|Duplicated)|IncorrectImageStatus|ImageIsExporting|NoSetRoletoECSServiceAcount|QuotaExceed\.Image|IncorrectDiskStatus|OperationDenied|Unauthorized\.EmptyRegion)$/,
      );
    }
  });

  it.each(actions)("%s answers its sample request with a documented success", async (action) => {
    const app = createApp({
      seed: action,
      clock: new ControllableClock({ startMs: Date.UTC(2026, 0, 1), frozen: true }),
    });
    const response = await send(app, action, {});
    expect(response.status).toBe(200);
    await expectDocumentedResponse(response, action);
  });

  it.each(cases.map((c) => [`${c.action} ${c.name}`, c] as const))("%s", async (_, c) => {
    const app = createApp({
      seed: c.name,
      clock: new ControllableClock({ startMs: Date.UTC(2026, 0, 1), frozen: true }),
    });
    if (c.trigger.needs?.includes("control-api")) {
      const fault = await control(app, "POST", "/faults", {
        action: c.action,
        error: c.name,
        retryAfterMs: 250,
      });
      expect(fault.status).toBe(201);
    }
    const response = await send(app, c.action, c.trigger);
    expect(response.status).toBe(c.status);
    if (c.code === "Throttling") {
      expect(response.headers.get("x-acs-retry-after")).toBe("250");
    }
    const body = await expectDocumentedResponse(response, c.action);
    expect(body.Code).toBe(c.code);
    if (c.prefixOnly) {
      expect(String(body.Message).startsWith(c.message)).toBe(true);
    } else {
      expect(body.Message).toBe(c.message);
    }
    expect(body.HostId).toBe("ecs.aliyuncs.com");
    expect(body.Recommend).toBe(
      `https://api.aliyun.com/troubleshoot?q=${c.code}&product=Ecs&requestId=${String(body.RequestId)}`,
    );
  });
});
