import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ControlApiError } from "../src/control-client.js";
import { ControllableClock } from "../src/index.js";
import { type StartedReferenceServer, startReferenceServer } from "../src/node.js";

type Json = Record<string, unknown>;

async function ecs(server: StartedReferenceServer, action: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams({ Action: action, Version: "2014-05-26", Format: "JSON", ...params });
  const response = await fetch(`${server.endpoint}/?${query}`);
  return { status: response.status, body: (await response.json()) as Json };
}

/** Whether something else can listen on `port` now: the server that had it let it go. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

const dir = mkdtempSync(join(tmpdir(), "start-reference-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("startReferenceServer", () => {
  it("listens on 127.0.0.1 and a free port, answers ECS calls, and close frees the port", async () => {
    const server = await startReferenceServer();
    try {
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.port).toBeGreaterThan(0);
      expect(server.controlToken).toBeUndefined();
      const regions = await ecs(server, "DescribeRegions");
      expect(regions.status).toBe(200);
      expect(regions.body.Regions).toBeDefined();
      expect(await portIsFree(server.port)).toBe(false);
    } finally {
      await server.close();
    }
    expect(await portIsFree(server.port)).toBe(true);
    await expect(fetch(server.endpoint)).rejects.toThrow();
    // A second close is harmless (a test's afterAll and an `await using` may both close it).
    await server.close();
  });

  it("drives the clock, tasks and faults through its typed control client", async () => {
    const server = await startReferenceServer({ taskDurationMs: 20_000, seed: "start" });
    try {
      const { control } = server;
      const frozen = await control.freezeClock();
      expect(frozen.frozen).toBe(true);

      const { TaskId } = (
        await ecs(server, "ExportImage", { RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b" })
      ).body as { TaskId: string };
      const status = async () =>
        (await ecs(server, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId })).body.TaskStatus;
      expect(await status()).toBe("Processing"); // queued, answered as documented (decision 0038);
      const advanced = await control.advanceClock({ ms: 20_000 });
      expect(advanced.nowMs).toBe(frozen.nowMs + 20_000);
      expect(await status()).toBe("Finished");

      const placed = await control.createTask({
        taskAction: "ImportImage",
        status: "Processing",
        progress: 40,
      });
      expect([placed.TaskStatus, placed.TaskProcess]).toEqual(["Processing", "40%"]);

      const fault = await control.injectFault({ action: "DescribeRegions", error: "Throttling", times: 1 });
      expect((await control.listFaults()).faults.map((armed) => armed.id)).toEqual([fault.id]);
      const throttled = await ecs(server, "DescribeRegions");
      expect([throttled.status, throttled.body.Code]).toEqual([400, "Throttling"]);
      expect((await ecs(server, "DescribeRegions")).status).toBe(200);

      const fate = await control.scriptTaskFate({
        taskAction: "ExportImage",
        fate: { outcome: "fail", atPercent: 10 },
      });
      expect((await control.listTaskFates()).fates).toEqual([fate]);
      await control.withdrawTaskFate(fate.id);

      const { requests } = await control.listRequests({ limit: 2 });
      expect(requests.map((request) => [request.action, request.code])).toEqual([
        ["DescribeRegions", null],
        ["DescribeRegions", "Throttling"],
      ]);

      await control.reset();
      expect((await control.getClock()).frozen).toBe(false);
      const gone = await ecs(server, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId });
      expect(gone.body.Code).toBe("InvalidTaskId.NotFound");
    } finally {
      await server.close();
    }
  });

  it("a control call the server refuses rejects with ControlApiError", async () => {
    const server = await startReferenceServer();
    try {
      const refused = await server.control.disarmFault("fault-404").catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ControlApiError);
      expect(refused).toMatchObject({ status: 404, operation: "disarmFault" });
    } finally {
      await server.close();
    }
  });

  it("in verify mode, makes a control token, which its control client sends and a bare request lacks", async () => {
    const server = await startReferenceServer({
      auth: "verify",
      accessKeys: [{ accessKeyId: "id-1", accessKeySecret: "secret-1" }],
    });
    try {
      expect(server.controlToken).toMatch(/^[0-9a-f-]{36}$/);
      expect((await server.control.getClock()).frozen).toBe(false);
      expect((await fetch(`${server.endpoint}/_reference/clock`)).status).toBe(401);
      const unsigned = await ecs(server, "DescribeRegions");
      expect(unsigned.body.Code).toBe("IncompleteSignature");
    } finally {
      await server.close();
    }
  });

  it("uses the control token it is given", async () => {
    const server = await startReferenceServer({ controlToken: "given-token" });
    try {
      expect(server.controlToken).toBe("given-token");
      await server.control.freezeClock();
      const bearer = await fetch(`${server.endpoint}/_reference/clock`, {
        headers: { authorization: "Bearer given-token" },
      });
      expect(((await bearer.json()) as Json).frozen).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("passes its options on: a clock of the caller's, and the control API off", async () => {
    const clock = new ControllableClock({ startMs: Date.UTC(2030, 0, 1), frozen: true });
    const server = await startReferenceServer({ clock, control: false });
    try {
      const placed = await ecs(server, "ExportImage", {
        RegionId: "cn-hangzhou",
        ImageId: "m-1",
        OSSBucket: "b",
      });
      const task = await ecs(server, "DescribeTaskAttribute", {
        RegionId: "cn-hangzhou",
        TaskId: placed.body.TaskId as string,
      });
      expect(task.body.CreationTime).toBe("2030-01-01T00:00Z");
      await expect(server.control.getClock()).rejects.toMatchObject({ status: 404 });
    } finally {
      await server.close();
    }
  });

  it("keeps tasks in a SQLite file with db, and close releases the file for the next server", async () => {
    const db = join(dir, "tasks.db");
    const first = await startReferenceServer({ db });
    const created = await ecs(first, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
    await first.close();
    const second = await startReferenceServer({ db });
    try {
      const task = await ecs(second, "DescribeTaskAttribute", {
        RegionId: "cn-hangzhou",
        TaskId: created.body.TaskId as string,
      });
      expect(task.body.TaskId).toBe(created.body.TaskId);
    } finally {
      await second.close();
    }
  });

  it("refuses db together with a store or clock of the caller's", async () => {
    await expect(
      startReferenceServer({ db: join(dir, "other.db"), clock: new ControllableClock() }),
    ).rejects.toThrow("either db or a store and a clock");
  });

  it("closes at the end of an `await using` block", async () => {
    let port = 0;
    {
      await using server = await startReferenceServer();
      port = server.port;
      expect(await portIsFree(port)).toBe(false);
    }
    expect(await portIsFree(port)).toBe(true);
  });
});
