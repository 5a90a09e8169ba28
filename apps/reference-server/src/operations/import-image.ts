import type { ImportImageResponse } from "@ecs-tasks/contract";
import type { ImportedDisk } from "../tasks/task-record.js";
import { newTaskRecord } from "./new-task.js";
import type { Operation, OperationCall, OperationDeps } from "./operation.js";
import { knownRegion, optional, required, stopOnDryRun } from "./parameters.js";

// The value rules below are the spec's (openapi/paths/import-image.yaml), each with its source there;
// docs/decisions/0037-image-operations-fidelity.md records the choices between disagreeing sources.
const MAX_DISKS = 17;
const FORMATS = new Set(["RAW", "VHD", "QCOW2", "VMDK"]);
const ARCHITECTURES = new Set(["i386", "x86_64", "arm64"]);
const OS_TYPES = new Set(["windows", "linux"]);
const PLATFORMS = new Set([
  "Aliyun",
  "Anolis",
  "CentOS",
  "Ubuntu",
  "CoreOS",
  "SUSE",
  "Debian",
  "OpenSUSE",
  "FreeBSD",
  "RedHat",
  "Kylin",
  "UOS",
  "Fedora",
  "Fedora CoreOS",
  "CentOS Stream",
  "AlmaLinux",
  "Rocky Linux",
  "Gentoo",
  "Customized Linux",
  "Others Linux",
  "Windows Server 2022",
  "Windows Server 2019",
  "Windows Server 2016",
  "Windows Server 2012",
  "Windows Server 2008",
  "Windows Server 2003",
  "Other Windows",
]);
const BOOT_MODES = new Set(["BIOS", "UEFI"]);
const LICENSE_TYPES = new Set(["Aliyun", "BYOL", "Auto"]);
const DETECTION_STRATEGIES = new Set(["Standard"]);
const IMDS_SUPPORT = new Set(["v1", "v2"]);
const MIN_DISK_GIB = 1;
const MAX_DISK_GIB = 2048;
const MAX_TAGS = 20;
const DISK_KEY = /^DiskDeviceMapping\.(\d{1,2})\./;
const TAG_KEY = /^Tag\.(\d{1,2})\.Key$/;
// 2 to 128 characters, starting with a letter; letters, digits, `.`, `:`, `_` and `-` (the documented rule).
const IMAGE_NAME = /^\p{L}[\p{L}\p{N}.:_-]{1,127}$/u;
// OSS naming rules: lower-case letters, digits and hyphens, a letter or digit at each end, at most 63. Their
// minimum of 3 is not enforced, so that placeholder names such as `b` keep working (decision 0037).
const OSS_BUCKET = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const OSS_OBJECT_MAX_BYTES = 1023;
const DEVICE = /^\/dev\/xvd[a-z]$/;
const WEB_ADDRESS_START = /^https?:\/\//i;

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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      return false;
    }
  }
  return true;
}

function isValidDescription(description: string): boolean {
  const length = [...description].length;
  return length >= 2 && length <= 256 && !WEB_ADDRESS_START.test(description);
}

// An OSS key is 1 to 1023 bytes of UTF-8 and may not start with a slash or a backslash.
function isValidOssObject(key: string): boolean {
  return (
    !key.startsWith("/") &&
    !key.startsWith("\\") &&
    new TextEncoder().encode(key).length <= OSS_OBJECT_MAX_BYTES
  );
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
  if (clientToken !== undefined && !isAscii(clientToken)) {
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
