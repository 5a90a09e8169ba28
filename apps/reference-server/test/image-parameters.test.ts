import { documentedErrors } from "@ecs-tasks/contract";
import { openapiDocument } from "@ecs-tasks/contract/openapi-document";
import { createSchemaValidator } from "@ecs-tasks/contract/validation";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";
import { rpcGet } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

// The edges of ImportImage's and ExportImage's value rules (openapi/paths/import-image.yaml): what is
// accepted right at a limit and refused just past it. The refusals themselves are provoked for every error
// by documented-errors.test.ts; here each is also checked against the example the spec names.

type Params = Record<string, string>;

const SYSTEM_DISK: Params = {
  RegionId: "cn-hangzhou",
  "DiskDeviceMapping.1.OSSBucket": "ecsimageos",
  "DiskDeviceMapping.1.OSSObject": "CentOS_5.4_32.raw",
};

function newApp() {
  return createApp({
    seed: "image-parameters",
    clock: new ControllableClock({ startMs: Date.UTC(2026, 0, 1), frozen: true }),
  });
}

async function expectAccepted(action: string, params: Params): Promise<void> {
  const response = await rpcGet(newApp(), action, params);
  const body = await expectDocumentedResponse(response, action);
  expect(response.status, JSON.stringify(body)).toBe(200);
}

async function expectRefused(action: string, params: Params, example: string): Promise<void> {
  const documented = documentedErrors.find((e) => e.action === action && e.name === example);
  expect(documented, `${action} documents ${example}`).toBeDefined();
  const response = await rpcGet(newApp(), action, params);
  const body = await expectDocumentedResponse(response, action);
  expect(response.status).toBe(documented?.status);
  expect(body.Code).toBe(documented?.code);
  expect(body.Message).toBe(documented?.message);
}

describe("ImportImage accepts every value its sources document", () => {
  it.each([
    ["VMDK, the SDK's fourth format", { "DiskDeviceMapping.1.Format": "VMDK" }],
    ["a lower-case format", { "DiskDeviceMapping.1.Format": "qcow2" }],
    ["the smallest disk", { "DiskDeviceMapping.1.DiskImageSize": "1" }],
    ["the largest disk", { "DiskDeviceMapping.1.DiskImageSize": "2048" }],
    ["the largest disk by its deprecated name", { "DiskDeviceMapping.1.DiskImSize": "2048" }],
    ["the last device name", { "DiskDeviceMapping.1.Device": "/dev/xvdz" }],
    ["arm64 booting by UEFI", { Architecture: "arm64", BootMode: "UEFI" }],
    ["arm64 with no boot mode (UEFI is its default)", { Architecture: "arm64" }],
    ["the SDK's Other Windows platform", { Platform: "Other Windows", OSType: "windows" }],
    ["a platform with a space", { Platform: "Rocky Linux" }],
    ["the metadata's Auto licence", { LicenseType: "Auto" }],
    ["the SDK's default licence", { LicenseType: "Aliyun" }],
    ["a two-character description", { Description: "ab" }],
    ["a description mentioning a web address later on", { Description: "see https://example.com" }],
    ["the standard image check", { DetectionStrategy: "Standard" }],
    ["both Features members", { "Features.NvmeSupport": "supported", "Features.ImdsSupport": "v2" }],
    ["a CloudBox location", { StorageLocationArn: "arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx123" }],
    ["a 64-character client token", { ClientToken: "a".repeat(64) }],
    ["two different tag keys", { "Tag.1.Key": "env", "Tag.2.Key": "team", "Tag.2.Value": "images" }],
    [
      "a data disk beside the system disk",
      { "DiskDeviceMapping.2.OSSBucket": "ecsimageos", "DiskDeviceMapping.2.OSSObject": "data.qcow2" },
    ],
    ["a disk numbered past 17, which is ignored", { "DiskDeviceMapping.18.OSSBucket": "Not_A_Bucket" }],
  ])("%s", async (_, extra) => {
    await expectAccepted("ImportImage", { ...SYSTEM_DISK, ...extra });
  });
});

describe("ImportImage refuses, just past each limit, with the documented error", () => {
  it.each([
    ["a disk of 0 GiB", { "DiskDeviceMapping.1.DiskImageSize": "0" }, "InvalidImageSize"],
    ["a disk of 2049 GiB", { "DiskDeviceMapping.1.DiskImageSize": "2049" }, "InvalidImageSize"],
    ["a disk size that is no number", { "DiskDeviceMapping.1.DiskImageSize": "80GiB" }, "InvalidImageSize"],
    [
      "a data disk of 2049 GiB by the deprecated name",
      {
        "DiskDeviceMapping.2.OSSBucket": "ecsimageos",
        "DiskDeviceMapping.2.OSSObject": "data.raw",
        "DiskDeviceMapping.2.DiskImSize": "2049",
      },
      "InvalidDataDiskSize",
    ],
    ["a one-character description", { Description: "x" }, "InvalidDescription.Malformed"],
    ["a 257-character description", { Description: "d".repeat(257) }, "InvalidDescription.Malformed"],
    [
      "a description starting with a web address",
      { Description: "http://x" },
      "InvalidDescription.Malformed",
    ],
    ["a platform in the wrong case", { Platform: "centos" }, "InvalidPlatform.Malformed"],
    ["the licence type in the wrong case", { LicenseType: "byol" }, "InvalidLicenseType.NotSupported"],
    ["a 65-character client token", { ClientToken: "a".repeat(65) }, "InvalidClientToken.Malformed"],
    [
      "a bucket name in upper case",
      { "DiskDeviceMapping.1.OSSBucket": "Images" },
      "InvalidOSSBucket.Malformed",
    ],
    [
      "a bucket name of 64 characters",
      { "DiskDeviceMapping.1.OSSBucket": "b".repeat(64) },
      "InvalidOSSBucket.Malformed",
    ],
    [
      "a bucket name ending with a hyphen",
      { "DiskDeviceMapping.1.OSSBucket": "images-" },
      "InvalidOSSBucket.Malformed",
    ],
    [
      "an object key of 1024 bytes",
      { "DiskDeviceMapping.1.OSSObject": "é".repeat(512) },
      "InvalidOSSObject.Malformed",
    ],
    [
      "an object key starting with a backslash",
      { "DiskDeviceMapping.1.OSSObject": "\\image.raw" },
      "InvalidOSSObject.Malformed",
    ],
    ["a device past /dev/xvdz", { "DiskDeviceMapping.1.Device": "/dev/xvdaa" }, "InvalidParameter.Malformed"],
    ["the same tag key twice", { "Tag.1.Key": "Env", "Tag.3.Key": "env" }, "TagKey.Duplication"],
    [
      "only a data disk, without the system disk",
      { RegionId: "cn-hangzhou", "DiskDeviceMapping.2.OSSBucket": "b", "DiskDeviceMapping.2.OSSObject": "o" },
      "MissingParameter.DiskDeviceMapping.1.OSSBucket",
    ],
    [
      "only disks numbered past 17",
      { RegionId: "cn-hangzhou", "DiskDeviceMapping.18.OSSBucket": "ecsimageos" },
      "MissingParameter.DiskDeviceMapping",
    ],
  ])("%s", async (_, extra, example) => {
    const base = "RegionId" in extra && !("DiskDeviceMapping.1.OSSObject" in extra) ? {} : SYSTEM_DISK;
    await expectRefused("ImportImage", { ...base, ...extra }, example);
  });

  it("checks the RegionId before the disks, and the disks before the other values", async () => {
    await expectRefused("ImportImage", { Platform: "Plan 9" }, "MissingParameter.RegionId");
    await expectRefused(
      "ImportImage",
      { ...SYSTEM_DISK, RegionId: "xx-nowhere-1", Platform: "Plan 9" },
      "InvalidRegionId.NotFound",
    );
    await expectRefused(
      "ImportImage",
      { ...SYSTEM_DISK, "DiskDeviceMapping.1.Format": "ISO", Platform: "Plan 9" },
      "InvalidImageFormat.Malformed",
    );
    await expectRefused(
      "ImportImage",
      { ...SYSTEM_DISK, Platform: "Plan 9", DryRun: "true" },
      "InvalidPlatform.Malformed",
    );
  });
});

// For each constrained parameter, values either side of its rule: the server must accept a value exactly when
// the spec's schema for that parameter does, so the spec states the rule the server enforces. (Left out: what a
// schema cannot say, such as an OSS key's limit in bytes, and the spellings the server compares without case.)
const validateSchema = createSchemaValidator(openapiDocument);
const importPath = "/paths/~1#Action=ImportImage";

function schemaPointer(wireName: string): string {
  const document = openapiDocument as { paths: Record<string, { parameters: { name?: string }[] }> };
  const parameters = document.paths["/#Action=ImportImage"]?.parameters ?? [];
  const [list, , member] = wireName.split(".");
  const index = parameters.findIndex((p) => p.name === wireName || (member !== undefined && p.name === list));
  expect(index, `ImportImage declares ${wireName}`).toBeGreaterThanOrEqual(0);
  const own = parameters[index]?.name === wireName;
  return `${importPath}/parameters/${index}/schema${own ? "" : `/items/properties/${member}`}`;
}

function specAccepts(wireName: string, value: string): boolean {
  // Integers travel as text; one that is not all digits is checked as the text it is, and fails the type.
  const typed = /^\d+$/.test(value) && /Size$/.test(wireName) ? Number(value) : value;
  return validateSchema(schemaPointer(wireName), typed).length === 0;
}

describe("ImportImage's spec and server agree on every value rule", () => {
  it.each([
    ["ImageName", "ImageTestName", "InvalidImageName.Malformed"],
    ["ImageName", "镜像-2026.1:a_b", "InvalidImageName.Malformed"],
    ["ImageName", "a", "InvalidImageName.Malformed"],
    ["ImageName", "9-starts-with-a-digit", "InvalidImageName.Malformed"],
    ["ImageName", "ACS:image", "InvalidImageName.Malformed"],
    ["ImageName", "AliYunImage", "InvalidImageName.Malformed"],
    ["ImageName", "image/with/slashes", "InvalidImageName.Malformed"],
    ["ImageName", `a${"b".repeat(127)}`, "InvalidImageName.Malformed"],
    ["Description", "ab", "InvalidDescription.Malformed"],
    ["Description", "x", "InvalidDescription.Malformed"],
    ["Description", "HTTPS://example.com", "InvalidDescription.Malformed"],
    ["Description", "d".repeat(256), "InvalidDescription.Malformed"],
    ["ClientToken", "a".repeat(64), "InvalidClientToken.Malformed"],
    ["ClientToken", "tök", "InvalidClientToken.Malformed"],
    ["DiskDeviceMapping.1.OSSBucket", "b", "InvalidOSSBucket.Malformed"],
    ["DiskDeviceMapping.1.OSSBucket", "b".repeat(63), "InvalidOSSBucket.Malformed"],
    ["DiskDeviceMapping.1.OSSBucket", "b".repeat(64), "InvalidOSSBucket.Malformed"],
    ["DiskDeviceMapping.1.OSSBucket", "-images", "InvalidOSSBucket.Malformed"],
    ["DiskDeviceMapping.1.OSSBucket", "my_images", "InvalidOSSBucket.Malformed"],
    ["DiskDeviceMapping.1.OSSObject", "dir/a.raw", "InvalidOSSObject.Malformed"],
    ["DiskDeviceMapping.1.OSSObject", "\\a.raw", "InvalidOSSObject.Malformed"],
    ["DiskDeviceMapping.1.OSSObject", "a".repeat(1024), "InvalidOSSObject.Malformed"],
    ["DiskDeviceMapping.1.DiskImageSize", "1", "InvalidImageSize"],
    ["DiskDeviceMapping.1.DiskImageSize", "2049", "InvalidImageSize"],
    ["DiskDeviceMapping.1.DiskImageSize", "-1", "InvalidImageSize"],
    ["DiskDeviceMapping.1.DiskImSize", "2048", "InvalidDataDiskSize"],
    ["DiskDeviceMapping.1.DiskImSize", "0", "InvalidDataDiskSize"],
    ["DiskDeviceMapping.1.Device", "/dev/xvdb", "InvalidParameter.Malformed"],
    ["DiskDeviceMapping.1.Device", "/dev/vdb", "InvalidParameter.Malformed"],
    ["DiskDeviceMapping.1.Format", "vmdk", "InvalidImageFormat.Malformed"],
    ["DiskDeviceMapping.1.Format", "ISO", "InvalidImageFormat.Malformed"],
    ["Architecture", "arm64", "InvalidArchitecture.Malformed"],
    ["Architecture", "ARM64", "InvalidArchitecture.Malformed"],
    ["Platform", "Fedora CoreOS", "InvalidPlatform.Malformed"],
    ["Platform", "fedora", "InvalidPlatform.Malformed"],
    ["BootMode", "UEFI", "InvalidBootMode.Malformed"],
    ["BootMode", "uefi", "InvalidBootMode.Malformed"],
    ["LicenseType", "Auto", "InvalidLicenseType.NotSupported"],
    ["LicenseType", "AUTO", "InvalidLicenseType.NotSupported"],
    ["DetectionStrategy", "Standard", "InvalidParameter.DetectionStrategy"],
    ["DetectionStrategy", "standard", "InvalidParameter.DetectionStrategy"],
    ["Features.ImdsSupport", "v1", "InvalidParameter.FeaturesImdsSupport"],
    ["Features.ImdsSupport", "V2", "InvalidParameter.FeaturesImdsSupport"],
  ])("%s=%s", async (wireName, value, example) => {
    const accepted = specAccepts(wireName, value);
    const response = await rpcGet(newApp(), "ImportImage", { ...SYSTEM_DISK, [wireName]: value });
    const body = await expectDocumentedResponse(response, "ImportImage");
    const documented = documentedErrors.find((e) => e.action === "ImportImage" && e.name === example);
    expect(body.Code, JSON.stringify(body)).toBe(accepted ? undefined : documented?.code);
    expect(body.Message).toBe(accepted ? undefined : documented?.message);
  });

  it("holds both outcomes in its table, so that agreement means something", () => {
    expect(specAccepts("Platform", "Fedora CoreOS")).toBe(true);
    expect(specAccepts("Platform", "fedora")).toBe(false);
  });
});

describe("ExportImage", () => {
  it.each(["vmdk", "VDI", "qcow2"])("accepts the format %s", async (format) => {
    await expectAccepted("ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-bp67acfmxazb4p0000",
      OSSBucket: "testexportimage",
      ImageFormat: format,
      OSSPrefix: "A".repeat(30),
    });
  });

  it("refuses a prefix of 31 characters", async () => {
    await expectRefused(
      "ExportImage",
      {
        RegionId: "cn-hangzhou",
        ImageId: "m-bp67acfmxazb4p0000",
        OSSBucket: "testexportimage",
        OSSPrefix: "A".repeat(31),
      },
      "InvalidOSSPrefix.Malformed",
    );
  });
});
