import type { ImportImageResponse } from "@ecs-tasks/contract";
import type { ImportedDisk } from "../tasks/task-record.js";
import { newTaskRecord } from "./new-task.js";
import type { Operation, OperationCall, OperationDeps } from "./operation.js";
import { knownRegion, optional, required, stopOnDryRun } from "./parameters.js";
import { specEnum, specNumber, specPattern } from "./spec-rules.js";

// The value rules are the spec's (openapi/paths/import-image.yaml), each with its source there;
// docs/decisions/0037-image-operations-fidelity.md records the choices between disagreeing sources.
const MAX_DISKS = specNumber("ImportImage", "DiskDeviceMapping", "maxItems");
// Formats are matched without regard to case (the spec lists both spellings).
const FORMATS = new Set([...specEnum("ImportImage", "DiskDeviceMapping.Format")].map((f) => f.toUpperCase()));
const ARCHITECTURES = specEnum("ImportImage", "Architecture");
const OS_TYPES = specEnum("ImportImage", "OSType");
const PLATFORMS = specEnum("ImportImage", "Platform");
const BOOT_MODES = specEnum("ImportImage", "BootMode");
const LICENSE_TYPES = specEnum("ImportImage", "LicenseType");
const DETECTION_STRATEGIES = specEnum("ImportImage", "DetectionStrategy");
const IMDS_SUPPORT = specEnum("ImportImage", "Features.ImdsSupport");
const MIN_DISK_GIB = specNumber("ImportImage", "DiskDeviceMapping.DiskImageSize", "minimum");
const MAX_DISK_GIB = specNumber("ImportImage", "DiskDeviceMapping.DiskImageSize", "maximum");
const MAX_TAGS = specNumber("ImportImage", "Tag", "maxItems");
const DISK_KEY = /^DiskDeviceMapping\.(\d{1,2})\./;
const TAG_KEY = /^Tag\.(\d{1,2})\.Key$/;
const IMAGE_NAME = specPattern("ImportImage", "ImageName");
const DESCRIPTION = specPattern("ImportImage", "Description");
const DESCRIPTION_MIN = specNumber("ImportImage", "Description", "minLength");
const DESCRIPTION_MAX = specNumber("ImportImage", "Description", "maxLength");
// The spec's bucket rule leaves out OSS's minimum of 3, so that placeholder names such as `b` keep working
// (decision 0037).
const OSS_BUCKET = specPattern("ImportImage", "DiskDeviceMapping.OSSBucket");
const OSS_OBJECT = specPattern("ImportImage", "DiskDeviceMapping.OSSObject");
// OSS counts a key's length in bytes of UTF-8, which the spec's maxLength (in characters) cannot say.
const OSS_OBJECT_MAX_BYTES = specNumber("ImportImage", "DiskDeviceMapping.OSSObject", "maxLength");
const DEVICE = specPattern("ImportImage", "DiskDeviceMapping.Device");
const CLIENT_TOKEN = specPattern("ImportImage", "ClientToken");

function isValidImageName(name: string): boolean {
  return IMAGE_NAME.test(name);
}

function isValidDescription(description: string): boolean {
  const length = [...description].length;
  return length >= DESCRIPTION_MIN && length <= DESCRIPTION_MAX && DESCRIPTION.test(description);
}

function isValidOssObject(key: string): boolean {
  return OSS_OBJECT.test(key) && new TextEncoder().encode(key).length <= OSS_OBJECT_MAX_BYTES;
}

function isDiskSize(value: string): boolean {
  if (!/^\d{1,5}$/.test(value)) {
    return false;
  }
  const gib = Number(value);
  return gib >= MIN_DISK_GIB && gib <= MAX_DISK_GIB;
}

/** The disk numbers a request mentions (1 to 17; higher ones are ignored, as documented), ascending. */
function mentionedDisks(call: OperationCall): number[] {
  const numbers = new Set<number>();
  for (const name of call.params.keys()) {
    const n = Number(DISK_KEY.exec(name)?.[1]);
    if (n >= 1 && n <= MAX_DISKS) {
      numbers.add(n);
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Refuses a value of `name` outside `allowed` with the documented error `errorName`. */
function checkOneOf(
  deps: OperationDeps,
  call: OperationCall,
  name: string,
  allowed: ReadonlySet<string>,
  errorName: string,
): string | undefined {
  const value = optional(call, name);
  if (value !== undefined && !allowed.has(value)) {
    throw deps.errors.error(call.action, errorName);
  }
  return value;
}

function checkDisks(deps: OperationDeps, call: OperationCall, disks: readonly number[]): void {
  for (const n of disks) {
    const prefix = `DiskDeviceMapping.${n}`;
    if (!OSS_BUCKET.test(required(deps, call, `${prefix}.OSSBucket`))) {
      throw deps.errors.error(call.action, "InvalidOSSBucket.Malformed");
    }
    if (!isValidOssObject(required(deps, call, `${prefix}.OSSObject`))) {
      throw deps.errors.error(call.action, "InvalidOSSObject.Malformed");
    }
    const format = optional(call, `${prefix}.Format`);
    if (format !== undefined && !FORMATS.has(format.toUpperCase())) {
      throw deps.errors.error(call.action, "InvalidImageFormat.Malformed");
    }
    const size = optional(call, `${prefix}.DiskImageSize`);
    if (size !== undefined && !isDiskSize(size)) {
      throw deps.errors.error(call.action, "InvalidImageSize");
    }
    const deprecatedSize = optional(call, `${prefix}.DiskImSize`);
    if (deprecatedSize !== undefined && !isDiskSize(deprecatedSize)) {
      throw deps.errors.error(call.action, "InvalidDataDiskSize");
    }
    const device = optional(call, `${prefix}.Device`);
    if (device !== undefined && !DEVICE.test(device)) {
      throw deps.errors.error(call.action, "InvalidParameter.Malformed");
    }
  }
}

function checkTags(deps: OperationDeps, call: OperationCall): void {
  const keys = new Set<string>();
  for (const [name, value] of call.params) {
    const n = Number(TAG_KEY.exec(name)?.[1]);
    if (!(n >= 1 && n <= MAX_TAGS) || value === "") {
      continue;
    }
    const key = value.toLowerCase();
    if (keys.has(key)) {
      throw deps.errors.error(call.action, "TagKey.Duplication");
    }
    keys.add(key);
  }
}

function checkImageAttributes(deps: OperationDeps, call: OperationCall): void {
  const imageName = optional(call, "ImageName");
  if (imageName !== undefined && !isValidImageName(imageName)) {
    throw deps.errors.error(call.action, "InvalidImageName.Malformed");
  }
  const description = optional(call, "Description");
  if (description !== undefined && !isValidDescription(description)) {
    throw deps.errors.error(call.action, "InvalidDescription.Malformed");
  }
  const architecture = checkOneOf(deps, call, "Architecture", ARCHITECTURES, "InvalidArchitecture.Malformed");
  const osType = optional(call, "OSType");
  if (osType !== undefined && !OS_TYPES.has(osType.toLowerCase())) {
    throw deps.errors.error(call.action, "InvalidOSType.Malformed");
  }
  checkOneOf(deps, call, "Platform", PLATFORMS, "InvalidPlatform.Malformed");
  const bootMode = checkOneOf(deps, call, "BootMode", BOOT_MODES, "InvalidBootMode.Malformed");
  if (architecture === "arm64" && bootMode === "BIOS") {
    throw deps.errors.error(call.action, "InvalidBootMode.NotSupport");
  }
  checkOneOf(deps, call, "LicenseType", LICENSE_TYPES, "InvalidLicenseType.NotSupported");
  checkOneOf(deps, call, "DetectionStrategy", DETECTION_STRATEGIES, "InvalidParameter.DetectionStrategy");
  checkOneOf(deps, call, "Features.ImdsSupport", IMDS_SUPPORT, "InvalidParameter.FeaturesImdsSupport");
  const clientToken = optional(call, "ClientToken");
  if (clientToken !== undefined && !CLIENT_TOKEN.test(clientToken)) {
    throw deps.errors.error(call.action, "InvalidClientToken.Malformed");
  }
}

/** ImportImage: starts a task that imports an image file from OSS as a new custom image. */
export function importImage(deps: OperationDeps): Operation {
  return async (call) => {
    required(deps, call, "RegionId");
    const mentioned = mentionedDisks(call);
    if (mentioned.length === 0) {
      throw deps.errors.error(call.action, "MissingParameter.DiskDeviceMapping");
    }
    // The system disk is always needed, even when only data disks are mentioned.
    const disks = mentioned.includes(1) ? mentioned : [1, ...mentioned];
    const imported: ImportedDisk[] = disks.map((n) => ({
      ossBucket: required(deps, call, `DiskDeviceMapping.${n}.OSSBucket`),
      ossObject: required(deps, call, `DiskDeviceMapping.${n}.OSSObject`),
    }));
    const regionId = knownRegion(deps, call);
    checkDisks(deps, call, disks);
    checkImageAttributes(deps, call);
    checkTags(deps, call);
    stopOnDryRun(deps, call);
    const imageId = deps.ids.resourceId("m");
    const taskId = deps.ids.resourceId("t");
    await deps.store.insert(
      newTaskRecord(deps, call, {
        regionId,
        taskId,
        taskAction: "ImportImage",
        resourceId: imageId,
        details: { kind: "import", disks: imported },
      }),
    );
    return { RegionId: regionId, ImageId: imageId, TaskId: taskId } satisfies Omit<
      ImportImageResponse,
      "RequestId"
    >;
  };
}
