/** This package's version; a test checks it against package.json. */
export const CLIENT_VERSION = "0.1.0";

/** What every request says it is: the package (`@ecs-tasks/client`, as an HTTP product token) and its version. */
export const USER_AGENT = `ecs-tasks-client/${CLIENT_VERSION}`;

/**
 * Whether requests may carry their own `User-Agent`. Browsers keep theirs (Chromium and Safari drop the
 * header from a Request, or replace it on the wire), so there the client sends `x-acs-user-agent`
 * instead, which V3 signs like every `x-acs-*` header. Node, Bun, Deno and workerd send `User-Agent`.
 */
export function runtimeSendsUserAgent(): boolean {
  const scope = globalThis as { document?: unknown; importScripts?: unknown };
  if (scope.document !== undefined || typeof scope.importScripts === "function") {
    return false;
  }
  return new Request("http://user-agent.invalid/", { headers: { "user-agent": USER_AGENT } }).headers.has(
    "user-agent",
  );
}
