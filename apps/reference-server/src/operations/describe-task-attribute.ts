import { viewTask } from "../tasks/task-lifecycle.js";
import type { Operation, OperationDeps } from "./operation.js";
import { knownRegion, requireAll, required } from "./parameters.js";
import { taskAttributeBody } from "./task-body.js";

/** DescribeTaskAttribute: the details of one task, as of the clock's time. */
export function describeTaskAttribute(deps: OperationDeps): Operation {
  return async (call) => {
    requireAll(deps, call, ["RegionId", "TaskId"]);
    const regionId = knownRegion(deps, call);
    const taskId = required(deps, call, "TaskId");
    const record = await deps.store.get(call.accountId, regionId, taskId);
    if (record === undefined) {
      throw deps.errors.error(call.action, "InvalidTaskId.NotFound");
    }
    return taskAttributeBody(record, viewTask(record, deps.clock.now()));
  };
}
