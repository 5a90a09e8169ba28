import { describe, expect, it } from "vitest";
import { ErrorCatalogue } from "./error-catalogue.js";

describe("ErrorCatalogue", () => {
  const errors = new ErrorCatalogue();

  it("reads every action of the spec and the status of each error from its response", () => {
    expect(errors.actions().sort()).toEqual([
      "CancelTask",
      "DescribeRegions",
      "DescribeTaskAttribute",
      "DescribeTasks",
      "ExportImage",
      "ImportImage",
      "ModifyDiskSpec",
    ]);
    expect(errors.find("CancelTask", "InvalidTaskId.IncorrectTaskStatus")).toEqual({
      status: 403,
      code: "InvalidTaskId.IncorrectTaskStatus",
      message: "The specified task status is not invalid.",
    });
    expect(errors.find(undefined, "InvalidAction.NotFound")?.status).toBe(404);
    expect(errors.find("DescribeRegions", "Throttling")?.status).toBe(400);
    expect(errors.find("DescribeRegions", "CancelTaskFailed")).toBeUndefined();
  });

  it("words MissingParameter for any parameter as the documented examples do", () => {
    const documented = errors.missingParameter("ExportImage", "OSSBucket");
    expect(documented.message).toBe(
      'An input parameter "OSSBucket" that is mandatory for processing the request is not supplied.',
    );
    const derived = errors.missingParameter("ImportImage", "DiskDeviceMapping.3.OSSObject");
    expect([derived.status, derived.code, derived.message]).toEqual([
      400,
      "MissingParameter",
      'An input parameter "DiskDeviceMapping.3.OSSObject" that is mandatory for processing the request is not supplied.',
    ]);
  });

  it("treats an error the spec does not document as a programming error, and a spec without examples as unusable", () => {
    expect(() => errors.error("DescribeTasks", "NoSuchError")).toThrow(/documents no error NoSuchError/);
    expect(() => new ErrorCatalogue([])).toThrow(/MissingParameter\.RegionId/);
  });
});
