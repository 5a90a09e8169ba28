import type { DescribeRegionsResponse } from "@ecs-tasks/contract";
import { REGIONS } from "../regions/region-catalogue.js";
import type { Operation, OperationDeps } from "./operation.js";
import { optional } from "./parameters.js";

const LANGUAGES = new Set(["zh-CN", "zh_TW", "en-US", "ja", "fr", "de", "ko"]);
const RESOURCE_TYPES = new Set(["instance", "disk", "reservedinstance", "scu"]);

const BODY: Omit<DescribeRegionsResponse, "RequestId"> = Object.freeze({
  Regions: {
    Region: REGIONS.map((r) => ({
      RegionId: r.regionId,
      LocalName: r.localName,
      RegionEndpoint: r.regionEndpoint,
      Status: r.status,
    })),
  },
});

/** DescribeRegions: the region catalogue (names in English whatever `AcceptLanguage` asks for). */
export function describeRegions(deps: OperationDeps): Operation {
  return async (call) => {
    const language = optional(call, "AcceptLanguage");
    if (language !== undefined && !LANGUAGES.has(language)) {
      throw deps.errors.error(call.action, "InvalidAcceptLanguage.NotFound");
    }
    const resourceType = optional(call, "ResourceType");
    if (resourceType !== undefined && !RESOURCE_TYPES.has(resourceType)) {
      throw deps.errors.error(call.action, "InvalidResourceType.NotFound");
    }
    return BODY;
  };
}
