import type { CancelTaskResponse } from "@ecs-tasks/contract";
import { isCancellable, isCancellableAction, taskPhaseAt } from "../tasks/task-lifecycle.js";
import type { Operation, OperationDeps } from "./operation.js";
import { knownRegion, requireAll, required } from "./parameters.js";

/** CancelTask: stops a running ImportImage or ExportImage task, which then reports `Failed` (phase `Deleted`). */
export function cancelTask(deps: OperationDeps): Operation {
  return async (call) => {
    requireAll(deps, call, ["RegionId", "TaskId"]);
    const regionId = knownRegion(deps, call);
    const taskId = required(deps, call, "TaskId");
    const record = await deps.store.get(call.accountId, regionId, taskId);
    if (record === undefined) {
      throw deps.errors.error(call.action, "InvalidTaskId.NotFound");
    }
    const nowMs = deps.clock.now();
    const phase = taskPhaseAt(record, nowMs);
    if (!isCancellableAction(record.taskAction)) {
      throw deps.errors.error(call.action, "InvalidTaskId.TaskActionNotSupport");
    }
    if (!isCancellable(record, phase)) {
      throw deps.errors.error(call.action, "InvalidTaskId.IncorrectTaskStatus");
    }
    await deps.store.markCancelled(call.accountId, regionId, taskId, nowMs);
    return {} satisfies Omit<CancelTaskResponse, "RequestId">;
  };
}
