import { EcsApiError } from "./ecs-api-error.js";
import { EcsUnexpectedResponseError } from "./unexpected-response-error.js";

function field(body: Record<string, unknown>, pascal: string, camel: string): string | undefined {
  const value = body[pascal] ?? body[camel];
  return typeof value === "string" ? value : undefined;
}

/** Reads `x-acs-retry-after` (milliseconds, as the official SDK reads it); undefined when absent or not a number. */
export function readRetryAfterMs(headers: Headers): number | undefined {
  const raw = headers.get("x-acs-retry-after");
  if (raw === null || raw.trim() === "") {
    return undefined;
  }
  const ms = Number(raw);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** Parses a JSON object body, or throws `EcsUnexpectedResponseError` for anything else. */
export function parseJsonBody(response: Response, text: string, action?: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new EcsUnexpectedResponseError({
      status: response.status,
      contentType: response.headers.get("content-type") ?? undefined,
      body: text,
      action,
    });
  }
  return parsed as Record<string, unknown>;
}

/** Turns a non-2xx answer into the error to throw: `EcsApiError` when the body names a code, else `EcsUnexpectedResponseError`. */
export function toResponseError(
  response: Response,
  text: string,
  action?: string,
): EcsApiError | EcsUnexpectedResponseError {
  let body: Record<string, unknown>;
  try {
    body = parseJsonBody(response, text, action);
  } catch (error) {
    return error as EcsUnexpectedResponseError;
  }
  const code = field(body, "Code", "code");
  if (code === undefined) {
    return new EcsUnexpectedResponseError({
      status: response.status,
      contentType: response.headers.get("content-type") ?? undefined,
      body: text,
      action,
    });
  }
  return new EcsApiError({
    status: response.status,
    code,
    message: field(body, "Message", "message") ?? "",
    requestId: field(body, "RequestId", "requestId"),
    hostId: field(body, "HostId", "hostId"),
    recommend: field(body, "Recommend", "recommend"),
    action,
    retryAfterMs: readRetryAfterMs(response.headers),
  });
}
