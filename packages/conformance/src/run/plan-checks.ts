import type { CheckDefinition } from "../checks/check.js";
import { documentedErrorChecks } from "../checks/documented-error-checks.js";
import { formatChecks } from "../checks/format-checks.js";
import { lifecycleChecks } from "../checks/lifecycle-checks.js";
import { operationChecks } from "../checks/operation-checks.js";
import { pagingChecks } from "../checks/paging-checks.js";
import { responseInvariantChecks } from "../checks/response-invariant-checks.js";
import { robustnessChecks } from "../checks/robustness-check.js";
import { type OperationModel, readOperations } from "../spec/operation-model.js";

/**
 * Every check the spec yields, in run order: requests first (operations, documented errors, formats,
 * lifecycle, paging, robustness), then the checks that judge every answer those requests received.
 */
export function planChecks(operations: readonly OperationModel[] = readOperations()): CheckDefinition[] {
  const requests = [
    ...operationChecks(operations),
    ...documentedErrorChecks(operations),
    ...formatChecks(),
    ...lifecycleChecks(operations),
    ...pagingChecks(),
    ...robustnessChecks(),
  ];
  return [...requests, ...responseInvariantChecks(operations)];
}
