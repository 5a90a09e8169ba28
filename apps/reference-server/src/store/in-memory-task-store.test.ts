import { describe, expect, it } from "vitest";
import { InMemoryTaskStore } from "./in-memory-task-store.js";
import { exportTaskRecord } from "./test-support/export-task-record.js";
import { describeTaskStoreContract } from "./test-support/task-store-contract.js";

describeTaskStoreContract("in memory", () => new InMemoryTaskStore());

describe("InMemoryTaskStore at scale", () => {
  it("serves a status-filtered page of 100 out of 100,000 tasks without touching them all", async () => {
    const store = new InMemoryTaskStore();
    const t0 = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 100_000; i++) {
      // Every tenth task is still running at the query time; the rest have finished.
      const record = exportTaskRecord(i, t0, { durationMs: i % 10 === 0 ? 10_000_000 : 1 });
      await store.insert(record);
    }
    const query = { accountId: "a", regionId: "cn-hangzhou", pageNumber: 3, pageSize: 100 } as const;
    const first = await store.query({ ...query, taskStatus: "Processing" }, t0 + 300_000);
    expect(first.totalCount).toBe(10_000);
    expect(first.records[0]?.taskId).toBe(`t-${99_990 - 200 * 10}`);
    // Once the index is in sync, a page costs a few list reads; generous bound to stay robust on slow machines.
    const started = performance.now();
    for (let i = 0; i < 100; i++) {
      await store.query({ ...query, taskStatus: "Finished" }, t0 + 300_000 + i);
    }
    expect((performance.now() - started) / 100).toBeLessThan(5);
  }, 30_000);
});

describe("InMemoryTaskStore records", () => {
  it("keeps one details object for ExportImage tasks to the same bucket, prefix and format", async () => {
    const store = new InMemoryTaskStore();
    // A fresh details object per task, as ExportImage builds them.
    const exported = (n: number, ossBucket: string) =>
      exportTaskRecord(n, 0, {
        resourceId: "m-1",
        details: { kind: "export", ossBucket, ossPrefix: undefined, imageFormat: "raw" },
        durationMs: 1,
      });
    for (const [n, bucket] of [
      [1, "b"],
      [2, "b"],
      [3, "other"],
    ] as const) {
      await store.insert(exported(n, bucket));
    }
    const [first, second, third] = await Promise.all(
      ["t-1", "t-2", "t-3"].map((id) => store.get("a", "cn-hangzhou", id)),
    );
    expect(second?.details).toBe(first?.details);
    expect(third?.details).not.toBe(first?.details);
    expect(third?.details).toEqual(exported(3, "other").details);
  });
});

describe("InMemoryTaskStore's stored tasks", () => {
  it("are the record's facts and nothing else, to every reader", async () => {
    const store = new InMemoryTaskStore();
    const record = exportTaskRecord(1, 0);
    await store.insert(record);
    const stored = await store.get("a", "cn-hangzhou", "t-1");
    // The index state is private: a copy, the keys and JSON show the record alone.
    expect({ ...stored }).toStrictEqual(record);
    expect(Object.keys(stored ?? {})).toEqual(Object.keys(record));
    expect(JSON.parse(JSON.stringify(stored))).toEqual(JSON.parse(JSON.stringify(record)));
  });

  it("answer with the cancelled record through every index once a task is cancelled", async () => {
    const store = new InMemoryTaskStore();
    for (let n = 1; n <= 3; n++) {
      await store.insert(exportTaskRecord(n, 0, { resourceId: "m-shared", durationMs: 1_000 }));
    }
    const before = await store.get("a", "cn-hangzhou", "t-2");
    const cancelled = await store.markCancelled("a", "cn-hangzhou", "t-2", 500);
    expect(before?.cancelledAtMs).toBeNull();
    const scope = { accountId: "a", regionId: "cn-hangzhou", pageNumber: 1, pageSize: 10 } as const;
    const pages = await Promise.all([
      store.query(scope, 600),
      store.query({ ...scope, taskAction: "ExportImage" }, 600),
      store.query({ ...scope, resourceIds: ["m-shared"] }, 600),
      store.query({ ...scope, taskIds: ["t-2"] }, 600),
    ]);
    for (const page of pages) {
      const found = page.records.find((record) => record.taskId === "t-2");
      expect(found).toBe(cancelled);
      expect(found?.cancelledAtMs).toBe(500);
    }
    expect(pages[0]?.records.map((record) => record.taskId)).toEqual(["t-3", "t-2", "t-1"]);
    expect(await store.get("a", "cn-hangzhou", "t-2")).toBe(cancelled);
    // Deleted from the status lists, and the others still move on with time.
    const processing = await store.query({ ...scope, taskStatus: "Processing" }, 600);
    expect(processing.records.map((record) => record.taskId)).toEqual(["t-3", "t-1"]);
    const finished = await store.query({ ...scope, taskStatus: "Finished" }, 2_000);
    expect(finished.records.map((record) => record.taskId)).toEqual(["t-3", "t-1"]);
  });
});
