import { describe, expect, it } from "vitest";
import { flattenParameters } from "./flatten-parameters.js";

describe("flattenParameters", () => {
  it("numbers lists from 1 and names object members with a dot, as ECS does", () => {
    expect(
      flattenParameters({
        RegionId: "cn-hangzhou",
        DiskDeviceMapping: [
          { OSSBucket: "b", OSSObject: "a.vhd", DiskImageSize: 40 },
          { OSSBucket: "c", OSSObject: "d.raw" },
        ],
        Tag: [{ Key: "k", Value: "v" }],
        Features: { NvmeSupport: "supported" },
      }),
    ).toEqual([
      ["RegionId", "cn-hangzhou"],
      ["DiskDeviceMapping.1.OSSBucket", "b"],
      ["DiskDeviceMapping.1.OSSObject", "a.vhd"],
      ["DiskDeviceMapping.1.DiskImageSize", "40"],
      ["DiskDeviceMapping.2.OSSBucket", "c"],
      ["DiskDeviceMapping.2.OSSObject", "d.raw"],
      ["Tag.1.Key", "k"],
      ["Tag.1.Value", "v"],
      ["Features.NvmeSupport", "supported"],
    ]);
  });

  it("writes numbers and booleans as strings and leaves out undefined and null", () => {
    expect(flattenParameters({ PageSize: 10, DryRun: false, TaskIds: undefined, OwnerId: null })).toEqual([
      ["PageSize", "10"],
      ["DryRun", "false"],
    ]);
  });

  it("keeps a comma-separated TaskIds as one value", () => {
    expect(flattenParameters({ TaskIds: "t-1,t-2" })).toEqual([["TaskIds", "t-1,t-2"]]);
  });
});
