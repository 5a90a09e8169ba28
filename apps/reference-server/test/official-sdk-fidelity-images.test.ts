import { documentedErrors } from "@ecs-tasks/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CheckedServer } from "./support/live-server.js";
import {
  Ecs,
  type Json,
  rejection,
  SDK_CONTROL_TOKEN,
  sdkClient,
  startSdkServer,
} from "./support/official-sdk.js";

// ImportImage's and ExportImage's documented errors as a user of the official SDK meets them (issue 13):
// each provokable one from the SDK's own request model, the account-state ones injected as faults.

type ImportFields = ConstructorParameters<typeof Ecs.ImportImageRequest>[0];

let server: CheckedServer;

beforeAll(async () => {
  server = await startSdkServer("sdk-images");
});
afterAll(async () => {
  await server.close();
  expect(server.checked()).toBeGreaterThan(20);
  expect(server.violations).toEqual([]);
});

async function injectFault(action: string, error: string): Promise<void> {
  const response = await fetch(`${server.url}/_reference/faults`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${SDK_CONTROL_TOKEN}` },
    body: JSON.stringify({ action, error }),
  });
  expect(response.status).toBe(201);
}

function documented(action: string, name: string) {
  const found = documentedErrors.find((e) => e.action === action && e.name === name);
  if (found === undefined) {
    throw new Error(`${action} documents no ${name}`);
  }
  return found;
}

/** The SDK's error carries the documented status and code, and the documented message in its text. */
function expectDocumented(error: Json, action: string, name: string): void {
  const { status, code, message } = documented(action, name);
  expect(error).toMatchObject({ code, statusCode: status });
  expect(String(error.message)).toContain(message);
}

const systemDisk = (fields: Partial<InstanceType<typeof Ecs.ImportImageRequestDiskDeviceMapping>> = {}) =>
  new Ecs.ImportImageRequestDiskDeviceMapping({
    OSSBucket: "ecsimageos",
    OSSObject: "CentOS.raw",
    ...fields,
  });

function importRequest(fields: ImportFields = {}) {
  return new Ecs.ImportImageRequest({
    regionId: "cn-hangzhou",
    diskDeviceMapping: [systemDisk()],
    ...fields,
  });
}

describe.each([
  ["V3 signature (default)", undefined],
  ["V1 signature (signatureAlgorithm: 'v2')", "v2" as const],
])("@alicloud/ecs20140526 ImportImage and ExportImage with %s", (_, signatureAlgorithm) => {
  it("imports with every parameter the SDK's model has, Features as a structure included", async () => {
    const client = sdkClient(server, signatureAlgorithm);
    const imported = await client.importImage(
      importRequest({
        architecture: "arm64",
        bootMode: "UEFI",
        platform: "Other Windows",
        OSType: "windows",
        licenseType: "BYOL",
        description: "Imported by the official SDK",
        imageName: "sdk-image",
        detectionStrategy: "Standard",
        storageLocationArn: "arn:acs:cloudbox:cn-hangzhou:123456:cloudbox/cb-xx123",
        clientToken: "123e4567-e89b-12d3-a456-426655440000",
        features: new Ecs.ImportImageRequestFeatures({ nvmeSupport: "supported", imdsSupport: "v2" }),
        tag: [new Ecs.ImportImageRequestTag({ key: "env", value: "test" })],
        diskDeviceMapping: [
          systemDisk({ format: "VMDK", diskImageSize: 2048 }),
          new Ecs.ImportImageRequestDiskDeviceMapping({
            OSSBucket: "ecsimageos",
            OSSObject: "data.qcow2",
            format: "QCOW2",
            diskImageSize: 1,
          }),
        ],
      }),
    );
    expect(imported.statusCode).toBe(200);
    expect(imported.body?.taskId).toMatch(/^t-/);
    const task = await client.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId: imported.body?.taskId }),
    );
    expect(task.body?.totalCount).toBe(2);
  });

  it.each<[string, ImportFields]>([
    ["InvalidPlatform.Malformed", { platform: "Plan 9" }],
    ["InvalidLicenseType.NotSupported", { licenseType: "Free" }],
    ["InvalidDescription.Malformed", { description: "x" }],
    ["InvalidImageSize", { diskDeviceMapping: [systemDisk({ diskImageSize: 4096 })] }],
    ["InvalidDataDiskSize", { diskDeviceMapping: [systemDisk({ diskImSize: 0 })] }],
    ["InvalidParameter.Malformed", { diskDeviceMapping: [systemDisk({ device: "/dev/sda" })] }],
    ["InvalidOSSObject.Malformed", { diskDeviceMapping: [systemDisk({ OSSObject: "/abs.raw" })] }],
    ["InvalidOSSBucket.Malformed", { diskDeviceMapping: [systemDisk({ OSSBucket: "Not_A_Bucket" })] }],
    ["InvalidImageFormat.Malformed", { diskDeviceMapping: [systemDisk({ format: "ISO" })] }],
    ["InvalidBootMode.Malformed", { bootMode: "CSM" }],
    ["InvalidBootMode.NotSupport", { architecture: "arm64", bootMode: "BIOS" }],
    ["InvalidParameter.DetectionStrategy", { detectionStrategy: "Deep" }],
    [
      "InvalidParameter.FeaturesImdsSupport",
      { features: new Ecs.ImportImageRequestFeatures({ imdsSupport: "v3" }) },
    ],
    ["InvalidClientToken.Malformed", { clientToken: "t".repeat(65) }],
    [
      "TagKey.Duplication",
      {
        tag: [new Ecs.ImportImageRequestTag({ key: "env" }), new Ecs.ImportImageRequestTag({ key: "ENV" })],
      },
    ],
    ["MissingParameter.DiskDeviceMapping", { diskDeviceMapping: [] }],
  ])("ImportImage: %s", async (name, fields) => {
    const error = await rejection(sdkClient(server, signatureAlgorithm).importImage(importRequest(fields)));
    expectDocumented(error, "ImportImage", name);
  });

  it.each(["ImageIsImporting", "InvalidOSSBucket.NotMatched", "InvalidResourceGroup.NotFound"])(
    "ImportImage: %s, injected as a fault",
    async (name) => {
      await injectFault("ImportImage", name);
      const error = await rejection(sdkClient(server, signatureAlgorithm).importImage(importRequest()));
      expectDocumented(error, "ImportImage", name);
    },
  );

  it.each(["InvalidImageName.Malformed", "InvalidOSSBucket.NotMatched", "InvalidImage.DiskAmountOrSize"])(
    "ExportImage: %s, injected as a fault",
    async (name) => {
      await injectFault("ExportImage", name);
      const error = await rejection(
        sdkClient(server, signatureAlgorithm).exportImage(
          new Ecs.ExportImageRequest({
            regionId: "cn-hangzhou",
            imageId: "m-1",
            OSSBucket: "testexportimage",
          }),
        ),
      );
      expectDocumented(error, "ExportImage", name);
    },
  );
});
