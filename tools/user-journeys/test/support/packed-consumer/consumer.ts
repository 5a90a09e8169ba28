// Type-checked in an empty project against the packed packages, as a user's code imports them: every public
// entry, and a misuse of each that must not compile (proof that the types arrived, not `any`).
import {
  createEcsClient,
  EcsApiError,
  type EcsClient,
  isEcsApiError,
  type NormalizedTask,
} from "@ecs-tasks/client";
import { type ConformanceReport, runConformance } from "@ecs-tasks/conformance";
import type { Task, TaskStatus } from "@ecs-tasks/contract";
import { type ControlClient, createControlClient } from "@ecs-tasks/contract/control-client";
import { openapiDocument } from "@ecs-tasks/contract/openapi-document";
import { createApp } from "@ecs-tasks/reference-server";
import {
  ControlApiError,
  createControlClient as serverControlClient,
} from "@ecs-tasks/reference-server/control-client";
import {
  type ListeningServer,
  listen,
  openSqlitePersistence,
  startReferenceServer,
} from "@ecs-tasks/reference-server/node";
import {
  type Credentials,
  createNonce,
  type RpcSigningContext,
  type SignedRpcRequest,
  signRpcRequest,
} from "@ecs-tasks/signing";

const persistence = openSqlitePersistence("tasks.db");
const server: ListeningServer = await listen(
  createApp({ store: persistence.store, clock: persistence.clock }).fetch,
  { port: 0 },
);
const credentials: Credentials = { accessKeyId: "testid", accessKeySecret: "testsecret" };
const ecs: EcsClient = createEcsClient({ endpoint: server.url, regionId: "cn-hangzhou", credentials });

const { TaskId } = await ecs.exportImage({
  RegionId: "cn-hangzhou",
  ImageId: "m-bp67acfmxazb4p0000",
  OSSBucket: "testexportimage",
});
const task: NormalizedTask = await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
const status: TaskStatus = task.TaskStatus;
const creationTime: Task["CreationTime"] = task.CreationTime;
// @ts-expect-error the parameter is TaskId; a misspelled one does not compile
await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskID: TaskId });
// @ts-expect-error a task's status is one of the documented ones
const unknownStatus: TaskStatus = "Sleeping";

try {
  await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId: "t-none" });
} catch (error) {
  if (error instanceof EcsApiError || isEcsApiError(error)) {
    const answer: { status: number; code: string; requestId: string | undefined } = error;
    console.log(answer);
  }
}

const context: RpcSigningContext = {
  origin: server.url,
  credentials,
  date: new Date(),
  nonce: createNonce(),
};
const signed: SignedRpcRequest = await signRpcRequest(
  { action: "DescribeRegions", version: "2014-05-26", method: "GET", parameters: [] },
  context,
);
const put = { action: "DescribeRegions", version: "2014-05-26", method: "PUT", parameters: [] } as const;
// @ts-expect-error the method is GET or POST
await signRpcRequest(put, context);

const report: ConformanceReport = await runConformance({ endpoint: server.url });
const passed: boolean = report.ok;
// @ts-expect-error the endpoint is required
await runConformance({});

console.log(status, creationTime, unknownStatus, signed.url, passed, Object.keys(openapiDocument));
await server.close();
persistence.close();

const started = await startReferenceServer({ taskDurationMs: 1_000 });
const clock: { nowMs: number; frozen: boolean } = await started.control.advanceClock({ ms: 1_000 });
// @ts-expect-error the control API's bodies are typed: ms is a number
await started.control.advanceClock({ ms: "1s" });
const control: ControlClient = createControlClient({
  endpoint: started.endpoint,
  token: started.controlToken,
});
const same: ControlClient = serverControlClient({ endpoint: started.endpoint });
try {
  await control.disarmFault("fault-none");
} catch (error) {
  if (error instanceof ControlApiError) {
    console.log(error.status, clock, same);
  }
}
await started.close();
