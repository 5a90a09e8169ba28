import type { ExportImageResponse } from "@ecs-tasks/contract";
import { newTaskRecord } from "./new-task.js";
import type { Operation, OperationDeps } from "./operation.js";
import { knownRegion, optional, requireAll, required, stopOnDryRun } from "./parameters.js";
import { specPattern } from "./spec-rules.js";

// Lower-case name → the one shared string stored in every task of that format.
const FORMATS = new Map(["raw", "vhd", "qcow2", "vmdk", "vdi"].map((f) => [f, f]));
const OSS_PREFIX = specPattern("ExportImage", "OSSPrefix");

/** ExportImage: starts a task that exports a custom image to an OSS bucket. */
export function exportImage(deps: OperationDeps): Operation {
  return async (call) => {
    requireAll(deps, call, ["RegionId", "ImageId", "OSSBucket"]);
    const regionId = knownRegion(deps, call);
    const imageFormat = FORMATS.get((optional(call, "ImageFormat") ?? "raw").toLowerCase());
    if (imageFormat === undefined) {
      throw deps.errors.error(call.action, "InvalidImageFormat.Malformed");
    }
    const ossPrefix = optional(call, "OSSPrefix");
    if (ossPrefix !== undefined && !OSS_PREFIX.test(ossPrefix)) {
      throw deps.errors.error(call.action, "InvalidOSSPrefix.Malformed");
    }
    stopOnDryRun(deps, call);
    const imageId = required(deps, call, "ImageId");
    const taskId = deps.ids.resourceId("t");
    const record = newTaskRecord(deps, call, {
      regionId,
      taskId,
      taskAction: "ExportImage",
      resourceId: imageId,
      details: {
        kind: "export",
        ossBucket: required(deps, call, "OSSBucket"),
        ossPrefix,
        imageFormat,
      },
    });
    await deps.store.insert(record);
    return { RegionId: regionId, TaskId: taskId } satisfies Omit<ExportImageResponse, "RequestId">;
  };
}
