import type { ModifyDiskSpecResponse } from "@ecs-tasks/contract";
import { canonicalRegionId, regionOfHost } from "../regions/region-catalogue.js";
import { DISK_DETAILS } from "../tasks/task-record.js";
import { newTaskRecord } from "./new-task.js";
import type { Operation, OperationCall, OperationDeps } from "./operation.js";
import { optional, required, stopOnDryRun } from "./parameters.js";
import { specEnum } from "./spec-rules.js";

const CATEGORIES = specEnum("ModifyDiskSpec", "DiskCategory");
const LEVELS = specEnum("ModifyDiskSpec", "PerformanceLevel");

/**
 * ModifyDiskSpec has no RegionId parameter: the disk's region is implied by the account's disk. With no
 * disk inventory, the task goes to a RegionId sent anyway (if known), else the region of a regional
 * endpoint host, else the configured default region.
 */
function regionOf(deps: OperationDeps, call: OperationCall): string {
  const sent = optional(call, "RegionId");
  return (
    (sent === undefined ? undefined : canonicalRegionId(sent)) ??
    regionOfHost(call.host) ??
    deps.defaultRegionId
  );
}

/** ModifyDiskSpec: changes a disk's category (a task) or only an ESSD's performance level (no task). */
export function modifyDiskSpec(deps: OperationDeps): Operation {
  return async (call) => {
    const diskId = required(deps, call, "DiskId");
    const category = optional(call, "DiskCategory");
    if (category !== undefined && !CATEGORIES.has(category)) {
      throw deps.errors.error(call.action, "InvalidDiskCategory.ValueNotSupported");
    }
    const level = optional(call, "PerformanceLevel");
    if (level !== undefined && !LEVELS.has(level)) {
      throw deps.errors.error(call.action, "InvalidPerformanceLevel.Malformed");
    }
    stopOnDryRun(deps, call);
    if (category === undefined) {
      // Documented: no TaskId when only the performance level changes.
      return {} satisfies Omit<ModifyDiskSpecResponse, "RequestId">;
    }
    const taskId = deps.ids.resourceId("t");
    await deps.store.insert(
      newTaskRecord(deps, call, {
        regionId: regionOf(deps, call),
        taskId,
        taskAction: "ModifyDiskSpec",
        resourceId: diskId,
        details: DISK_DETAILS,
      }),
    );
    return { TaskId: taskId } satisfies Omit<ModifyDiskSpecResponse, "RequestId">;
  };
}
