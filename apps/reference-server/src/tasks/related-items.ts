import type { RelatedItem, TaskRecord } from "./task-record.js";

/** How many subtasks a task has: its `TotalCount`. */
export function subtaskCount(record: TaskRecord): number {
  return record.details.kind === "import" ? record.details.disks.length : 1;
}

/**
 * The `RelatedItemSet` of subtask `index`, derived from the task's facts: an export names where the image
 * lands in OSS and in which format, an import names the new image and its OSS source, a disk change the disk.
 */
export function relatedItemsOf(record: TaskRecord, index: number): RelatedItem[] {
  const details = record.details;
  switch (details.kind) {
    case "export": {
      // The documented sample names the object `MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd`: prefix, image, task, format.
      const prefix = details.ossPrefix ? `${details.ossPrefix}_` : "";
      return [
        { name: "OSSBucket", value: details.ossBucket },
        { name: "OSSObject", value: `${prefix}${record.resourceId}_${record.taskId}.${details.imageFormat}` },
        { name: "ImageFormat", value: details.imageFormat },
      ];
    }
    case "import": {
      const disk = details.disks[index];
      return [
        { name: "ImageId", value: record.resourceId },
        { name: "OSSBucket", value: disk?.ossBucket ?? "" },
        { name: "OSSObject", value: disk?.ossObject ?? "" },
      ];
    }
    default:
      return [{ name: "DiskId", value: record.resourceId }];
  }
}
