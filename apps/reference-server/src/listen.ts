import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { serve } from "@hono/node-server";

/** Where to listen. */
export interface ListenOptions {
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string;
  /** Port; 0 lets the OS pick one (default 8080). */
  readonly port?: number;
}

/** A listening server. */
export interface ListeningServer {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections, drops idle kept-alive ones and resolves when the server is closed. */
  close(): Promise<void>;
}

// Long query strings are ordinary for RPC (100 task ids, long names), so allow more than Node's 16 KiB.
const MAX_HEADER_BYTES = 256 * 1024;

// How often a closing server looks for connections that have just answered their last request.
const CLOSE_SWEEP_MS = 10;

// What a request Node cannot even parse gets: a JSON error body like every other answer. Its action
// cannot be read, so it is the documented error for a request that names none.
function unreadableRequestAnswer(): string {
  const requestId = randomUUID().toUpperCase();
  const body = JSON.stringify({
    RequestId: requestId,
    HostId: "ecs.aliyuncs.com",
    Code: "MissingParameter",
    Message: 'The input parameter "Action" that is mandatory for processing this request is not supplied',
    Recommend: `https://api.aliyun.com/troubleshoot?q=MissingParameter&product=Ecs&requestId=${requestId}`,
  });
  return (
    "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json;charset=utf-8\r\n" +
    `x-acs-request-id: ${requestId}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
  );
}

/** Serves a fetch handler (such as `createApp().fetch`) over HTTP/1.1 on Node. */
export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  options: ListenOptions = {},
): Promise<ListeningServer> {
  const hostname = options.host ?? "127.0.0.1";
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch, hostname, port: options.port ?? 8080, serverOptions: { maxHeaderSize: MAX_HEADER_BYTES } },
      (info: AddressInfo) => {
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
      },
    ) as Server;
    server.once("error", reject);
    server.on("clientError", (_error: Error, socket: Socket) => {
      if (socket.writable) {
        socket.end(unreadableRequestAnswer());
      } else {
        socket.destroy();
      }
    });
  });
}
