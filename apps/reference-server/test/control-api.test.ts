import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";
import { expectControlResponse } from "./support/control-validator.js";
import { control, rpcGet, type TestApp } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

async function call(app: TestApp, method: string, path: string, body?: unknown): Promise<unknown> {
  return expectControlResponse(await control(app, method, path, body), method, path.split("?")[0] as string);
}

describe("control API", () => {
  it("sets, advances, freezes and resumes the clock", async () => {
    const app = createApp({ seed: "clock" });
    await call(app, "POST", "/clock/freeze");
    expect(await call(app, "POST", "/clock/set", { time: 1_000 })).toEqual({
      nowMs: 1_000,
      now: "1970-01-01T00:00:01.000Z",
      frozen: true,
      offsetMs: expect.any(Number),
    });
    expect(await call(app, "POST", "/clock/advance", { ms: 2_500 })).toMatchObject({ nowMs: 3_500 });
    expect(await call(app, "GET", "/clock")).toMatchObject({ nowMs: 3_500, frozen: true });
    expect(await call(app, "POST", "/clock/resume")).toMatchObject({ frozen: false });
    for (const [path, body] of [
      ["/clock/set", { time: "not a time" }],
      ["/clock/set", {}],
      ["/clock/advance", { ms: "ten" }],
      ["/clock/advance", {}],
      ["/clock/advance", { ms: 1e300 }],
      ["/clock/set", { time: -1 }],
      ["/clock/set", { time: "+275760-09-13T00:00:00Z" }],
    ] as const) {
      const refused = (await call(app, "POST", path, body)) as Json;
      expect(refused.message).toEqual(expect.any(String));
    }
    // A refused move leaves the clock where it was, and the ECS API keeps answering.
    expect(await call(app, "GET", "/clock")).toMatchObject({ frozen: false });
    expect((await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" })).status).toBe(200);
    const broken = await app.request("/_reference/clock/set", { method: "POST", body: "{nope" });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ message: "The body is not valid JSON." });
  });

  it("reports the clock's offset, and puts a running or a frozen clock back at one", async () => {
    let systemMs = Date.UTC(2026, 0, 1);
    const clock = new ControllableClock({ base: { now: () => systemMs } });
    const app = createApp({ seed: "offset", clock });
    expect(await call(app, "GET", "/clock")).toMatchObject({ nowMs: systemMs, offsetMs: 0, frozen: false });
    await call(app, "POST", "/clock/advance", { ms: 90_000 });
    systemMs += 5;
    expect(await call(app, "GET", "/clock")).toMatchObject({ offsetMs: 90_000 });
    expect(await call(app, "POST", "/clock/set", { offsetMs: -1_000 })).toMatchObject({
      nowMs: systemMs - 1_000,
      offsetMs: -1_000,
      frozen: false,
    });
    systemMs += 7;
    expect(clock.now()).toBe(systemMs - 1_000);
    await call(app, "POST", "/clock/freeze");
    expect(await call(app, "POST", "/clock/set", { offsetMs: 60_000 })).toMatchObject({
      nowMs: systemMs + 60_000,
      frozen: true,
    });
    const refused = (await call(app, "POST", "/clock/set", { offsetMs: -systemMs - 1 })) as Json;
    expect(refused.message).toMatch(/1970/);
    expect(await call(app, "GET", "/clock")).toMatchObject({ nowMs: systemMs + 60_000 });
  });

  it("withdraws one fault or one scripted fate by id and leaves the others", async () => {
    const app = createApp({ seed: "by-id" });
    const first = (await call(app, "POST", "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
    })) as Json;
    const second = (await call(app, "POST", "/faults", {
      action: "DescribeTasks",
      error: "InternalError",
    })) as Json;
    const gone = await control(app, "DELETE", `/faults/${String(first.id)}`);
    expect(gone.status).toBe(204);
    await expectControlResponse(gone, "DELETE", "/faults/{id}");
    expect(((await call(app, "GET", "/faults")) as { faults: Json[] }).faults.map((f) => f.id)).toEqual([
      second.id,
    ]);
    expect((await rpcGet(app, "DescribeRegions")).status).toBe(200);
    const again = await control(app, "DELETE", `/faults/${String(first.id)}`);
    expect(again.status).toBe(404);
    expect(((await expectControlResponse(again, "DELETE", "/faults/{id}")) as Json).message).toMatch(
      /fault-1/,
    );

    const fate = (await call(app, "POST", "/task-fates", {
      taskAction: "ExportImage",
      fate: { outcome: "fail", atPercent: 10 },
    })) as Json;
    const kept = (await call(app, "POST", "/task-fates", {
      taskAction: "ImportImage",
      fate: { outcome: "pause", atPercent: 10 },
    })) as Json;
    expect(fate.id).toBe("fate-1");
    const withdrawn = await control(app, "DELETE", `/task-fates/${String(fate.id)}`);
    expect(withdrawn.status).toBe(204);
    await expectControlResponse(withdrawn, "DELETE", "/task-fates/{id}");
    expect(await call(app, "GET", "/task-fates")).toEqual({ fates: [kept] });
    const missing = await control(app, "DELETE", "/task-fates/fate-1");
    expect(missing.status).toBe(404);
    await expectControlResponse(missing, "DELETE", "/task-fates/{id}");

    const off = createApp({ seed: "by-id-off", control: false });
    const disabled = await control(off, "DELETE", "/faults/fault-1");
    expect(disabled.status).toBe(404);
    expect(((await expectControlResponse(disabled, "DELETE", "/faults/{id}")) as Json).Code).toBe(
      "InvalidAction.NotFound",
    );
  });

  it("creates tasks in every state and refuses impossible ones", async () => {
    const app = createApp({ seed: "place" });
    for (const status of ["Waiting", "Processing", "Finished", "Failed", "Paused", "Deleted"]) {
      const task = (await call(app, "POST", "/tasks", {
        taskAction: "ImportImage",
        status,
        progress: status === "Finished" ? 100 : 40,
        subtaskCount: 2,
      })) as Json;
      // The ECS API answers the documented status; the control API shows the phase (decision 0038).
      const answered =
        { Waiting: "Processing", Paused: "Processing", Deleted: "Failed" }[status as string] ?? status;
      expect(task).toMatchObject({ Phase: status, TaskStatus: answered });
      const shown = await expectControlResponse(
        await control(app, "GET", `/tasks/${String(task.TaskId)}`),
        "GET",
        "/tasks/{taskId}",
      );
      expect(shown).toEqual(task);
      const seen = await rpcGet(app, "DescribeTaskAttribute", {
        RegionId: "cn-hangzhou",
        TaskId: String(task.TaskId),
      });
      expect((await expectDocumentedResponse(seen, "DescribeTaskAttribute")).TaskStatus).toBe(answered);
    }
    const missing = await control(app, "GET", "/tasks/t-doesnotexist00000000?regionId=cn-beijing");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      message: "No task t-doesnotexist00000000 in region cn-beijing of account default.",
    });
    for (const body of [
      {},
      { taskAction: "RunInstances" },
      { taskAction: "ExportImage", regionId: "xx-nowhere-1" },
      { taskAction: "ExportImage", progress: 101 },
      { taskAction: "ModifyDiskSpec", status: "Deleted" },
      { taskAction: "ExportImage", status: "Processing", progress: 100 },
      { taskAction: "ExportImage", progress: 50, fate: { outcome: "fail", atPercent: 20 } },
      { taskAction: "ExportImage", fate: { outcome: "explode" } },
      { taskAction: "ExportImage", durationMs: 0 },
      { taskAction: "ExportImage", durationMs: 1e300 },
    ]) {
      const refused = await control(app, "POST", "/tasks", body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      await expectControlResponse(refused, "POST", "/tasks");
    }
  });

  it("refuses a task that would have been created before 1970", async () => {
    const app = createApp({ seed: "epoch" });
    await call(app, "POST", "/clock/freeze");
    await call(app, "POST", "/clock/set", { time: "1970-01-01T01:00:00Z" });
    const refused = await control(app, "POST", "/tasks", {
      taskAction: "ExportImage",
      status: "Finished",
      durationMs: 7_200_000,
    });
    expect(refused.status).toBe(400);
    expect(((await expectControlResponse(refused, "POST", "/tasks")) as Json).message).toMatch(/before 1970/);
  });

  it("throttles the next N calls of one action with x-acs-retry-after, then stops", async () => {
    const app = createApp({ seed: "faults" });
    const fault = (await call(app, "POST", "/faults", {
      action: "DescribeRegions",
      error: "Throttling",
      times: 2,
      retryAfterMs: 700,
    })) as Json;
    expect(fault).toMatchObject({ id: "fault-1", remaining: 2 });
    expect(((await call(app, "GET", "/faults")) as Json).faults).toHaveLength(1);
    for (let i = 0; i < 2; i++) {
      const throttled = await rpcGet(app, "DescribeRegions");
      expect(throttled.status).toBe(400);
      expect(throttled.headers.get("x-acs-retry-after")).toBe("700");
      expect((await expectDocumentedResponse(throttled, "DescribeRegions")).Code).toBe("Throttling");
    }
    expect((await rpcGet(app, "DescribeRegions")).status).toBe(200);
    expect(await call(app, "GET", "/faults")).toEqual({ faults: [] });
    const other = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect(other.status).toBe(200);
  });

  it("fails a seeded share of calls, the same ones on every run", async () => {
    const outcomes = async () => {
      const app = createApp({ seed: "p" });
      await call(app, "POST", "/faults", {
        action: "*",
        error: "ServiceUnavailable",
        probability: 0.3,
        seed: "ci",
      });
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) {
        const response = await rpcGet(app, i % 2 === 0 ? "DescribeRegions" : "DescribeTasks", {
          RegionId: "cn-hangzhou",
        });
        statuses.push(response.status);
        if (response.status === 503) {
          expect((await response.json()) as Json).toMatchObject({ Code: "ServiceUnavailable" });
        }
      }
      return statuses;
    };
    const first = await outcomes();
    expect(await outcomes()).toEqual(first);
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(5);
    expect(failures).toBeLessThan(35);
  });

  it("adds latency through the injected sleep, and fails CancelTask with its own documented error", async () => {
    const slept: number[] = [];
    const app = createApp({ seed: "latency", sleep: async (ms) => void slept.push(ms) });
    await call(app, "POST", "/faults", { action: "DescribeRegions", latencyMs: 1_500 });
    expect((await rpcGet(app, "DescribeRegions")).status).toBe(200);
    expect(slept).toEqual([1_500]);
    await call(app, "POST", "/faults", { action: "CancelTask", error: "CancelTaskFailed" });
    const task = (await call(app, "POST", "/tasks", { taskAction: "ExportImage" })) as Json;
    const cancel = await rpcGet(app, "CancelTask", { RegionId: "cn-hangzhou", TaskId: String(task.TaskId) });
    expect(cancel.status).toBe(403);
    expect((await expectDocumentedResponse(cancel, "CancelTask")).Code).toBe("CancelTaskFailed");
  });

  it("refuses faults it cannot honour, saying why", async () => {
    const app = createApp({ seed: "bad-faults" });
    for (const body of [
      { action: "RunInstances", error: "Throttling" },
      { action: "DescribeRegions" },
      { action: "DescribeRegions", error: "CancelTaskFailed" },
      { action: "*", error: "InvalidTaskId.NotFound" },
      { action: "DescribeRegions", error: "Throttling", probability: 2 },
      { action: "DescribeRegions", error: "Throttling", times: 0 },
      { action: "DescribeRegions", latencyMs: -5 },
      { action: 7 },
    ]) {
      const refused = await control(app, "POST", "/faults", body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(((await expectControlResponse(refused, "POST", "/faults")) as Json).message).toEqual(
        expect.any(String),
      );
    }
    expect(await call(app, "GET", "/faults")).toEqual({ faults: [] });
  });

  it("lists recent requests newest first, and reset forgets everything", async () => {
    const app = createApp({ seed: "log", recentRequests: 3 });
    await rpcGet(app, "DescribeRegions");
    await rpcGet(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou" });
    await rpcGet(app, "ExportImage", { RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b" });
    await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" });
    const { requests } = (await call(app, "GET", "/requests")) as { requests: Json[] };
    expect(requests.map((r) => [r.action, r.status, r.code])).toEqual([
      ["DescribeTasks", 200, null],
      ["ExportImage", 200, null],
      ["DescribeTaskAttribute", 400, "MissingParameter"],
    ]);
    expect(requests[1]?.params).toMatchObject({ ImageId: "m-1", OSSBucket: "b" });
    expect(((await call(app, "GET", "/requests?limit=1")) as { requests: Json[] }).requests).toHaveLength(1);
    expect((await control(app, "GET", "/requests?limit=0")).status).toBe(400);

    await call(app, "POST", "/faults", { action: "*", error: "InternalError", times: 5 });
    await call(app, "POST", "/clock/freeze");
    await call(app, "POST", "/reset");
    expect(await call(app, "GET", "/faults")).toEqual({ faults: [] });
    expect(await call(app, "GET", "/requests")).toEqual({ requests: [] });
    expect(await call(app, "GET", "/clock")).toMatchObject({ frozen: false });
    const page = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect((await expectDocumentedResponse(page, "DescribeTasks")).TotalCount).toBe(0);
  });

  it("serves its own document, and answers unknown control routes with a message", async () => {
    const app = createApp({ seed: "doc" });
    const document = await control(app, "GET", "/openapi.yaml");
    expect(document.headers.get("content-type")).toContain("application/yaml");
    expect(await document.text()).toContain("openapi: 3.1.0");
    const unknown = await control(app, "POST", "/nothing");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ message: "No control route POST /_reference/nothing." });
  });

  it("is absent when switched off: its paths answer as unknown ECS APIs", async () => {
    const app = createApp({ seed: "off", control: false });
    const response = await control(app, "POST", "/reset");
    expect(response.status).toBe(404);
    await expectControlResponse(response, "POST", "/reset");
    expect(await (await app.request("/docs")).text()).not.toContain("/_reference/openapi.yaml");
  });
});
