/**
 * How many durable task creations per second the SQLite store takes, on a file in a temp dir:
 * `node --conditions=@ecs-tasks/source --import tsx scripts/sqlite-insert-rate.ts [count]`.
 * It measures the store alone and ExportImage through the app (in process, no socket), each task committed
 * before the next call starts, as a server answers them. Prints one JSON line.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { openSqlitePersistence } from "../src/store/sqlite-persistence.js";
import { FINISH } from "../src/tasks/task-record.js";

const count = Number(process.argv[2] ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), "sqlite-insert-rate-"));
try {
  const direct = openSqlitePersistence(join(dir, "direct.db"));
  const t0 = Date.UTC(2026, 0, 1);
  let started = performance.now();
  for (let i = 0; i < count; i++) {
    await direct.store.insert({
      accountId: `acc-${i % 2}`,
      regionId: i % 3 === 0 ? "cn-beijing" : "cn-hangzhou",
      taskId: `t-${String(i).padStart(20, "0")}`,
      taskAction: "ExportImage",
      resourceId: `m-${i}`,
      details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
      createdAtMs: t0 + i,
      queuedMs: 3_000,
      durationMs: 57_000,
      fate: FINISH,
      cancelledAtMs: null,
    });
  }
  const storePerSecond = count / ((performance.now() - started) / 1_000);
  started = performance.now();
  const page = await direct.store.query(
    { accountId: "acc-0", regionId: "cn-hangzhou", taskStatus: "Processing", pageNumber: 2, pageSize: 50 },
    t0 + count - 1_000,
  );
  const processingPageMs = performance.now() - started;
  started = performance.now();
  await direct.store.query(
    { accountId: "acc-0", regionId: "cn-hangzhou", taskStatus: "Finished", pageNumber: 2, pageSize: 50 },
    t0 + count + 120_000,
  );
  const finishedPageMs = performance.now() - started;
  direct.close();

  const appCount = Math.min(count, 20_000);
  const exportsPerSecond = async (app: ReturnType<typeof createApp>): Promise<number> => {
    const began = performance.now();
    for (let i = 0; i < appCount; i++) {
      const response = await app.request(
        `/?Action=ExportImage&Version=2014-05-26&Format=JSON&RegionId=cn-hangzhou&ImageId=m-${i}&OSSBucket=b`,
      );
      if (response.status !== 200) {
        throw new Error(`ExportImage answered ${response.status}: ${await response.text()}`);
      }
    }
    return appCount / ((performance.now() - began) / 1_000);
  };
  const served = openSqlitePersistence(join(dir, "app.db"));
  const appPerSecond = await exportsPerSecond(
    createApp({ store: served.store, clock: served.clock, seed: "rate" }),
  );
  served.close();
  // The same calls on the default in-memory store: what the app costs without the database.
  const inMemoryPerSecond = await exportsPerSecond(createApp({ seed: "rate" }));
  process.stdout.write(
    `${JSON.stringify({
      count,
      storeInsertsPerSecond: Math.round(storePerSecond),
      appExportImagePerSecond: Math.round(appPerSecond),
      inMemoryAppExportImagePerSecond: Math.round(inMemoryPerSecond),
      processingPage: { totalCount: page.totalCount, ms: Number(processingPageMs.toFixed(2)) },
      finishedPageMs: Number(finishedPageMs.toFixed(2)),
    })}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
