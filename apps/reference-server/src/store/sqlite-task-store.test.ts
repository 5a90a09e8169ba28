import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FINISH, type TaskRecord } from "../tasks/task-record.js";
import { SqliteTaskStore } from "./sqlite-task-store.js";
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

describe("SqliteTaskStore at scale and across reopening", () => {
  const t0 = Date.UTC(2026, 0, 1);
  function record(i: number): TaskRecord {
    return {
      accountId: "a",
      regionId: "cn-hangzhou",
      taskId: `t-${i}`,
      taskAction: i % 3 === 0 ? "ImportImage" : "ExportImage",
      resourceId: `m-${i}`,
      details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
      createdAtMs: t0 + i,
      queuedMs: 0,
      // Every tenth task is still running at the query time; the rest have finished.
      durationMs: i % 10 === 0 ? 10_000_000 : 1,
      fate: FINISH,
      cancelledAtMs: null,
    };
  }

  it("pages few matches (the status index) and many (the creation-time index) alike", async () => {
    const store = track(new SqliteTaskStore(":memory:"));
    for (let i = 0; i < 6_000; i++) {
      await store.insert(record(i));
    }
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
