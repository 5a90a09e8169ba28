/** One region as DescribeRegions lists it. */
export interface RegionEntry {
  readonly regionId: string;
  readonly localName: string;
  readonly regionEndpoint: string;
  readonly status: "available" | "soldOut";
}

// The public ECS regions (aliyun-openapi-meta products.json) with their English names. The central
// regions answer on the shared endpoint `ecs.aliyuncs.com`, the others on `ecs.<region>.aliyuncs.com`.
const CENTRAL = new Set([
  "cn-qingdao",
  "cn-beijing",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-shenzhen",
  "cn-hongkong",
]);
const NAMES: readonly (readonly [string, string])[] = [
  ["cn-qingdao", "China (Qingdao)"],
  ["cn-beijing", "China (Beijing)"],
  ["cn-zhangjiakou", "China (Zhangjiakou)"],
  ["cn-huhehaote", "China (Hohhot)"],
  ["cn-wulanchabu", "China (Ulanqab)"],
  ["cn-hangzhou", "China (Hangzhou)"],
  ["cn-shanghai", "China (Shanghai)"],
  ["cn-nanjing", "China (Nanjing - Local Region)"],
  ["cn-fuzhou", "China (Fuzhou - Local Region)"],
  ["cn-shenzhen", "China (Shenzhen)"],
  ["cn-heyuan", "China (Heyuan)"],
  ["cn-guangzhou", "China (Guangzhou)"],
  ["cn-chengdu", "China (Chengdu)"],
  ["cn-hongkong", "China (Hong Kong)"],
  ["cn-wuhan-lr", "China (Wuhan - Local Region)"],
  ["cn-zhongwei", "China (Zhongwei)"],
  ["ap-northeast-1", "Japan (Tokyo)"],
  ["ap-northeast-2", "South Korea (Seoul)"],
  ["ap-southeast-1", "Singapore"],
  ["ap-southeast-2", "Australia (Sydney)"],
  ["ap-southeast-3", "Malaysia (Kuala Lumpur)"],
  ["ap-southeast-5", "Indonesia (Jakarta)"],
  ["ap-southeast-6", "Philippines (Manila)"],
  ["ap-southeast-7", "Thailand (Bangkok)"],
  ["ap-southeast-8", "Malaysia (Johor)"],
  ["ap-south-1", "India (Mumbai)"],
  ["us-east-1", "US (Virginia)"],
  ["us-west-1", "US (Silicon Valley)"],
  ["us-southeast-1", "US (Atlanta)"],
  ["na-south-1", "Mexico"],
  ["eu-central-1", "Germany (Frankfurt)"],
  ["eu-west-1", "UK (London)"],
  ["me-east-1", "UAE (Dubai)"],
  ["me-central-1", "Saudi Arabia (Riyadh)"],
];

/** Every region the emulator knows, in the order DescribeRegions lists them. */
export const REGIONS: readonly RegionEntry[] = Object.freeze(
  NAMES.map(([regionId, localName]) => ({
    regionId,
    localName,
    regionEndpoint: CENTRAL.has(regionId) ? "ecs.aliyuncs.com" : `ecs.${regionId}.aliyuncs.com`,
    status: "available" as const,
  })),
);

const KNOWN = new Map(REGIONS.map((r) => [r.regionId, r.regionId]));

/** Whether `regionId` names a region of the catalogue; anything else is `InvalidRegionId.NotFound`. */
export function isKnownRegion(regionId: string): boolean {
  return KNOWN.has(regionId);
}

/**
 * The catalogue's own string for a known region id, or undefined. Stored records use it, so a million
 * tasks share one string per region instead of each keeping the copy its request carried.
 */
export function canonicalRegionId(regionId: string): string | undefined {
  return KNOWN.get(regionId);
}

const ENDPOINT_HOST = /^ecs(?:-vpc)?[.-]([a-z0-9-]+)\.aliyuncs\.com(?::\d+)?$/;

/** The region a regional endpoint host names (`ecs.cn-beijing.aliyuncs.com` → `cn-beijing`), if any. */
export function regionOfHost(host: string | undefined): string | undefined {
  const match = host === undefined ? null : ENDPOINT_HOST.exec(host.toLowerCase());
  const region = match?.[1];
  return region !== undefined && KNOWN.has(region) ? region : undefined;
}
