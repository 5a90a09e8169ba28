import type { ImportImageResponse } from "@ecs-tasks/contract";
import type { ImportedDisk } from "../tasks/task-record.js";
import { newTaskRecord } from "./new-task.js";
import type { Operation, OperationCall, OperationDeps } from "./operation.js";
import { knownRegion, optional, required, stopOnDryRun } from "./parameters.js";

const MAX_DISKS = 17;
const FORMATS = new Set(["RAW", "VHD", "QCOW2"]);
const ARCHITECTURES = new Set(["i386", "x86_64", "arm64"]);
const OS_TYPES = new Set(["windows", "linux"]);
const DISK_KEY = /^DiskDeviceMapping\.(\d{1,2})\./;
// 2 to 128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and `-` (the documented rule).
const IMAGE_NAME = /^\p{L}[\p{L}\p{N}.:_-]{1,127}$/u;

function isValidImageName(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    IMAGE_NAME.test(name) &&
    !lower.startsWith("acs:") &&
    !lower.startsWith("aliyun") &&
    !lower.includes("http://") &&
    !lower.includes("https://")
  );
}

/** The disk numbers a request mentions, ascending; disk 1 (the system disk) is always expected. */
function diskNumbers(call: OperationCall): number[] {
  const numbers = new Set<number>([1]);
  for (const name of call.params.keys()) {
    const n = Number(DISK_KEY.exec(name)?.[1]);
    if (n >= 1 && n <= MAX_DISKS) {
      numbers.add(n);
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

/** ImportImage: starts a task that imports an image file from OSS as a new custom image. */
export function importImage(deps: OperationDeps): Operation {
  return async (call) => {
    required(deps, call, "RegionId");
    const disks: ImportedDisk[] = [];
    for (const n of diskNumbers(call)) {
      const prefix = `DiskDeviceMapping.${n}`;
      const ossBucket = required(deps, call, `${prefix}.OSSBucket`);
      const ossObject = required(deps, call, `${prefix}.OSSObject`);
      disks.push({ ossBucket, ossObject });
    }
    const regionId = knownRegion(deps, call);
    for (const n of diskNumbers(call)) {
      const format = optional(call, `DiskDeviceMapping.${n}.Format`);
      if (format !== undefined && !FORMATS.has(format.toUpperCase())) {
        throw deps.errors.error(call.action, "InvalidImageFormat.Malformed");
      }
    }
    const architecture = optional(call, "Architecture");
    if (architecture !== undefined && !ARCHITECTURES.has(architecture)) {
      throw deps.errors.error(call.action, "InvalidArchitecture.Malformed");
    }
    const osType = optional(call, "OSType");
    if (osType !== undefined && !OS_TYPES.has(osType.toLowerCase())) {
      throw deps.errors.error(call.action, "InvalidOSType.Malformed");
    }
    const imageName = optional(call, "ImageName");
    if (imageName !== undefined && !isValidImageName(imageName)) {
      throw deps.errors.error(call.action, "InvalidImageName.Malformed");
    }
    stopOnDryRun(deps, call);
    const imageId = deps.ids.resourceId("m");
    const taskId = deps.ids.resourceId("t");
    await deps.store.insert(
      newTaskRecord(deps, call, {
        regionId,
        taskId,
        taskAction: "ImportImage",
        resourceId: imageId,
        details: { kind: "import", disks },
      }),
    );
    return { RegionId: regionId, ImageId: imageId, TaskId: taskId } satisfies Omit<
      ImportImageResponse,
      "RequestId"
    >;
  };
}
