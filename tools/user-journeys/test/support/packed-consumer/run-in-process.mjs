// Run by node in an empty project that installed the packed packages: the server in process, a task created
// with the client and read back. Prints what it saw as one JSON line.
import { createEcsClient } from "@ecs-tasks/client";
import { createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";

const server = await listen(createApp().fetch, { port: 0 });
try {
  const ecs = createEcsClient({ endpoint: server.url, regionId: "cn-hangzhou", credentials: "anonymous" });
  const { TaskId } = await ecs.exportImage({
    RegionId: "cn-hangzhou",
    ImageId: "m-bp67acfmxazb4p0000",
    OSSBucket: "testexportimage",
  });
  const task = await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
  console.log(JSON.stringify({ created: TaskId, read: task.TaskId, status: task.TaskStatus }));
} finally {
  await server.close();
}
