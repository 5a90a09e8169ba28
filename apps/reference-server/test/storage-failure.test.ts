import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { documentedErrors } from "@ecs-tasks/contract";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { ControllableClock } from "../src/clock.js";
import { createApp } from "../src/index.js";
import { SqliteClockSettings } from "../src/store/sqlite-clock-settings.js";
import {
  closeSqliteDatabase,
  openSqliteDatabase,
  type SqliteDatabase,
} from "../src/store/sqlite-database.js";
import { SqliteTaskStore } from "../src/store/sqlite-task-store.js";
import { StorageHealth, StorageUnavailableError } from "../src/store/storage-health.js";
import { exportTaskRecord } from "../src/store/test-support/export-task-record.js";
import type { TaskRecord } from "../src/tasks/task-record.js";
import { failingStorage, type StorageSwitch } from "./support/failing-storage.js";
import { control, rpcGet } from "./support/rpc.js";

const dir = mkdtempSync(join(tmpdir(), "storage-failure-"));
let files = 0;
const open: SqliteDatabase[] = [];

afterEach(() => {
  for (const db of open.splice(0)) {
    closeSqliteDatabase(db);
  }
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = Date.UTC(2026, 4, 1, 8, 0, 0);

function taskRecord(i: number): TaskRecord {
  return exportTaskRecord(i, T0);
}

/** A store on a new file whose storage fails on demand, and the lines its health logged. */
function failingStore(): {
  path: string;
  store: SqliteTaskStore;
  storage: StorageSwitch;
  logged: string[];
  db: SqliteDatabase;
  health: StorageHealth;
} {
  const path = join(dir, `store-${files++}.db`);
  const real = openSqliteDatabase(path);
  open.push(real);
  const { db, storage } = failingStorage(real);
  const logged: string[] = [];
  const health = new StorageHealth({ log: (line) => logged.push(line) });
  return { path, store: new SqliteTaskStore(db, { health }), storage, logged, db, health };
}

/** What the file holds, read by a store that opens it afresh (as a restarted server does). */
async function reopened(
  path: string,
  real: SqliteDatabase,
  read: (store: SqliteTaskStore) => Promise<unknown>,
): Promise<unknown> {
  closeSqliteDatabase(real);
  const store = new SqliteTaskStore(path);
  try {
    return await read(store);
  } finally {
    store.close();
  }
}

describe("a SQLite store whose storage refuses writes", () => {
  it("refuses the creations of a failed commit, keeps the acknowledged ones, and takes creations again when the storage recovers", async () => {
    const { path, store, storage, db } = failingStore();
    await store.insert(taskRecord(1));
    storage.fault = "writes";
    // One group of four (one event-loop turn) and a lone creation.
    const group = await Promise.allSettled([2, 3, 4, 5].map((i) => store.insert(taskRecord(i))));
    const lone = await Promise.allSettled([store.insert(taskRecord(6))]);
    for (const outcome of [...group, ...lone]) {
      expect(outcome.status).toBe("rejected");
      expect(outcome.status === "rejected" && outcome.reason).toBeInstanceOf(StorageUnavailableError);
    }
    expect(storage.refused).toBeGreaterThanOrEqual(2);
    expect(await store.size()).toBe(1);
    storage.fault = "none";
    await store.insert(taskRecord(7));
    const ids = await reopened(path, open.pop() ?? db, async (again) =>
      (
        await again.query({ accountId: "a", regionId: "cn-hangzhou", pageNumber: 1, pageSize: 10 }, T0)
      ).records
        .map((record) => record.taskId)
        .sort(),
    );
    expect(ids).toEqual(["t-1", "t-7"]);
  });

  it("answers a cancellation only once it is committed: a refused one is not answered, not cached and not in the file", async () => {
    const { path, store, storage, db } = failingStore();
    await store.insert(taskRecord(1));
    await store.insert(taskRecord(2));
    storage.fault = "writes";
    await expect(store.markCancelled("a", "cn-hangzhou", "t-1", T0 + 5)).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    // The store's cache of decoded tasks must not show the cancellation either.
    expect((await store.get("a", "cn-hangzhou", "t-1"))?.cancelledAtMs).toBeNull();
    storage.fault = "none";
    expect((await store.markCancelled("a", "cn-hangzhou", "t-2", T0 + 6))?.cancelledAtMs).toBe(T0 + 6);
    const after = await reopened(path, open.pop() ?? db, async (again) => [
      (await again.get("a", "cn-hangzhou", "t-1"))?.cancelledAtMs,
      (await again.get("a", "cn-hangzhou", "t-2"))?.cancelledAtMs,
    ]);
    expect(after).toEqual([null, T0 + 6]);
  });

  it("keeps every task when clearing is refused", async () => {
    const { store, storage } = failingStore();
    await store.insert(taskRecord(1));
    expect((await store.get("a", "cn-hangzhou", "t-1"))?.taskId).toBe("t-1");
    storage.fault = "writes";
    await expect(store.clear()).rejects.toBeInstanceOf(StorageUnavailableError);
    expect(await store.size()).toBe(1);
    expect((await store.get("a", "cn-hangzhou", "t-1"))?.taskId).toBe("t-1");
  });

  it("serves reads while writes fail, and reports failed reads as unavailable too", async () => {
    const { store, storage } = failingStore();
    await store.insert(taskRecord(1));
    storage.fault = "writes";
    expect(await store.size()).toBe(1);
    expect(
      (await store.query({ accountId: "a", regionId: "cn-hangzhou", pageNumber: 1, pageSize: 10 }, T0))
        .totalCount,
    ).toBe(1);
    storage.fault = "everything";
    storage.code = "SQLITE_IOERR_READ";
    await expect(store.get("a", "cn-hangzhou", "t-404")).rejects.toBeInstanceOf(StorageUnavailableError);
    await expect(store.size()).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it("logs one line when writes start failing and one when they commit again, however many writes fail", async () => {
    const { store, storage, logged, health } = failingStore();
    storage.fault = "writes";
    for (let i = 0; i < 20; i++) {
      await expect(store.insert(taskRecord(i))).rejects.toBeInstanceOf(StorageUnavailableError);
    }
    await expect(store.markCancelled("a", "cn-hangzhou", "t-1", T0)).rejects.toBeInstanceOf(
      StorageUnavailableError,
    );
    expect(logged).toEqual([
      "ecs-reference-server: storage failing (SQLITE_FULL: database or disk is full): writes answer ServiceUnavailable until it recovers",
    ]);
    expect(health.failure).toBe("SQLITE_FULL: database or disk is full");
    // Reads that work prove nothing about writes.
    await store.size();
    expect(logged).toHaveLength(1);
    storage.fault = "none";
    await store.insert(taskRecord(100));
    await store.insert(taskRecord(101));
    expect(logged).toHaveLength(2);
    expect(logged[1]).toBe("ecs-reference-server: storage recovered: writes are committed again");
    expect(health.failure).toBeUndefined();
  });

  it("does not let a taken id pass for a storage failure", async () => {
    const { store, logged } = failingStore();
    await store.insert(taskRecord(1));
    const outcome = await Promise.allSettled([store.insert(taskRecord(1)), store.insert(taskRecord(2))]);
    expect(outcome[0]?.status === "rejected" && outcome[0].reason).not.toBeInstanceOf(
      StorageUnavailableError,
    );
    expect(outcome[1]?.status).toBe("fulfilled");
    expect(logged).toEqual([]);
  });
});

describe("the server on storage that refuses writes", () => {
  const serviceUnavailable = documentedErrors.find(
    (error) => error.action === "CancelTask" && error.name === "ServiceUnavailable",
  );

  function failingServer() {
    const { store, storage, logged, db, health } = failingStore();
    const settings = new SqliteClockSettings(db, { health });
    const clock = new ControllableClock({ startMs: T0, frozen: true, onChange: (s) => settings.save(s) });
    const app = createApp({ store, clock, seed: "storage-failure" });
    return { app, storage, logged };
  }

  it("answers every write with the documented ServiceUnavailable, changes nothing, serves reads, logs no stack, and recovers", async () => {
    expect(serviceUnavailable).toMatchObject({ status: 503, code: "ServiceUnavailable" });
    const unexpected = vi.spyOn(console, "error");
    const { app, storage, logged } = failingServer();
    const created = await rpcGet(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
    expect(created.status).toBe(200);
    const { TaskId } = (await created.json()) as { TaskId: string };

    storage.fault = "writes";
    for (const [action, params] of [
      ["ExportImage", { RegionId: "cn-hangzhou", ImageId: "m-2", OSSBucket: "b" }],
      ["CancelTask", { RegionId: "cn-hangzhou", TaskId }],
      ["ModifyDiskSpec", { DiskId: "d-1", DiskCategory: "cloud_essd" }],
    ] as const) {
      const response = await rpcGet(app, action, params);
      const body = (await response.json()) as Record<string, unknown>;
      expect({ action, status: response.status, Code: body.Code, Message: body.Message }).toEqual({
        action,
        status: 503,
        Code: "ServiceUnavailable",
        Message: serviceUnavailable?.message,
      });
    }
    const read = await rpcGet(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { TaskStatus: string }).TaskStatus).toBe("Processing");
    const listed = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect(((await listed.json()) as { TotalCount: number }).TotalCount).toBe(1);

    for (const [path, body] of [
      ["/clock/advance", { ms: 60_000 }],
      ["/clock/set", { time: T0 + 1 }],
      ["/clock/resume", undefined],
      ["/tasks", { regionId: "cn-hangzhou", taskAction: "ExportImage", status: "Processing", progress: 10 }],
      ["/reset", undefined],
    ] as const) {
      const response = await control(app, "POST", path, body);
      expect({ path, status: response.status }).toEqual({ path, status: 503 });
      expect(((await response.json()) as { message: string }).message).toMatch(/unavailable/);
    }
    const clock = (await (await control(app, "GET", "/clock")).json()) as { nowMs: number; frozen: boolean };
    expect(clock).toMatchObject({ nowMs: T0, frozen: true });
    const stillThere = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou" });
    expect(((await stillThere.json()) as { TotalCount: number }).TotalCount).toBe(1);
    expect(logged).toHaveLength(1);
    expect(unexpected).not.toHaveBeenCalled();

    storage.fault = "none";
    const cancelled = await rpcGet(app, "CancelTask", { RegionId: "cn-hangzhou", TaskId });
    expect(cancelled.status).toBe(200);
    expect((await control(app, "POST", "/clock/advance", { ms: 1_000 })).status).toBe(200);
    expect(logged).toHaveLength(2);
    expect(logged[1]).toMatch(/storage recovered/);
  });
});

describe("the clock and a store that cannot save its setting", () => {
  it("keeps the clock as it was when the setting is not saved", () => {
    let refuse = false;
    const clock = new ControllableClock({
      startMs: T0,
      frozen: true,
      onChange: () => {
        if (refuse) {
          throw new StorageUnavailableError(new Error("disk full"));
        }
      },
    });
    refuse = true;
    for (const change of [
      () => clock.advance(1_000),
      () => clock.set(T0 + 5),
      () => clock.setOffset(3),
      () => clock.resume(),
      () => clock.reset(),
    ]) {
      expect(change).toThrow(StorageUnavailableError);
      expect(clock.state()).toEqual({ nowMs: T0, frozen: true });
    }
    refuse = false;
    clock.advance(1_000);
    expect(clock.state()).toEqual({ nowMs: T0 + 1_000, frozen: true });
  });
});
