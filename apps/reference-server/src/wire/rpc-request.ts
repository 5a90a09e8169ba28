import { detached } from "./detached-string.js";
import { forEachFormParam, queryStringOf } from "./form-params.js";
import { ListedHeaders } from "./listed-headers.js";

// Parameters read from a text longer than this are copied out of it: the request log keeps them after the
// request, and a slice would keep the whole text (up to the body limit) alive with it (see `detached`).
const DETACH_ABOVE = 64 * 1024;

/** The response format of one request. */
export type ResponseFormat = "JSON" | "XML";

/** An RPC request as the wire carries it: parameters from the query and a form body, merged. */
export interface RpcRequest {
  readonly method: string;
  readonly params: ReadonlyMap<string, string>;
  /** From the `Action` parameter (signature V1) or, failing that, the `x-acs-action` header (V3). */
  readonly action: string | undefined;
  /** From the `Version` parameter or the `x-acs-version` header. */
  readonly version: string | undefined;
  readonly format: ResponseFormat;
  /** The Host header, for `HostId` and to infer a region from a regional endpoint name. */
  readonly host: string | undefined;
  /** The form body's bytes as received, when one was read (V3 signs their hash). */
  readonly body: Uint8Array | undefined;
  /** The body is over the limit (declared or read): it was not read, and the request is refused. */
  readonly bodyTooLarge: boolean;
  /** Its headers, for the steps after this one to read or list. */
  readonly headers: ListedHeaders;
}

/** Limits that keep one client's request from costing the server more than it should. */
export interface WireLimits {
  /** Form bodies larger than this are not read; the request is judged on its query string alone. */
  readonly maxBodyBytes: number;
}

/** Adds the parameters of `text`; within it the first occurrence wins, and body values replace query values. */
function addParams(target: Map<string, string>, text: string, fromBody: boolean): void {
  // Decoding never throws: a broken escape stays literal, invalid UTF-8 becomes U+FFFD. Either way the
  // value then fails validation with a documented error.
  const seenInBody = fromBody ? new Set<string>() : undefined;
  const large = text.length > DETACH_ABOVE;
  forEachFormParam(text, (sharedName, sharedValue) => {
    if (sharedName === "") {
      return;
    }
    const name = large ? detached(sharedName) : sharedName;
    const value = large ? detached(sharedValue) : sharedValue;
    if (seenInBody === undefined) {
      if (!target.has(name)) {
        target.set(name, value);
      }
    } else if (!seenInBody.has(name)) {
      seenInBody.add(name);
      target.set(name, value);
    }
  });
}

const UTF8 = new TextDecoder();
const NO_BYTES = new Uint8Array(0);

/**
 * The client went away before its request's body arrived in full (it closed the connection, or the server
 * cut it for taking too long). Nobody is left to answer, and it is no fault of the server's.
 */
export class IncompleteRequestError extends Error {
  /** Wraps the runtime's own error (Node: `aborted`, ECONNRESET). */
  constructor(cause: unknown) {
    super("The client closed the connection before the request body arrived in full.", { cause });
    this.name = "IncompleteRequestError";
  }
}

/**
 * Reads a request's body up to `maxBytes`: its bytes (empty when there is none), or undefined when it is
 * larger; rejects with {@link IncompleteRequestError} when the body breaks off.
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  try {
    return await readBodyUpTo(request, maxBytes);
  } catch (error) {
    throw new IncompleteRequestError(error);
  }
}

async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  // A web Request of these methods has no body; saying so without asking spares @hono/node-server building
  // the whole Request behind `request.body` on every signed GET.
  if (request.method === "GET" || request.method === "HEAD") {
    return NO_BYTES;
  }
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!(Number(declared) <= maxBytes)) {
      await request.body?.cancel().catch(() => undefined);
      return undefined;
    }
    // The HTTP server holds a body to its declared length, and arrayBuffer() is @hono/node-server's fast path.
    return new Uint8Array(await request.arrayBuffer());
  }
  if (request.body === null || request.bodyUsed) {
    return NO_BYTES;
  }
  // A chunked body has no declared length: read it in pieces and stop at the limit.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      break;
    }
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function formatOf(params: ReadonlyMap<string, string>): ResponseFormat {
  const asked = params.get("Format")?.toUpperCase();
  if (asked === "JSON" || asked === "XML") {
    return asked;
  }
  // ECS documents XML as the default of the V1 wire (action in the `Action` parameter); a V3 request
  // (action only in the `x-acs-action` header) gets JSON, which is all the official SDK reads.
  return params.get("Action") ? "XML" : "JSON";
}

/**
 * Reads an RPC request: query parameters, then an `application/x-www-form-urlencoded` body on top of
 * them (a name sent in both takes the body's value; within one source the first occurrence wins).
 * `parsedHeaders` is the runtime parser's own list of the request's headers, where it has one (see
 * {@link ListedHeaders}).
 */
export async function readRpcRequest(
  request: Request,
  limits: WireLimits,
  parsedHeaders?: readonly unknown[],
): Promise<RpcRequest> {
  const headers = new ListedHeaders(request.headers, parsedHeaders);
  const params = new Map<string, string>();
  const query = queryStringOf(request.url);
  if (query !== undefined) {
    addParams(params, query, false);
  }
  let body: Uint8Array | undefined;
  // A declared length over the limit is refused whatever the content type, without reading a byte.
  let bodyTooLarge = Number(headers.get("content-length") ?? 0) > limits.maxBodyBytes;
  const contentType = request.method === "POST" ? headers.get("content-type") : null;
  if (!bodyTooLarge && contentType?.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
    body = await readCappedBody(request, limits.maxBodyBytes);
    if (body === undefined) {
      bodyTooLarge = true;
    } else {
      addParams(params, UTF8.decode(body), true);
    }
  }
  return {
    method: request.method,
    params,
    action: params.get("Action") || headers.get("x-acs-action") || undefined,
    version: params.get("Version") || headers.get("x-acs-version") || undefined,
    format: formatOf(params),
    host: headers.get("host"),
    body,
    bodyTooLarge,
    headers,
  };
}
