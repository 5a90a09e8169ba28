import type { Hono } from "hono";

/** Any app with `request`, as `createApp` returns. */
export type TestApp = Pick<Hono, "request">;

/** A V1-style GET: action and version in the query, JSON asked for. */
export function rpcGet(app: TestApp, action: string, params: Record<string, string> = {}): Promise<Response> {
  const query = new URLSearchParams({ Action: action, Version: "2014-05-26", Format: "JSON", ...params });
  return Promise.resolve(app.request(`/?${query}`));
}

/** A V3-style POST as the official SDK sends it: action and version in headers, parameters in the query, empty body. */
export function rpcV3(app: TestApp, action: string, params: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request(`/?${new URLSearchParams(params)}`, {
      method: "POST",
      headers: { "x-acs-action": action, "x-acs-version": "2014-05-26" },
    }),
  );
}

/** A pop-core-style POST: everything in a form body. */
export function rpcForm(
  app: TestApp,
  action: string,
  params: Record<string, string> = {},
): Promise<Response> {
  return Promise.resolve(
    app.request("/", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        Action: action,
        Version: "2014-05-26",
        Format: "JSON",
        ...params,
      }).toString(),
    }),
  );
}

/** Calls a control API route with a JSON body. */
export async function control(app: TestApp, method: string, path: string, body?: unknown): Promise<Response> {
  return app.request(`/_reference${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
