// A reference server whose in-memory store holds N tasks before it listens (T1). The records are the ones
// ExportImage makes (one bucket per task, a per-task image id), so the memory figure is honest.
import v8 from "node:v8";
import { createApp, InMemoryTaskStore } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";
import { benchImageId, benchTaskId } from "../lib/bench-ids.mjs";

const count = Number(process.argv[2] ?? "1000");
const store = new InMemoryTaskStore();
const now = Date.now();
const thirtyDays = 30 * 24 * 3_600_000;
const finish = { outcome: "finish" };

for (let n = 0; n < count; n += 1) {
  const taskId = benchTaskId(n);
  const imageId = benchImageId(n % 50_000);
  // Spread over 30 days, so most tasks have ended, a few are still running and one in ten failed.
  const createdAtMs = now - Math.floor((thirtyDays * (count - n)) / count);
  await store.insert({
    accountId: "default",
    regionId: "cn-hangzhou",
    taskId,
    taskAction: "ExportImage",
    resourceId: imageId,
    details: { kind: "export", ossBucket: `bucket-${n % 1_000}`, ossPrefix: undefined, imageFormat: "raw" },
    createdAtMs,
    queuedMs: 3_000,
    durationMs: 600_000,
    fate:
      n % 10 === 0
        ? {
            outcome: "fail",
            atPercent: 40,
            errorCode: "ExportImageFailed",
            errorMessage: "Exporting image is failed.",
          }
        : finish,
    cancelledAtMs: null,
  });
}
globalThis.gc?.();
const app = createApp({ store, control: false, seed: "bench" });
const server = await listen(app.fetch, { host: "127.0.0.1", port: 0 });
console.log(`prefilled with ${count} tasks, listening on ${server.url}`);
// For profiling T1's memory by hand (T1 itself reads only /proc): `kill -USR2 <pid>` prints the heap's figures,
// e.g. before and after a load. Old space that grows under load and falls back after a full GC is garbage
// waiting for a mark-compact, not a leak.
process.on("SIGUSR2", () => {
  const megabytes = (bytes) => Math.round(bytes / 1_048_576);
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  const old = v8.getHeapSpaceStatistics().find((space) => space.space_name === "old_space");
  console.log(
    JSON.stringify({
      rss: megabytes(rss),
      heapTotal: megabytes(heapTotal),
      heapUsed: megabytes(heapUsed),
      external: megabytes(external),
      oldSpaceUsed: megabytes(old?.space_used_size ?? 0),
      heapLimit: megabytes(v8.getHeapStatistics().heap_size_limit),
    }),
  );
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
