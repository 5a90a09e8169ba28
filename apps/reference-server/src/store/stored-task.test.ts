import { describe, expect, it } from "vitest";
import { FINISH, type TaskRecord } from "../tasks/task-record.js";
import { flatCopy, TaskTable } from "./stored-task.js";

const scope = { accountId: "acc-1", regionId: "cn-hangzhou" };

function exportRecord(n: number, overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    ...scope,
    taskId: `t-${n}`,
    taskAction: "ExportImage",
    resourceId: `m-${n % 7}`,
    details: { kind: "export", ossBucket: `bucket-${n % 3}`, ossPrefix: undefined, imageFormat: "raw" },
    // Past 2^31, so that a column narrower than a double would not hold it.
    createdAtMs: Date.UTC(2026, 0, 1) + n * 1_001,
    queuedMs: n,
    durationMs: 600_000 + n,
    fate:
      n % 5 === 0
        ? {
            outcome: "fail",
            atPercent: 40,
            errorCode: "ExportImageFailed",
            errorMessage: "Exporting failed.",
          }
        : FINISH,
    cancelledAtMs: n % 11 === 0 ? Date.UTC(2026, 0, 2) + n : null,
    ...overrides,
  };
}

function addTo(table: TaskTable, record: TaskRecord): number {
  return table.add(0, record, flatCopy(record.taskId), table.resourceIdOf(record.resourceId), -1);
}

describe("flatCopy", () => {
  it("returns an equal string, whatever its characters", () => {
    for (const text of [
      "",
      "t-bp1hvgwromzv32iq7k2x",
      "导出镜像",
      "emoji 😀 pair",
      `${"a".repeat(12)}${1234}`,
    ]) {
      expect(flatCopy(text)).toBe(text);
    }
    const long = "x".repeat(10_000);
    expect(flatCopy(long)).toBe(long);
  });
});

describe("TaskTable", () => {
  it("gives back every fact of every row as it grows past its first capacity", () => {
    const table = new TaskTable();
    const records = Array.from({ length: 5_000 }, (_, n) => exportRecord(n));
    const rows = records.map((record) => addTo(table, record));
    expect(rows).toEqual(records.map((_, n) => n));
    expect(table.size).toBe(5_000);
    for (const n of [0, 1, 1_023, 1_024, 1_025, 2_500, 4_999]) {
      expect(table.toRecord(n, scope)).toEqual(records[n]);
    }
  });

  it("keeps details that are not shared, such as the disks of an import", () => {
    const table = new TaskTable();
    const disks = [{ ossBucket: "b", ossObject: "o-1" }];
    const record = exportRecord(1, { taskAction: "ImportImage", details: { kind: "import", disks } });
    expect(table.toRecord(addTo(table, record), scope)).toEqual(record);
  });

  it("stores repeated details and fates once", () => {
    const table = new TaskTable();
    // Equal values in distinct objects, as callers build them for every task.
    const rows = [0, 3, 10, 15].map((n) => addTo(table, exportRecord(n)));
    const [a, b, c, d] = rows.map((row) => table.toRecord(row, scope)) as [
      TaskRecord,
      TaskRecord,
      TaskRecord,
      TaskRecord,
    ];
    expect(b.details).toBe(a.details);
    expect(c.fate).toBe(a.fate);
    expect(d.fate).toBe(a.fate);
    expect(b.fate).toBe(FINISH);
  });
});
