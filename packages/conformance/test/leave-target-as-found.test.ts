// A run leaves the target as it found it: the clock's offset and frozen state, and no fault or fate of its
// own left armed, whether the run passes, fails or is stopped. The tasks it created stay and are listed.
import { ControllableClock, createApp } from "@ecs-tasks/reference-server";
import { describe, expect, test } from "vitest";
import { ConformanceInterruptedError, type FetchLike, runConformance } from "../src/index.js";
import { brokenServers } from "./support/broken-servers.js";

type Json = Record<string, unknown>;

function target(options: { frozenAtMs?: number } = {}) {
  const clock =
    options.frozenAtMs === undefined
      ? new ControllableClock()
      : new ControllableClock({ startMs: options.frozenAtMs, frozen: true });
  const app = createApp({ clock, seed: "as-found" });
  const fetch: FetchLike = (request) => app.fetch(request);
  const control = async (method: string, path: string, body?: unknown): Promise<Json> => {
    const response = await fetch(
      new Request(`http://ecs.test/_reference${path}`, {
        method,
        headers: { "content-type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
    );
    return response.status === 204 ? {} : ((await response.json()) as Json);
  };
  const describeTask = async (taskId: string) =>
    fetch(
      new Request(`http://ecs.test/?RegionId=cn-hangzhou&TaskId=${taskId}`, {
        headers: { "x-acs-action": "DescribeTaskAttribute", "x-acs-version": "2014-05-26" },
      }),
    );
  return { clock, fetch, control, describeTask };
}

describe("a run leaves the target as it found it", () => {
  test("a running clock set ahead keeps its exact offset; another client's fault stays armed; the tasks stay, listed", async () => {
    const { fetch, control, describeTask } = target();
    await control("POST", "/clock/set", { offsetMs: 3_600_000 });
    // Another client's fault, which never fires: the run must leave it alone.
    const theirs = await control("POST", "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
      probability: 0,
    });
    const report = await runConformance({ endpoint: "http://ecs.test", fetch, seed: 21 });
    expect(report.ok).toBe(true);
    expect(await control("GET", "/clock")).toMatchObject({ offsetMs: 3_600_000, frozen: false });
    expect(await control("GET", "/faults")).toEqual({ faults: [{ ...theirs, remaining: null }] });
    expect(await control("GET", "/task-fates")).toEqual({ fates: [] });
    expect(report.restoration).toEqual({
      clockRestored: true,
      faultsWithdrawn: 0,
      fatesWithdrawn: 0,
      problems: [],
    });
    // Tasks made through the ECS API and placed through the control API, each listed once.
    expect(report.createdTaskIds.length).toBeGreaterThan(15);
    expect(new Set(report.createdTaskIds).size).toBe(report.createdTaskIds.length);
    for (const taskId of report.createdTaskIds) {
      expect((await describeTask(taskId)).status, taskId).toBe(200);
    }
  });

  test("a frozen clock is frozen again at the same instant", async () => {
    const frozenAtMs = Date.UTC(2027, 4, 1, 12);
    const { fetch, control } = target({ frozenAtMs });
    const report = await runConformance({
      endpoint: "http://ecs.test",
      fetch,
      seed: 22,
      only: ["lifecycle"],
    });
    expect(report.ok).toBe(true);
    expect(await control("GET", "/clock")).toMatchObject({ nowMs: frozenAtMs, frozen: true });
  });

  test("when checks fail, and a fault or a fate was never used, they are withdrawn and the clock put back", async () => {
    const { fetch, control } = target();
    const broken = brokenServers.find((server) => server.name === "task-never-progresses");
    if (broken === undefined) {
      throw new Error("the task-never-progresses server is missing");
    }
    // Answers the first ExportImage after a fate was scripted, and the first CancelTask after a fault was
    // injected, itself: the server never sees them, so the fate and the fault stay armed.
    let swallowExport = false;
    let swallowCancel = false;
    const swallowing: FetchLike = async (request) => {
      const url = new URL(request.url);
      const action = request.headers.get("x-acs-action");
      if (url.pathname === "/_reference/task-fates" && request.method === "POST") {
        swallowExport = (await request.clone().text()).includes("ExportImage");
      }
      if (url.pathname === "/_reference/faults" && request.method === "POST") {
        swallowCancel = (await request.clone().text()).includes("CancelTaskFailed");
      }
      if ((action === "ExportImage" && swallowExport) || (action === "CancelTask" && swallowCancel)) {
        swallowExport = action === "ExportImage" ? false : swallowExport;
        swallowCancel = action === "CancelTask" ? false : swallowCancel;
        return Response.json({ RequestId: crypto.randomUUID().toUpperCase() }, { status: 503 });
      }
      return broken.wrap(fetch)(request);
    };
    const report = await runConformance({ endpoint: "http://ecs.test", fetch: swallowing, seed: 23 });
    const failed = report.checks.filter((check) => check.status === "failed").map((check) => check.id);
    expect(failed).toContain("lifecycle.ExportImage.to-completion");
    expect(report.checks.find((check) => check.id === "lifecycle.ExportImage.failure")?.skipReason).toMatch(
      /did not create a task/,
    );
    expect(failed).toContain("errors.CancelTask.CancelTaskFailed");
    expect(report.restoration).toEqual({
      clockRestored: true,
      faultsWithdrawn: 1,
      fatesWithdrawn: 1,
      problems: [],
    });
    expect(await control("GET", "/faults")).toEqual({ faults: [] });
    expect(await control("GET", "/task-fates")).toEqual({ fates: [] });
    expect(await control("GET", "/clock")).toMatchObject({ offsetMs: 0, frozen: false });
  });

  test("a run stopped while the clock is frozen and ahead puts it back, then rejects with what finished", async () => {
    const { fetch, control } = target();
    const stop = new AbortController();
    let advances = 0;
    const stopping: FetchLike = async (request) => {
      const response = await fetch(request);
      if (new URL(request.url).pathname === "/_reference/clock/advance" && ++advances === 3) {
        stop.abort();
      }
      return response;
    };
    const run = runConformance({
      endpoint: "http://ecs.test",
      fetch: stopping,
      seed: 24,
      signal: stop.signal,
    });
    const error = await run.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConformanceInterruptedError);
    const report = (error as ConformanceInterruptedError).report;
    expect(report.restoration?.clockRestored).toBe(true);
    expect(await control("GET", "/clock")).toMatchObject({ offsetMs: 0, frozen: false });
    // The checks before the lifecycles finished; the one cut short has no verdict.
    expect(report.checks.length).toBeGreaterThan(100);
    expect(report.checks.some((check) => check.id.startsWith("lifecycle."))).toBe(false);
    expect(report.createdTaskIds.length).toBeGreaterThan(0);
  });
});
