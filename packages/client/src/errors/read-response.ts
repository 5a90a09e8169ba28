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

// The text to show for a body: openapi-fetch hands over an error body parsed when it is JSON.
function bodyText(body: unknown): string {
  return typeof body === "string" ? body : (JSON.stringify(body) ?? "");
}

/**
 * Turns a non-2xx answer into the error to throw: `EcsApiError` when the body names a code, else
 * `EcsUnexpectedResponseError`. The body is its text, or its JSON already parsed (as openapi-fetch
 * gives an error body), or undefined when it was empty.
 */
export function toResponseError(
  response: Response,
  body: unknown,
  action?: string,
): EcsApiError | EcsUnexpectedResponseError {
  let parsed: Record<string, unknown>;
  try {
    parsed =
      typeof body === "object" && body !== null && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : parseJsonBody(response, bodyText(body), action);
  } catch (error) {
    return error as EcsUnexpectedResponseError;
  }
  const code = field(parsed, "Code", "code");
  if (code === undefined) {
    return new EcsUnexpectedResponseError({
      status: response.status,
      contentType: response.headers.get("content-type") ?? undefined,
      body: bodyText(body),
      action,
    });
  }
  return new EcsApiError({
    status: response.status,
    code,
    message: field(parsed, "Message", "message") ?? "",
    requestId: field(parsed, "RequestId", "requestId"),
    hostId: field(parsed, "HostId", "hostId"),
    recommend: field(parsed, "Recommend", "recommend"),
    action,
    retryAfterMs: readRetryAfterMs(response.headers),
  });
}
