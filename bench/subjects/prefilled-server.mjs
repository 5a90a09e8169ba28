// A reference server whose in-memory store holds N tasks before it listens (T1). The records are the ones
// ExportImage makes (one bucket per task, a per-task image id), so the memory figure is honest.
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
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close().then(() => process.exit(0)));
}
