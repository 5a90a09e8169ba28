import { describe, expect, it } from "vitest";
import { isKnownRegion, REGIONS, regionOfHost } from "./region-catalogue.js";

describe("region catalogue", () => {
  it("lists the public regions once each, with endpoints", () => {
    const ids = REGIONS.map((r) => r.regionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("cn-hangzhou");
    expect(ids).toContain("eu-central-1");
    expect(REGIONS.find((r) => r.regionId === "eu-central-1")?.regionEndpoint).toBe(
      "ecs.eu-central-1.aliyuncs.com",
    );
    expect(REGIONS.find((r) => r.regionId === "cn-hangzhou")?.regionEndpoint).toBe("ecs.aliyuncs.com");
  });

  it("knows real regions and nothing else", () => {
    expect(isKnownRegion("cn-beijing")).toBe(true);
    expect(isKnownRegion("xx-nowhere-1")).toBe(false);
    expect(isKnownRegion("")).toBe(false);
    expect(isKnownRegion("CN-BEIJING")).toBe(false);
  });

  it("reads the region of a regional endpoint host", () => {
    expect(regionOfHost("ecs.cn-beijing.aliyuncs.com")).toBe("cn-beijing");
    expect(regionOfHost("ecs-cn-hangzhou.aliyuncs.com")).toBe("cn-hangzhou");
    expect(regionOfHost("ecs-vpc.eu-west-1.aliyuncs.com:443")).toBe("eu-west-1");
    expect(regionOfHost("ecs.aliyuncs.com")).toBeUndefined();
    expect(regionOfHost("127.0.0.1:8080")).toBeUndefined();
    expect(regionOfHost(undefined)).toBeUndefined();
  });
});
