import type { EcsError } from "./ecs-error.js";
import type { ResponseFormat } from "./rpc-request.js";
import { toXml } from "./xml-body.js";

const JSON_TYPE = "application/json;charset=utf-8";
// openapi-core parses an error body as XML only under exactly this content type.
const XML_TYPE = "text/xml;charset=utf-8";
const DEFAULT_HOST_ID = "ecs.aliyuncs.com";

/** An RPC answer in the asked format; XML bodies go under `root` (`<Action>Response` or `Error`). */
export function rpcResponse(
  format: ResponseFormat,
  root: string,
  body: Readonly<Record<string, unknown>>,
  status: number,
  requestId: string,
  headers?: Readonly<Record<string, string>>,
): Response {
  const base = { "content-type": format === "XML" ? XML_TYPE : JSON_TYPE, "x-acs-request-id": requestId };
  return new Response(format === "XML" ? toXml(root, body) : JSON.stringify(body), {
    status,
    // A plain header object keeps @hono/node-server on its fast path (no Headers instance).
    headers: headers === undefined ? base : { ...base, ...headers },
  });
}

/**
 * A success body whose JSON is made once, for an answer given many times over (see
 * `operations/describe-task-attribute.ts`); `RequestId`, which differs every time, is put in front of it.
 */
export class PreparedBody {
  readonly fields: Readonly<Record<string, unknown>>;
  /** The JSON after its opening brace, ready to follow `{"RequestId":"…"`. */
  readonly #afterRequestId: string;

  /** Serialises `fields` (a body without `RequestId`). */
  constructor(fields: Readonly<Record<string, unknown>>) {
    this.fields = fields;
    const json = JSON.stringify(fields);
    this.#afterRequestId = json === "{}" ? "}" : `,${json.slice(1)}`;
  }

  /** The JSON answer of one request. */
  json(requestId: string): string {
    return `{"RequestId":${JSON.stringify(requestId)}${this.#afterRequestId}`;
  }
}

/** A success answer: `RequestId` first, then the operation's body, under `<action>Response` in XML. */
export function successResponse(
  format: ResponseFormat,
  action: string,
  body: Readonly<Record<string, unknown>> | PreparedBody,
  requestId: string,
): Response {
  if (body instanceof PreparedBody && format === "JSON") {
    return new Response(body.json(requestId), {
      status: 200,
      headers: { "content-type": JSON_TYPE, "x-acs-request-id": requestId },
    });
  }
  const fields = body instanceof PreparedBody ? body.fields : body;
  return rpcResponse(format, `${action}Response`, { RequestId: requestId, ...fields }, 200, requestId);
}

/** The ECS error body of `error`: `RequestId`, `HostId`, `Code`, `Message` and `Recommend`. */
export function errorBody(
  error: EcsError,
  requestId: string,
  host: string | undefined,
): Readonly<Record<string, string>> {
  return {
    RequestId: requestId,
    HostId: host || DEFAULT_HOST_ID,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(error.code)}&product=Ecs&requestId=${requestId}`,
  };
}

/** The ECS error answer of `error`, with its status and headers. */
export function errorResponse(
  format: ResponseFormat,
  error: EcsError,
  requestId: string,
  host: string | undefined,
): Response {
  return rpcResponse(
    format,
    "Error",
    errorBody(error, requestId, host),
    error.status,
    requestId,
    error.headers,
  );
}
