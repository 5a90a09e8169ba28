import type { TaskCreatingAction, TaskDetails, TaskRecord } from "../tasks/task-record.js";
import type { OperationCall, OperationDeps } from "./operation.js";

/** The record of a task an operation creates now, with the configured timing and the scripted fate. */
export function newTaskRecord(
  deps: OperationDeps,
  call: OperationCall,
  task: {
    regionId: string;
    taskId: string;
    taskAction: TaskCreatingAction;
    resourceId: string;
    details: TaskDetails;
  },
): TaskRecord {
  const timing = deps.timing();
  return {
    accountId: call.accountId,
    ...task,
    createdAtMs: deps.clock.now(),
    queuedMs: timing.queuedMs,
    durationMs: timing.durationMs,
    fate: deps.fateFor(task.taskAction),
    cancelledAtMs: null,
  };
}
