/** The central ECS endpoint, which serves every region. */
export const CENTRAL_ENDPOINT = "https://ecs.aliyuncs.com";

/** The ECS endpoint for a region (`https://ecs.<region>.aliyuncs.com`), or the central one without a region. */
export function ecsEndpoint(regionId?: string): string {
  return regionId ? `https://ecs.${regionId}.aliyuncs.com` : CENTRAL_ENDPOINT;
}

/**
 * Resolves the `endpoint` option to an origin. A bare host gets `https://`; a path is refused,
 * because RPC requests always go to `/` and the V3 signature covers that path.
 */
export function resolveOrigin(endpoint: string | undefined, regionId: string | undefined): string {
  const raw = endpoint ?? ecsEndpoint(regionId);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new TypeError(
      `Invalid endpoint ${JSON.stringify(raw)}: give a URL such as "https://ecs.cn-hangzhou.aliyuncs.com" or "http://127.0.0.1:8080".`,
    );
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    throw new TypeError(
      `Invalid endpoint ${JSON.stringify(raw)}: ECS requests always go to the path "/", so give only the scheme, host and port (${url.origin}).`,
    );
  }
  return url.origin;
}
