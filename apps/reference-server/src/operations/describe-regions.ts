import type { DescribeRegionsResponse } from "@ecs-tasks/contract";
import { REGIONS, type RegionEntry } from "../regions/region-catalogue.js";
import type { Operation, OperationDeps } from "./operation.js";
import { optional } from "./parameters.js";

type RegionsBody = Omit<DescribeRegionsResponse, "RequestId">;

function bodyOf(name: (region: RegionEntry) => string): RegionsBody {
  return Object.freeze({
    Regions: {
      Region: REGIONS.map((r) => ({
        RegionId: r.regionId,
        LocalName: name(r),
        RegionEndpoint: r.regionEndpoint,
        Status: r.status,
      })),
    },
  });
}

const CHINESE = bodyOf((r) => r.chineseName);
const ENGLISH = bodyOf((r) => r.localName);

/**
 * The answer per documented `AcceptLanguage` spelling (the SDK's model writes `zh-TW`, the metadata `zh_TW`).
 * Names are Alibaba's own for Chinese and English; no source gives them in the other languages, which get the
 * English ones (decision 0039).
 */
const BY_LANGUAGE: ReadonlyMap<string, RegionsBody> = new Map([
  ["zh-CN", CHINESE],
  ["en-US", ENGLISH],
  ["zh-TW", ENGLISH],
  ["zh_TW", ENGLISH],
  ["ja", ENGLISH],
  ["fr", ENGLISH],
  ["de", ENGLISH],
  ["ko", ENGLISH],
]);

/** Compared without case: the page's own sample request sends `ResourceType=Instance`. */
const RESOURCE_TYPES = new Set(["instance", "disk", "reservedinstance", "scu"]);

/** DescribeRegions: the region catalogue, named in the language `AcceptLanguage` asks for (default zh-CN). */
export function describeRegions(deps: OperationDeps): Operation {
  return async (call) => {
    const body = BY_LANGUAGE.get(optional(call, "AcceptLanguage") ?? "zh-CN");
    if (body === undefined) {
      throw deps.errors.error(call.action, "InvalidAcceptLanguage.NotFound");
    }
    const resourceType = optional(call, "ResourceType");
    if (resourceType !== undefined && !RESOURCE_TYPES.has(resourceType.toLowerCase())) {
      throw deps.errors.error(call.action, "InvalidResourceType.NotFound");
    }
    return body;
  };
}
