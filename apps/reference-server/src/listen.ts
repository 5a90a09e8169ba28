import { randomUUID } from "node:crypto";
import { createServer, STATUS_CODES } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { getRequestListener, RequestError } from "@hono/node-server";
import { DEFAULT_LIMITS, positiveIntegerOption } from "./resource-limits.js";
import { ErrorCatalogue } from "./wire/error-catalogue.js";
import { MAX_REQUEST_HEAD_BYTES } from "./wire/request-limits.js";
import { errorBody, errorResponse } from "./wire/rpc-response.js";

/** Where to listen. */
export interface ListenOptions {
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Port; 0 lets the OS pick one (default 8080). */
  readonly port?: number;
  /** Connections open at once; one more is closed as soon as it is accepted (default 1000). */
  readonly maxConnections?: number;
  /** A connection that has not sent its request line and headers within this is closed (default 10000 ms). */
  readonly headersTimeoutMs?: number;
  /** A connection that has not sent its whole request within this is closed (default 30000 ms). */
  readonly requestTimeoutMs?: number;
}

/** A listening server. */
export interface ListeningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, drops idle kept-alive ones and resolves when the server is closed. */
  close(): Promise<void>;
}

// How often a closing server looks for connections that have just answered their last request.
const CLOSE_SWEEP_MS = 10;

/**
 * What a request Node cannot even parse gets: the documented error, as a JSON body like every other
 * answer, on a connection that is then closed (the rest of the request is never read). A head over the
 * limit is `RequestHeadersTooLarge`; anything else unparsable names no action that can be read, so it is
 * the documented error for a request that names none.
 */
function unreadableRequestAnswer(errors: ErrorCatalogue, parserCode: string | undefined): string {
  const error = errors.error(
    undefined,
    parserCode === "HPE_HEADER_OVERFLOW" ? "RequestHeadersTooLarge" : "MissingParameter.Action",
  );
  const requestId = randomUUID().toUpperCase();
  const body = JSON.stringify(errorBody(error, requestId, undefined));
  return (
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ""}\r\n` +
    "Content-Type: application/json;charset=utf-8\r\n" +
    `x-acs-request-id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/**
 * Serves a fetch handler (such as `createApp().fetch`) over HTTP/1.1 on Node. Connections are bounded in
 * number and in how long a client may take to send a request, so that slow or silent clients cannot hold
 * the server's descriptors: such a connection is closed without an answer (the client is not reading one).
 */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  options: ListenOptions = {},
): Promise<ListeningServer> {
  const hostname = options.host ?? "127.0.0.1";
  const maxConnections = positiveIntegerOption(
    "maxConnections",
    options.maxConnections,
    DEFAULT_LIMITS.maxConnections,
  );
  const headersTimeout = positiveIntegerOption(
    "headersTimeoutMs",
    options.headersTimeoutMs,
    DEFAULT_LIMITS.headersTimeoutMs,
  );
  const requestTimeout = positiveIntegerOption(
    "requestTimeoutMs",
    options.requestTimeoutMs,
    DEFAULT_LIMITS.requestTimeoutMs,
  );
  if (headersTimeout > requestTimeout) {
    // Node's own rule: the headers are part of the request.
    return Promise.reject(
      new Error(`headersTimeoutMs (${headersTimeout}) must not exceed requestTimeoutMs (${requestTimeout}).`),
    );
  }
  // Read from the spec on the first request Node cannot parse: most servers never meet one, and the app
  // already holds a catalogue of its own for every other answer.
  let errors: ErrorCatalogue | undefined;
  // A request target the adapter cannot turn into a URL (a backslash in the path, say) never reaches the app:
  // it gets the documented answer to a path with more than one spelling (see wire/plain-path.ts), not the
  // adapter's bare 400. Anything else thrown before the app answers is a bug: the documented InternalError.
  const listener = getRequestListener(fetch, {
    hostname,
    errorHandler: (error) => {
      errors ??= new ErrorCatalogue();
      const documented = errors.error(
        undefined,
        error instanceof RequestError ? "InvalidAction.NotFound" : "InternalError",
      );
      return errorResponse("JSON", documented, randomUUID().toUpperCase(), undefined);
    },
  });
  const server = createServer(
    {
      maxHeaderSize: MAX_REQUEST_HEAD_BYTES,
      headersTimeout,
      requestTimeout,
      // Node looks for connections past either timeout this often (30 s by default, which would let a
      // slow client stay up to 30 s past its limit): a tenth of the shorter limit, at most a second.
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeout / 10))),
    },
    listener,
  );
  return new Promise((resolve, reject) => {
    server.listen(options.port ?? 8080, hostname, () => {
      const info = server.address() as AddressInfo;
      server.off("error", reject);
      const shownHost = hostname.includes(":") ? `[${hostname}]` : hostname;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            // Node closes idle kept-alive connections on close, but a connection busy with a request
            // would stay open until its keep-alive timeout once answered: sweep until the last is gone.
            // Sweeping only while closing keeps the per-request path free of bookkeeping.
            const sweep = setInterval(() => server.closeIdleConnections(), CLOSE_SWEEP_MS);
            server.close(() => {
              clearInterval(sweep);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
    server.maxConnections = maxConnections;
    server.once("error", reject);
    server.on("clientError", (error: Error & { code?: string }, socket: Socket) => {
      if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") {
        // Too slow to send its request: the client is still writing, not reading, so no answer is sent.
        socket.destroy();
      } else if (socket.writable) {
        errors ??= new ErrorCatalogue();
        socket.end(unreadableRequestAnswer(errors, error.code));
      } else {
        socket.destroy();
      }
    });
  });
}
