import { taskProducingActions } from "@ecs-tasks/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taskStatusAt } from "../../tasks/task-lifecycle.js";
import { FINISH, type TaskCreatingAction, type TaskFate, type TaskRecord } from "../../tasks/task-record.js";
import type { TaskQuery, TaskStore } from "../task-store.js";

const T0 = Date.UTC(2026, 4, 1, 8, 0, 0);
const ACTIONS: readonly TaskCreatingAction[] = taskProducingActions;

function task(n: number, overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    accountId: "acc-1",
    regionId: "cn-hangzhou",
    taskId: `t-${String(n).padStart(20, "0")}`,
    taskAction: "ExportImage",
    resourceId: `m-${String(n).padStart(20, "0")}`,
    details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
    createdAtMs: T0 + n * 60_000,
    queuedMs: 1_000,
    durationMs: 10_000,
    fate: FINISH,
    cancelledAtMs: null,
    ...overrides,
  };
}

function page(overrides: Partial<TaskQuery> = {}): TaskQuery {
  return { accountId: "acc-1", regionId: "cn-hangzhou", pageNumber: 1, pageSize: 100, ...overrides };
}

const ids = (records: readonly TaskRecord[]) => records.map((r) => r.taskId);

/** The reference behaviour a store must match: filter everything, sort newest first, cut the page. */
function expectedPage(inserted: readonly TaskRecord[], query: TaskQuery, nowMs: number) {
  const order = new Map(inserted.map((r, i) => [r, i]));
  const resources = query.resourceIds === undefined ? undefined : new Set(query.resourceIds);
  const taskIds = query.taskIds === undefined ? undefined : new Set(query.taskIds);
  const matches = inserted
    .filter(
      (r) =>
        r.accountId === query.accountId &&
        r.regionId === query.regionId &&
        (taskIds === undefined || taskIds.has(r.taskId)) &&
        (resources === undefined || resources.has(r.resourceId)) &&
        (query.taskAction === undefined || r.taskAction === query.taskAction) &&
        (query.taskStatus === undefined || taskStatusAt(r, nowMs) === query.taskStatus) &&
        (query.createdFromMs === undefined || r.createdAtMs >= query.createdFromMs) &&
        (query.createdToMs === undefined || r.createdAtMs <= query.createdToMs),
    )
    .sort((a, b) => b.createdAtMs - a.createdAtMs || (order.get(b) ?? 0) - (order.get(a) ?? 0));
  const offset = (query.pageNumber - 1) * query.pageSize;
  return { totalCount: matches.length, taskIds: ids(matches.slice(offset, offset + query.pageSize)) };
}

/**
 * The behaviour every {@link TaskStore} must have. A new implementation runs this suite unchanged:
 * `describeTaskStoreContract("SQLite", () => new SqliteTaskStore(":memory:"))`.
 */
export function describeTaskStoreContract(
  name: string,
  makeStore: () => TaskStore | Promise<TaskStore>,
): void {
  describe(`TaskStore contract: ${name}`, () => {
    it("finds a task only by its own account, region and id", async () => {
      const store = await makeStore();
      const record = task(1);
      await store.insert(record);
      expect(await store.get("acc-1", "cn-hangzhou", record.taskId)).toEqual(record);
      expect(await store.get("acc-1", "cn-beijing", record.taskId)).toBeUndefined();
      expect(await store.get("acc-2", "cn-hangzhou", record.taskId)).toBeUndefined();
      expect(await store.get("acc-1", "cn-hangzhou", "t-00000000000000000002")).toBeUndefined();
      expect(await store.size()).toBe(1);
    });

    it("keeps every fact of a record, including scripted fates and details", async () => {
      const store = await makeStore();
      const fate: TaskFate = {
        outcome: "fail",
        atPercent: 30,
        errorCode: "ImportImageFailed",
        errorMessage: "m",
      };
      const record = task(1, {
        taskAction: "ImportImage",
        fate,
        details: {
          kind: "import",
          disks: [
            { ossBucket: "b", ossObject: "a b/中文.vhd" },
            { ossBucket: "b2", ossObject: "data.raw" },
          ],
        },
      });
      await store.insert(record);
      expect(await store.get("acc-1", "cn-hangzhou", record.taskId)).toEqual(record);
    });

    it("refuses a second task with the same id in the same scope, but not in another region", async () => {
      const store = await makeStore();
      await store.insert(task(1));
      await expect(store.insert(task(1))).rejects.toThrow();
      await store.insert(task(1, { regionId: "cn-beijing" }));
      expect(await store.size()).toBe(2);
    });

    it("records a cancellation", async () => {
      const store = await makeStore();
      const record = task(1);
      await store.insert(record);
      const cancelled = await store.markCancelled("acc-1", "cn-hangzhou", record.taskId, T0 + 61_000);
      expect(cancelled).toEqual({ ...record, cancelledAtMs: T0 + 61_000 });
      expect(await store.get("acc-1", "cn-hangzhou", record.taskId)).toEqual(cancelled);
      expect(await store.markCancelled("acc-1", "cn-beijing", record.taskId, T0)).toBeUndefined();
    });

    it("pages newest first, breaking creation-time ties by insertion order", async () => {
      const store = await makeStore();
      const records = [task(1), task(3), task(2), task(4, { createdAtMs: task(3).createdAtMs })];
      for (const r of records) {
        await store.insert(r);
      }
      const all = await store.query(page(), T0);
      expect(ids(all.records)).toEqual(ids([records[3], records[1], records[2], records[0]] as TaskRecord[]));
      const second = await store.query(page({ pageNumber: 2, pageSize: 3 }), T0);
      expect(second).toEqual({ totalCount: 4, records: [records[0]] });
      const beyond = await store.query(page({ pageNumber: 9, pageSize: 3 }), T0);
      expect(beyond).toEqual({ totalCount: 4, records: [] });
    });

    it("keeps accounts and regions apart in pages", async () => {
      const store = await makeStore();
      await store.insert(task(1));
      await store.insert(task(2, { regionId: "cn-beijing" }));
      await store.insert(task(3, { accountId: "acc-2" }));
      expect(ids((await store.query(page(), T0)).records)).toEqual([task(1).taskId]);
      expect((await store.query(page({ regionId: "eu-west-1" }), T0)).totalCount).toBe(0);
    });

    it("filters by the answered status as time passes, and after a cancellation (decision 0038)", async () => {
      const store = await makeStore();
      const fails = task(2, { fate: { outcome: "fail", atPercent: 50, errorCode: "E", errorMessage: "m" } });
      await store.insert(task(1));
      await store.insert(fails);
      const at = (ms: number, taskStatus: TaskQuery["taskStatus"]) =>
        store.query(page({ taskStatus }), ms).then((p) => ids(p.records));
      const t1 = task(1).createdAtMs;
      const t2 = fails.createdAtMs;
      // Queued (and, the clock being before its creation, the second one too): answered Processing at 0 %.
      expect(await at(t1 + 500, "Processing")).toEqual([fails.taskId, task(1).taskId]);
      expect(await at(t1 + 1_000, "Processing")).toEqual([fails.taskId, task(1).taskId]);
      expect(await at(t1 + 1_000, "Failed")).toEqual([]);
      expect(await at(t1 + 11_000, "Finished")).toEqual([task(1).taskId]);
      expect(await at(t2 + 2_000, "Processing")).toEqual([fails.taskId]);
      expect(await at(t2 + 6_000, "Failed")).toEqual([fails.taskId]);
      expect(await at(t2 + 6_000, "Processing")).toEqual([]);

      const third = task(5);
      await store.insert(third);
      expect(await at(third.createdAtMs + 2_000, "Processing")).toEqual([third.taskId]);
      await store.markCancelled("acc-1", "cn-hangzhou", third.taskId, third.createdAtMs + 3_000);
      expect(await at(third.createdAtMs + 3_000, "Processing")).toEqual([]);
      // Cancelled: answered Failed.
      expect(await at(third.createdAtMs + 3_000, "Failed")).toContain(third.taskId);
      expect(await at(third.createdAtMs + 60_000, "Finished")).toEqual([task(1).taskId]);
    });

    it("answers correctly when the clock goes backwards", async () => {
      const store = await makeStore();
      await store.insert(task(1));
      const t1 = task(1).createdAtMs;
      expect((await store.query(page({ taskStatus: "Finished" }), t1 + 20_000)).totalCount).toBe(1);
      expect((await store.query(page({ taskStatus: "Processing" }), t1 + 5_000)).totalCount).toBe(1);
      expect((await store.query(page({ taskStatus: "Finished" }), t1 + 5_000)).totalCount).toBe(0);
    });

    it("filters by ids, resources, action and inclusive creation-time bounds", async () => {
      const store = await makeStore();
      const records = [
        task(1, { taskAction: "ImportImage", resourceId: "m-shared" }),
        task(2, { taskAction: "ModifyDiskSpec", resourceId: "d-1" }),
        task(3, { resourceId: "m-shared" }),
        task(4),
      ];
      for (const r of records) {
        await store.insert(r);
      }
      const [r1, r2, r3, r4] = records as [TaskRecord, TaskRecord, TaskRecord, TaskRecord];
      const run = (q: Partial<TaskQuery>) => store.query(page(q), T0).then((p) => ids(p.records));
      expect(await run({ taskIds: [r1.taskId, r4.taskId, r1.taskId, "t-unknown"] })).toEqual(ids([r4, r1]));
      expect(await run({ resourceIds: ["m-shared", "nothing"] })).toEqual(ids([r3, r1]));
      expect(await run({ resourceIds: ["m-shared"], taskIds: [r1.taskId, r2.taskId] })).toEqual(ids([r1]));
      expect(await run({ taskAction: "ModifyDiskSpec" })).toEqual(ids([r2]));
      expect(await run({ createdFromMs: r2.createdAtMs, createdToMs: r3.createdAtMs })).toEqual(
        ids([r3, r2]),
      );
      expect(await run({ createdFromMs: r4.createdAtMs + 1 })).toEqual([]);
      expect(await run({ createdToMs: r1.createdAtMs - 1 })).toEqual([]);
      expect(await run({ taskIds: [r2.taskId], taskAction: "ExportImage" })).toEqual([]);
    });

    it("forgets everything on clear", async () => {
      const store = await makeStore();
      await store.insert(task(1));
      await store.clear();
      expect(await store.size()).toBe(0);
      expect(await store.get("acc-1", "cn-hangzhou", task(1).taskId)).toBeUndefined();
      expect((await store.query(page(), T0)).totalCount).toBe(0);
      await store.insert(task(1));
      expect(await store.size()).toBe(1);
    });

    it("matches the reference filter on random tasks, queries, cancellations and clock moves", async () => {
      const fateArb: fc.Arbitrary<TaskFate> = fc.oneof(
        fc.constant(FINISH),
        fc.record({
          outcome: fc.constant("fail" as const),
          atPercent: fc.integer({ min: 0, max: 100 }),
          errorCode: fc.constant("E"),
          errorMessage: fc.constant("m"),
        }),
        fc.record({ outcome: fc.constant("pause" as const), atPercent: fc.integer({ min: 0, max: 100 }) }),
      );
      const recordArb = fc.record({
        minute: fc.integer({ min: 0, max: 30 }),
        action: fc.constantFrom(...ACTIONS),
        region: fc.constantFrom("cn-hangzhou", "cn-beijing"),
        resource: fc.integer({ min: 0, max: 5 }),
        queuedMs: fc.integer({ min: 0, max: 120_000 }),
        durationMs: fc.integer({ min: 0, max: 600_000 }),
        fate: fateArb,
      });
      const stepArb = fc.oneof(
        fc.record({ kind: fc.constant("insert" as const), task: recordArb }),
        fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }),
        fc.record({
          kind: fc.constant("query" as const),
          clockMinutes: fc.integer({ min: -5, max: 20 }),
          taskStatus: fc.constantFrom(
            undefined,
            "Finished" as const,
            "Processing" as const,
            "Failed" as const,
          ),
          taskAction: fc.constantFrom(undefined, ...ACTIONS),
          fromMinute: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
          toMinute: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
          resources: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }), {
            nil: undefined,
          }),
          pickIds: fc.option(fc.array(fc.nat(), { maxLength: 4 }), { nil: undefined }),
          pageNumber: fc.integer({ min: 1, max: 4 }),
          pageSize: fc.integer({ min: 1, max: 7 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 60 }), async (steps) => {
          const store = await makeStore();
          const inserted: TaskRecord[] = [];
          let now = T0;
          let n = 0;
          for (const step of steps) {
            if (step.kind === "insert") {
              const t = step.task;
              const record = task(n++, {
                createdAtMs: T0 + t.minute * 60_000,
                taskAction: t.action,
                regionId: t.region,
                resourceId: `r-${t.resource}`,
                queuedMs: t.queuedMs,
                durationMs: t.durationMs,
                fate: t.fate,
              });
              await store.insert(record);
              inserted.push(record);
            } else if (step.kind === "cancel" && inserted.length > 0) {
              const index = step.pick % inserted.length;
              const target = inserted[index] as TaskRecord;
              if (target.cancelledAtMs === null) {
                const updated = { ...target, cancelledAtMs: now };
                await store.markCancelled(target.accountId, target.regionId, target.taskId, now);
                inserted[index] = updated;
              }
            } else if (step.kind === "query") {
              now += step.clockMinutes * 60_000;
              const query = page({
                taskStatus: step.taskStatus,
                taskAction: step.taskAction,
                createdFromMs: step.fromMinute === undefined ? undefined : T0 + step.fromMinute * 60_000,
                createdToMs: step.toMinute === undefined ? undefined : T0 + step.toMinute * 60_000,
                resourceIds: step.resources?.map((r) => `r-${r}`),
                taskIds: step.pickIds?.map(
                  (p) => inserted[p % Math.max(1, inserted.length)]?.taskId ?? "t-none",
                ),
                pageNumber: step.pageNumber,
                pageSize: step.pageSize,
              });
              const actual = await store.query(query, now);
              expect({ totalCount: actual.totalCount, taskIds: ids(actual.records) }).toEqual(
                expectedPage(inserted, query, now),
              );
            }
          }
        }),
        { seed: 20_260_501, numRuns: 150 },
      );
      // 150 seeded runs, each on a fresh store: about 1 s alone on a file, several times that while the other
      // packages' tests share the two cores.
    }, 30_000);
  });
}
