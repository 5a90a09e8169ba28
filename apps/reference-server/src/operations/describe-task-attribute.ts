import { viewTask } from "../tasks/task-lifecycle.js";
import type { TaskRecord } from "../tasks/task-record.js";
import type { Operation, OperationDeps } from "./operation.js";
import { knownRegion, requireAll, required } from "./parameters.js";
import { taskAttributeBody } from "./task-body.js";

/** DescribeTaskAttribute: the details of one task, as of the clock's time. */
export function describeTaskAttribute(deps: OperationDeps): Operation {
  const answer = (action: string, record: TaskRecord | undefined): Record<string, unknown> => {
    if (record === undefined) {
      throw deps.errors.error(action, "InvalidTaskId.NotFound");
    }
    return taskAttributeBody(record, viewTask(record, deps.clock.now()));
  };
  // Synchronous when the store can answer so (both built-in stores): the hottest read then needs no promise.
  return (call) => {
    requireAll(deps, call, ["RegionId", "TaskId"]);
    const regionId = knownRegion(deps, call);
    const taskId = required(deps, call, "TaskId");
    const store = deps.store;
    if (store.getNow !== undefined) {
      return answer(call.action, store.getNow(call.accountId, regionId, taskId));
    }
    return store.get(call.accountId, regionId, taskId).then((record) => answer(call.action, record));
  };
}
