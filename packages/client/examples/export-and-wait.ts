// Exports an image to OSS and waits for the export task, printing its progress.
//
// Against the reference server (from the repository root: `pnpm start`, which listens on 127.0.0.1:8080):
//   cd packages/client && pnpm run example
// Against Alibaba Cloud: set ECS_ENDPOINT (or leave it unset for the regional endpoint),
// ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, IMAGE_ID and OSS_BUCKET.
import { createEcsClient, EcsNetworkError, isEcsApiError, TaskWaitError } from "@ecs-tasks/client";

const env = (name: string): string | undefined => globalThis.process?.env[name] || undefined;
const regionId = env("REGION_ID") ?? "cn-hangzhou";

const ecs = createEcsClient({
  regionId,
  endpoint: env("ECS_ENDPOINT") ?? "http://127.0.0.1:8080",
  credentials: {
    // The reference server accepts any key unless it runs with authentication on.
    accessKeyId: env("ALIBABA_CLOUD_ACCESS_KEY_ID") ?? "testid",
    accessKeySecret: env("ALIBABA_CLOUD_ACCESS_KEY_SECRET") ?? "testsecret",
  },
});

try {
  const { TaskId } = await ecs.exportImage({
    RegionId: regionId,
    ImageId: env("IMAGE_ID") ?? "m-bp67acfmxazb4p0000",
    OSSBucket: env("OSS_BUCKET") ?? "testexportimage",
    ImageFormat: "qcow2",
  });
  console.log(`export task ${TaskId} started`);

  const task = await ecs.waitForTask(TaskId, {
    minDelayMs: 1_000,
    maxDelayMs: 10_000,
    timeoutMs: 30 * 60_000,
    onProgress: (percent, { TaskStatus }) => console.log(`${TaskId}: ${TaskStatus} ${percent}%`),
  });
  const items = task.OperationProgressSet.OperationProgress.flatMap(
    (operation) => operation.RelatedItemSet.RelatedItem,
  );
  console.log(
    `finished at ${task.finishedDate?.toISOString()}:`,
    items.map(({ Name, Value }) => `${Name}=${Value}`).join(" "),
  );
} catch (error) {
  if (error instanceof TaskWaitError) {
    console.error(`task ${error.reason} at ${error.task.progress}% (status ${error.task.TaskStatus})`);
  } else if (isEcsApiError(error, "InvalidImageId.NotFound", "InvalidOSSBucket.NotFound")) {
    console.error(`${error.code}: ${error.message} (request ${error.requestId})`);
  } else if (error instanceof EcsNetworkError) {
    console.error(`${error.message}: is the reference server running (pnpm start at the repository root)?`);
  } else {
    throw error;
  }
  globalThis.process?.exit(1);
}
