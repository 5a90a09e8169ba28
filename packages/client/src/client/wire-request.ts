/**
 * The `Request` class the client gives openapi-fetch (its documented `Request` option). openapi-fetch
 * builds each URL as origin + path key + `?` + query; the contract's path keys put the action in a fragment
 * (`/#Action=DescribeTaskAttribute`, decision 0001), which would swallow the query. This class drops the
 * fragment, so that openapi-fetch's own Request is the one on the wire: one Request per attempt, where a
 * middleware that moved the query would build a second (decision 0041).
 */
export function wireRequestClass(Base: typeof Request): typeof Request {
  return class WireRequest extends Base {
    constructor(input: RequestInfo | URL, init?: RequestInit) {
      super(typeof input === "string" ? withoutPathKey(input) : input, init);
    }
  };
}

/** `https://host/#Action=X?a=1` → `https://host/?a=1`. */
export function withoutPathKey(url: string): string {
  const hash = url.indexOf("#");
  if (hash === -1) {
    return url;
  }
  const query = url.indexOf("?", hash);
  return query === -1 ? url.slice(0, hash) : url.slice(0, hash) + url.slice(query);
}
