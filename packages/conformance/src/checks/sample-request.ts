import { API_VERSION, type OperationModel, TASK_ID_PLACEHOLDER } from "../spec/operation-model.js";
import type { ProbeRequest } from "../wire/probe-request.js";

/** Whether an operation's sample request names an existing task. */
export function needsTask(operation: OperationModel): boolean {
  return Object.values(operation.sampleRequest).includes(TASK_ID_PLACEHOLDER);
}

/** An operation's sample request as parameters, in the run's region, with `$taskId` replaced. */
export function sampleParams(
  operation: OperationModel,
  region: string,
  taskId: string | undefined,
): Array<[string, string]> {
  return Object.entries(operation.sampleRequest).map(([name, value]): [string, string] => {
    if (value === TASK_ID_PLACEHOLDER) {
      return [name, taskId ?? TASK_ID_PLACEHOLDER];
    }
    return [name, name === "RegionId" ? region : value];
  });
}

/** The sample request of an operation as a GET call in the query string. */
export function sampleCall(operation: OperationModel, region: string, taskId?: string): ProbeRequest {
  return {
    action: operation.action,
    version: API_VERSION,
    method: "GET",
    params: sampleParams(operation, region, taskId),
    placement: "query",
  };
}
