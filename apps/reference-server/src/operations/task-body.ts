import type { DescribeTaskAttributeResponse, TaskSummary } from "@ecs-tasks/contract";
import type { TaskView } from "../tasks/task-lifecycle.js";
import type { TaskRecord } from "../tasks/task-record.js";

/** The DescribeTaskAttribute body of a task (without `RequestId`). */
export function taskAttributeBody(
  record: TaskRecord,
  view: TaskView,
): Omit<DescribeTaskAttributeResponse, "RequestId"> {
  return {
    TaskId: record.taskId,
    RegionId: record.regionId,
    TaskAction: record.taskAction,
    TaskStatus: view.taskStatus,
    TaskProcess: `${view.taskProcess}%`,
    SupportCancel: view.supportCancel,
    TotalCount: view.totalCount,
    SuccessCount: view.successCount,
    FailedCount: view.failedCount,
    CreationTime: view.creationTime,
    FinishedTime: view.finishedTime,
    OperationProgressSet: {
      OperationProgress: view.operations.map((operation) => ({
        OperationStatus: operation.operationStatus,
        ErrorCode: operation.errorCode,
        ErrorMsg: operation.errorMsg,
        RelatedItemSet: {
          RelatedItem: operation.relatedItems.map((item) => ({ Name: item.name, Value: item.value })),
        },
      })),
    },
  };
}

/** What the control API shows of a task: its DescribeTaskAttribute body and its internal phase. */
export function controlTaskBody(record: TaskRecord, view: TaskView) {
  return { Phase: view.phase, ...taskAttributeBody(record, view) };
}

/** One entry of a DescribeTasks `TaskSet.Task` list. */
export function taskSummaryBody(record: TaskRecord, view: TaskView): TaskSummary {
  return {
    TaskId: record.taskId,
    TaskAction: record.taskAction,
    TaskStatus: view.taskStatus,
    SupportCancel: view.supportCancel,
    CreationTime: view.creationTime,
    FinishedTime: view.finishedTime,
    ResourceId: record.resourceId,
  };
}
