import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { DatabaseInUseError } from "../src/store/sqlite-database.js";
import { openSqlitePersistence, type SqlitePersistence } from "../src/store/sqlite-persistence.js";
import { type ChildServer, startChildServer, stopChild } from "./support/child-server.js";
import { rpcGet } from "./support/rpc.js";

const dir = mkdtempSync(join(tmpdir(), "sqlite-persistence-"));
let files = 0;
const opened: SqlitePersistence[] = [];
const running: ChildServer[] = [];

afterEach(async () => {
  for (const persistence of opened.splice(0)) {
    persistence.close();
  }
  for (const server of running.splice(0)) {
    await stopChild(server, "SIGKILL");
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(path: string): SqlitePersistence {
  const persistence = openSqlitePersistence(path);
  opened.push(persistence);
  return persistence;
}

function appOn(persistence: SqlitePersistence) {
  return createApp({ store: persistence.store, clock: persistence.clock, taskDurationMs: 60_000 });
}

async function controlPost(app: ReturnType<typeof createApp>, path: string, body: unknown = {}) {
  const response = await app.request(`/_reference${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return response;
}

async function exportTask(app: ReturnType<typeof createApp>, regionId: string): Promise<string> {
  const response = await rpcGet(app, "ExportImage", {
    RegionId: regionId,
    ImageId: "m-keep",
    OSSBucket: "b",
  });
  expect(response.status).toBe(200);
  return String(((await response.json()) as { TaskId: string }).TaskId);
}

async function describeTask(app: ReturnType<typeof createApp>, regionId: string, taskId: string) {
  const response = await rpcGet(app, "DescribeTaskAttribute", { RegionId: regionId, TaskId: taskId });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("openSqlitePersistence", () => {
  it("keeps tasks and a frozen clock across a close and reopen", async () => {
    const path = join(dir, `${files++}.db`);
    const first = open(path);
    const app = appOn(first);
    await controlPost(app, "/clock/freeze");
    await controlPost(app, "/clock/set", { time: "2027-03-01T10:00:00Z" });
    await controlPost(app, "/clock/advance", { ms: 30_000 });
    const taskId = await exportTask(app, "cn-shanghai");
    const before = await describeTask(app, "cn-shanghai", taskId);
    first.close();

    const second = open(path);
    expect(second.clock.state()).toEqual({ nowMs: Date.parse("2027-03-01T10:00:30Z"), frozen: true });
    const after = await describeTask(appOn(second), "cn-shanghai", taskId);
    expect(after.status).toBe(200);
    const { RequestId: _before, ...expected } = before.body;
    const { RequestId: _after, ...actual } = after.body;
    expect(actual).toEqual(expected);
  });

  it("keeps a running clock's offset, so it stays ahead by as much", async () => {
    const path = join(dir, `${files++}.db`);
    const first = open(path);
    const ahead = Date.now() + 86_400_000;
    await controlPost(appOn(first), "/clock/set", { time: ahead });
    first.close();
    const second = open(path);
    const { nowMs, frozen } = second.clock.state();
    expect(frozen).toBe(false);
    // Real time moved on a little between the two opens; nothing else should have.
    expect(nowMs - ahead).toBeGreaterThanOrEqual(0);
    expect(nowMs - ahead).toBeLessThan(5_000);
  });

  it("forgets the tasks and the clock on reset, also after a reopen", async () => {
    const path = join(dir, `${files++}.db`);
    const first = open(path);
    const app = appOn(first);
    await controlPost(app, "/clock/set", { time: "2030-01-01T00:00:00Z" });
    await controlPost(app, "/clock/freeze");
    const taskId = await exportTask(app, "cn-hangzhou");
    await controlPost(app, "/reset");
    first.close();
    const second = open(path);
    expect(await second.store.size()).toBe(0);
    expect(second.clock.state().frozen).toBe(false);
    expect(Math.abs(second.clock.now() - Date.now())).toBeLessThan(5_000);
    expect((await describeTask(appOn(second), "cn-hangzhou", taskId)).body.Code).toBe(
      "InvalidTaskId.NotFound",
    );
  });

  it("holds its file: a second opening is refused, saying so, until the first is closed", async () => {
    const path = join(dir, `${files++}.db`);
    const first = openSqlitePersistence(path);
    try {
      await exportTask(appOn(first), "cn-hangzhou");
      expect(() => openSqlitePersistence(path)).toThrow(new DatabaseInUseError(path));
    } finally {
      first.close();
    }
    const second = open(path);
    expect(await second.store.size()).toBe(1);
  });

  it("refuses a file that is not its database, saying so", () => {
    const path = join(dir, `${files++}.db`);
    writeFileSync(path, "not a database, just text that is long enough to have a header".repeat(20));
    expect(() => openSqlitePersistence(path)).toThrow(/not a database/);
  });
});

describe("the bin with --db", () => {
  it("keeps the clock and the tasks across a clean restart (SIGTERM)", async () => {
    const db = join(dir, `${files++}.db`);
    const args = ["--port", "0", "--db", db, "--task-duration", "60000"];
    const first = await startChildServer(args);
    running.push(first);
    expect(first.output()).toContain(`tasks: SQLite file ${db}`);
    const post = (path: string, body: unknown) =>
      fetch(`${first.url}/_reference${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    expect((await post("/clock/freeze", {})).status).toBe(200);
    expect((await post("/clock/set", { time: "2028-06-01T12:00:00Z" })).status).toBe(200);
    const created = await fetch(
      `${first.url}/?Action=ModifyDiskSpec&Version=2014-05-26&Format=JSON&RegionId=cn-beijing&DiskId=d-restart&DiskCategory=cloud_essd&AccessKeyId=acc-restart`,
    );
    const { TaskId: taskId } = (await created.json()) as { TaskId: string };
    expect((await post("/clock/advance", { ms: 40_000 })).status).toBe(200);
    expect(await stopChild(first, "SIGTERM")).toBe(0);

    const second = await startChildServer(args);
    running.push(second);
    const clock = (await (await fetch(`${second.url}/_reference/clock`)).json()) as Record<string, unknown>;
    expect(clock).toMatchObject({ now: "2028-06-01T12:00:40.000Z", frozen: true });
    const task = await fetch(
      `${second.url}/?Action=DescribeTaskAttribute&Version=2014-05-26&Format=JSON&RegionId=cn-beijing&TaskId=${taskId}&AccessKeyId=acc-restart`,
    );
    expect(await task.json()).toMatchObject({
      TaskId: taskId,
      RegionId: "cn-beijing",
      TaskAction: "ModifyDiskSpec",
      TaskStatus: "Processing",
      CreationTime: "2028-06-01T12:00Z",
    });
    expect(await stopChild(second, "SIGTERM")).toBe(0);
  }, 30_000);

  it("refuses a file another server holds, with exit code 2 and a message naming it, until that server is killed", async () => {
    const db = join(dir, `${files++}.db`);
    const args = ["--port", "0", "--db", db];
    const inUse = new RegExp(
      `exited with 2 before listening: ecs-reference-server: --db ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is held by another process[^\n]*\n$`,
    );
    const first = await startChildServer(args);
    running.push(first);
    const created = await fetch(
      `${first.url}/?Action=ModifyDiskSpec&Version=2014-05-26&Format=JSON&RegionId=cn-beijing&DiskId=d-held&DiskCategory=cloud_essd`,
    );
    const { TaskId: taskId } = (await created.json()) as { TaskId: string };
    // The first server created the file: the second finds it being written.
    await expect(startChildServer(args)).rejects.toThrow(inUse);

    expect(await stopChild(first, "SIGKILL")).toBeNull();
    const second = await startChildServer(args);
    running.push(second);
    const task = await fetch(
      `${second.url}/?Action=DescribeTaskAttribute&Version=2014-05-26&Format=JSON&RegionId=cn-beijing&TaskId=${taskId}`,
    );
    expect(task.status).toBe(200);
    // The second server opened a file that already existed: it holds that one as well.
    await expect(startChildServer(args)).rejects.toThrow(inUse);
  }, 30_000);

  it("exits with a message when the database cannot be opened", async () => {
    await expect(startChildServer(["--port", "0", "--db", join(dir, "missing-dir", "x.db")])).rejects.toThrow(
      /exited with 1 before listening: .*cannot open --db/s,
    );
  }, 15_000);
});
