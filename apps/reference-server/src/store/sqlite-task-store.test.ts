import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FINISH, type TaskRecord } from "../tasks/task-record.js";
import { closeSqliteDatabase, openSqliteDatabase } from "./sqlite-database.js";
import { RecentTasks, SqliteTaskStore } from "./sqlite-task-store.js";
import { exportTaskRecord } from "./test-support/export-task-record.js";
import { describeTaskStoreContract } from "./test-support/task-store-contract.js";

const opened: SqliteTaskStore[] = [];
const dir = mkdtempSync(join(tmpdir(), "sqlite-task-store-"));
let files = 0;

function track(store: SqliteTaskStore): SqliteTaskStore {
  opened.push(store);
  return store;
}

afterEach(() => {
  for (const store of opened.splice(0)) {
    store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeTaskStoreContract("SQLite in memory", () => track(new SqliteTaskStore(":memory:")));
describeTaskStoreContract("SQLite file", () =>
  track(new SqliteTaskStore(join(dir, `contract-${files++}.db`))),
);

const t0 = Date.UTC(2026, 0, 1);

/** The i-th task of account `a`, created at `t0 + i`, finishing a second later. */
function taskRecord(i: number, overrides: Partial<TaskRecord> = {}): TaskRecord {
  return exportTaskRecord(i, t0, { durationMs: 1_000, ...overrides });
}

describe("SqliteTaskStore at scale and across reopening", () => {
  function record(i: number): TaskRecord {
    return taskRecord(i, {
      taskAction: i % 3 === 0 ? "ImportImage" : "ExportImage",
      // Every tenth task is still running at the query time; the rest have finished.
      durationMs: i % 10 === 0 ? 10_000_000 : 1,
    });
  }

  it("pages few matches (the status index) and many (the creation-time index) alike", async () => {
    const store = track(new SqliteTaskStore(":memory:"));
    // All at once: one group commit, in call order, instead of 6,000 turns of the event loop.
    await Promise.all(Array.from({ length: 6_000 }, (_, i) => store.insert(record(i))));
    const query = { accountId: "a", regionId: "cn-hangzhou", pageNumber: 3, pageSize: 100 } as const;
    const now = t0 + 300_000;
    // 600 running tasks: few enough to be found by status and sorted.
    const processing = await store.query({ ...query, taskStatus: "Processing" }, now);
    expect(processing.totalCount).toBe(600);
    expect(processing.records.map((r) => r.taskId)).toEqual(
      Array.from({ length: 100 }, (_, k) => `t-${5_990 - (200 + k) * 10}`),
    );
    // 5,400 finished tasks: so many that walking the newest first finds the page at once.
    const finished = await store.query({ ...query, taskStatus: "Finished" }, now);
    expect(finished.totalCount).toBe(5_400);
    const expected = Array.from({ length: 6_000 }, (_, k) => 5_999 - k)
      .filter((i) => i % 10 !== 0)
      .slice(200, 300)
      .map((i) => `t-${i}`);
    expect(finished.records.map((r) => r.taskId)).toEqual(expected);
    const imports = await store.query({ ...query, taskStatus: "Finished", taskAction: "ImportImage" }, now);
    expect(imports.totalCount).toBe(1_800);
  });

  it("keeps tasks, their order and cancellations in the file after a close", async () => {
    const path = join(dir, `reopen-${files++}.db`);
    const first = new SqliteTaskStore(path);
    // Same creation time: only the insertion order tells them apart.
    await first.insert({ ...record(1), createdAtMs: t0 });
    await first.insert({ ...record(2), createdAtMs: t0 });
    await first.markCancelled("a", "cn-hangzhou", "t-2", t0 + 5);
    first.close();
    const second = track(new SqliteTaskStore(path));
    const page = await second.query(
      { accountId: "a", regionId: "cn-hangzhou", pageNumber: 1, pageSize: 10 },
      t0,
    );
    expect(page.records.map((r) => [r.taskId, r.cancelledAtMs])).toEqual([
      ["t-2", t0 + 5],
      ["t-1", null],
    ]);
  });
});

describe("SqliteTaskStore group commit", () => {
  function record(i: number, regionId = "cn-hangzhou"): TaskRecord {
    return taskRecord(i, { regionId });
  }

  it("commits the creations of one turn together, answers each after the commit, and refuses a taken id alone", async () => {
    const path = join(dir, `group-${files++}.db`);
    const store = track(new SqliteTaskStore(path));
    await store.insert(record(1));
    // The store holds its file, so no other connection may look: a copy of the file and its WAL as they are
    // now is what a server restarted after a SIGKILL would find, which is only what is committed.
    const committed = () => {
      const copy = join(dir, `group-copy-${files++}.db`);
      copyFileSync(path, copy);
      if (existsSync(`${path}-wal`)) {
        copyFileSync(`${path}-wal`, `${copy}-wal`);
      }
      const observer = openSqliteDatabase(copy);
      try {
        return (observer.prepare("SELECT count(*) AS n FROM tasks").get() as { n: number }).n;
      } finally {
        closeSqliteDatabase(observer);
      }
    };
    const creations = [store.insert(record(2)), store.insert(record(1)), store.insert(record(3))];
    expect(committed()).toBe(1);
    // What a caller could see at the moment each answer came: the whole group already committed.
    const seenAtAnswer = creations.map((creation) => creation.then(committed, committed));
    const outcomes = await Promise.allSettled(creations);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(await Promise.all(seenAtAnswer)).toEqual([3, 3, 3]);
  });

  it("lets every other call see the creations called before it", async () => {
    const store = track(new SqliteTaskStore(":memory:"));
    const creation = store.insert(record(1));
    expect(await store.get("a", "cn-hangzhou", "t-1")).toEqual(record(1));
    await creation;
    void store.insert(record(2));
    expect(await store.size()).toBe(2);
  });

  it("commits waiting creations on close", async () => {
    const path = join(dir, `close-${files++}.db`);
    const first = new SqliteTaskStore(path);
    const creation = first.insert(record(1));
    first.close();
    await creation;
    const second = track(new SqliteTaskStore(path));
    expect(await second.get("a", "cn-hangzhou", "t-1")).toEqual(record(1));
  });

  it("fails every creation of a group that could not be committed", async () => {
    const db = openSqliteDatabase(":memory:");
    const store = new SqliteTaskStore(db);
    const creations = [store.insert(record(1)), store.insert(record(2))];
    db.close();
    const outcomes = await Promise.allSettled(creations);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
  });

  it("answers reads of the same id in two regions, and a cancellation, from the database's current state", async () => {
    const store = track(new SqliteTaskStore(":memory:"));
    await store.insert(record(1));
    await store.insert(record(1, "cn-beijing"));
    for (let round = 0; round < 2; round++) {
      expect(await store.get("a", "cn-hangzhou", "t-1")).toEqual(record(1));
      expect(await store.get("a", "cn-beijing", "t-1")).toEqual(record(1, "cn-beijing"));
    }
    await store.markCancelled("a", "cn-beijing", "t-1", t0 + 5);
    expect((await store.get("a", "cn-beijing", "t-1"))?.cancelledAtMs).toBe(t0 + 5);
    expect((await store.get("a", "cn-hangzhou", "t-1"))?.cancelledAtMs).toBeNull();
    await store.clear();
    expect(await store.get("a", "cn-hangzhou", "t-1")).toBeUndefined();
  });
});

describe("RecentTasks", () => {
  const task = (taskId: string, cancelledAtMs: number | null = null): TaskRecord => ({
    accountId: "a",
    regionId: "r",
    taskId,
    taskAction: "ModifyDiskSpec",
    resourceId: "d-1",
    details: { kind: "disk" },
    createdAtMs: 0,
    queuedMs: 0,
    durationMs: 0,
    fate: FINISH,
    cancelledAtMs,
  });

  it("keeps at most two generations, keeps what is read, and returns the newest version", () => {
    const recent = new RecentTasks(2);
    recent.remember(task("t-1"));
    recent.remember(task("t-2"));
    // The first generation is full and now old; reading t-1 brings it back into the young one.
    expect(recent.get("a", "r", "t-1")).toEqual(task("t-1"));
    recent.remember(task("t-3"));
    // t-2 was not read: it went with the generation dropped when t-1 and t-3 filled the young one.
    expect(recent.get("a", "r", "t-2")).toBeUndefined();
    expect(recent.get("a", "r", "t-3")).toEqual(task("t-3"));
    recent.remember(task("t-3", 7));
    expect(recent.get("a", "r", "t-3")).toEqual(task("t-3", 7));
    expect(recent.get("a", "other-region", "t-3")).toBeUndefined();
  });
});
