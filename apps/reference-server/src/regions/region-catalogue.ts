/** One region as DescribeRegions lists it. */
export interface RegionEntry {
  readonly regionId: string;
  /** The English name (`AcceptLanguage=en-US`). */
  readonly localName: string;
  /** The Simplified Chinese name (`AcceptLanguage=zh-CN`, the documented default). */
  readonly chineseName: string;
  readonly regionEndpoint: string;
  readonly status: "available" | "soldOut";
}

// The public ECS regions (aliyun-openapi-meta products.json) with their English and Chinese names. The central
// regions answer on the shared endpoint `ecs.aliyuncs.com`, the others on `ecs.<region>.aliyuncs.com`.
const CENTRAL = new Set([
  "cn-qingdao",
  "cn-beijing",
  "cn-hangzhou",
  "cn-shanghai",
  "cn-shenzhen",
  "cn-hongkong",
]);

/*
 * Sources of the names (decision 0039):
 * - English: AlibabaCloudDocs/ros `intl.en-US/API Reference/Other operations/DescribeRegions.md` (sample answer),
 *   the reference notes' table; marked `*` where no source was found (best knowledge).
 * - Chinese: AlibabaCloudDocs/ecs `cn.zh-CN/API参考/附录/如何通过内网调用API.md`@da8cfd52 (the region table);
 *   菲律宾（马尼拉） and 泰国（曼谷） from aliyun/aliyun-openapi-meta `zh-CN/ecs/*.json`@2563691c (EIP notes);
 *   marked `*` where no source was found (best knowledge, in the same pattern).
 */
const NAMES: readonly (readonly [regionId: string, english: string, chinese: string])[] = [
  ["cn-qingdao", "China (Qingdao)", "华北 1（青岛）"],
  ["cn-beijing", "China (Beijing)", "华北 2（北京）"],
  ["cn-zhangjiakou", "China (Zhangjiakou)", "华北 3（张家口）"],
  ["cn-huhehaote", "China (Hohhot)", "华北 5（呼和浩特）"],
  ["cn-wulanchabu", "China (Ulanqab)", "华北 6（乌兰察布）"],
  ["cn-hangzhou", "China (Hangzhou)", "华东 1（杭州）"],
  ["cn-shanghai", "China (Shanghai)", "华东 2（上海）"],
  ["cn-nanjing", "China (Nanjing - Local Region)", "华东 5（南京-本地地域）"], // * both
  ["cn-fuzhou", "China (Fuzhou - Local Region)", "华东 6（福州-本地地域）"], // * both
  ["cn-shenzhen", "China (Shenzhen)", "华南 1（深圳）"],
  ["cn-heyuan", "China (Heyuan)", "华南 2（河源）"],
  ["cn-guangzhou", "China (Guangzhou)", "华南 3（广州）"],
  ["cn-chengdu", "China (Chengdu)", "西南 1（成都）"],
  ["cn-hongkong", "China (Hong Kong)", "中国（香港）"],
  ["cn-wuhan-lr", "China (Wuhan - Local Region)", "华中 1（武汉-本地地域）"], // * both
  ["cn-zhongwei", "China (Zhongwei)", "西北 1（中卫）"], // * both
  ["ap-northeast-1", "Japan (Tokyo)", "日本（东京）"],
  ["ap-northeast-2", "South Korea (Seoul)", "韩国（首尔）"], // * both
  ["ap-southeast-1", "Singapore", "新加坡"],
  ["ap-southeast-2", "Australia (Sydney)", "澳大利亚（悉尼）"],
  ["ap-southeast-3", "Malaysia (Kuala Lumpur)", "马来西亚（吉隆坡）"],
  ["ap-southeast-5", "Indonesia (Jakarta)", "印度尼西亚（雅加达）"],
  ["ap-southeast-6", "Philippines (Manila)", "菲律宾（马尼拉）"], // * English
  ["ap-southeast-7", "Thailand (Bangkok)", "泰国（曼谷）"], // * English
  ["ap-southeast-8", "Malaysia (Johor)", "马来西亚（柔佛）"], // * both
  ["ap-south-1", "India (Mumbai)", "印度（孟买）"],
  ["us-east-1", "US (Virginia)", "美国（弗吉尼亚）"],
  ["us-west-1", "US (Silicon Valley)", "美国（硅谷）"],
  ["us-southeast-1", "US (Atlanta)", "美国（亚特兰大）"], // * both
  ["na-south-1", "Mexico", "墨西哥"], // * both
  ["eu-central-1", "Germany (Frankfurt)", "德国（法兰克福）"],
  ["eu-west-1", "UK (London)", "英国（伦敦）"],
  ["me-east-1", "UAE (Dubai)", "阿联酋（迪拜）"],
  ["me-central-1", "Saudi Arabia (Riyadh)", "沙特（利雅得）"], // * both
];

/** Every region the emulator knows, in the order DescribeRegions lists them. */
export const REGIONS: readonly RegionEntry[] = Object.freeze(
  NAMES.map(([regionId, localName, chineseName]) => ({
    regionId,
    localName,
    chineseName,
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
