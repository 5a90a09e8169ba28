import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/index.js";
import { listen } from "../src/node.js";

const REQUEST_HEAD =
  "GET /?Action=DescribeRegions&Version=2014-05-26&Format=JSON HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";

interface Trickle {
  /** Bytes written before the connection closed. */
  readonly sent: number;
  /** What the server answered before closing. */
  readonly received: string;
}

/** Opens a connection and writes `text` a few bytes at a time, every `everyMs`, until the server closes it. */
function trickle(port: number, text: string, everyMs: number, chunk = 1): Promise<Trickle> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let sent = 0;
    let received = "";
    const timer = setInterval(() => {
      if (sent < text.length && socket.writable) {
        socket.write(text.slice(sent, sent + chunk));
        sent = Math.min(text.length, sent + chunk);
      }
    }, everyMs);
    socket.on("data", (data) => {
      received += data.toString();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ sent, received });
    });
  });
}

function opened(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => resolve(socket));
    socket.on("error", reject);
  });
}

function closed(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    if (socket.destroyed) {
      resolve();
    } else {
      socket.on("close", () => resolve());
    }
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("slow and silent clients", () => {
  it("cuts a client that sends its headers a byte at a time once the headers timeout passes", async () => {
    const server = await listen(createApp({ seed: "slow-headers" }).fetch, {
      port: 0,
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
    });
    try {
      // A byte every 20 ms would take about 2 s to finish the head.
      const cut = await trickle(server.port, REQUEST_HEAD, 20);
      expect(cut.sent).toBeLessThan(REQUEST_HEAD.length);
      expect(cut.received).toBe("");
      // A client that sends its request in time is answered as before.
      const answered = await trickle(server.port, REQUEST_HEAD, 1, REQUEST_HEAD.length);
      expect(answered.received).toMatch(/^HTTP\/1\.1 200 /);
    } finally {
      await server.close();
    }
  });

  it("cuts a client that sends nothing, and one whose body trickles past the request timeout", async () => {
    const server = await listen(createApp({ seed: "silent" }).fetch, {
      port: 0,
      headersTimeoutMs: 300,
      requestTimeoutMs: 600,
    });
    try {
      const silent = await trickle(server.port, "", 20);
      expect(silent.received).toBe("");
      const head =
        "POST /?Format=JSON HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: DescribeRegions\r\nx-acs-version: 2014-05-26\r\n" +
        "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\n";
      const body = "a".repeat(200);
      // The head in one piece, then the body a byte every 20 ms: about 4 s, past the 600 ms request timeout.
      const socket = await opened(server.port);
      socket.write(head);
      let sent = 0;
      const timer = setInterval(() => {
        if (socket.writable && sent < body.length) {
          socket.write(body[sent++] as string);
        }
      }, 20);
      await closed(socket);
      clearInterval(timer);
      expect(sent).toBeLessThan(body.length);
    } finally {
      await server.close();
    }
  });

  it("accepts at most maxConnections connections at once, and serves again when they go", async () => {
    const server = await listen(createApp({ seed: "max-connections" }).fetch, { port: 0, maxConnections: 3 });
    const sockets: Socket[] = [];
    try {
      for (let i = 0; i < 5; i++) {
        const socket = await opened(server.port);
        socket.on("error", () => undefined);
        sockets.push(socket);
      }
      // The connections beyond the third are closed by the server as soon as it accepts them.
      await Promise.all(sockets.slice(3).map(closed));
      expect(sockets.slice(0, 3).every((socket) => !socket.destroyed)).toBe(true);
      for (const socket of sockets) {
        socket.destroy();
      }
      await Promise.all(sockets.map(closed));
      await vi.waitFor(async () => {
        const response = await fetch(`${server.url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON`);
        expect(response.status).toBe(200);
      });
    } finally {
      for (const socket of sockets) {
        socket.destroy();
      }
      await server.close();
    }
  });

  it("logs nothing when a client disconnects in the middle of its body, and lists the request as 499", async () => {
    const errors = vi.spyOn(console, "error");
    const app = createApp({ seed: "mid-body" });
    const server = await listen(app.fetch, { port: 0 });
    try {
      const socket = await opened(server.port);
      socket.write(
        "POST /?Format=JSON HTTP/1.1\r\nHost: 127.0.0.1\r\nx-acs-action: DescribeRegions\r\nx-acs-version: 2014-05-26\r\n" +
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nRegionId=cn-",
      );
      // Once the request has reached the app, go away.
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await vi.waitFor(async () => {
        const { requests } = (await (await app.request("/_reference/requests")).json()) as {
          requests: { status: number; code: string | null }[];
        };
        expect(requests[0]).toMatchObject({ status: 499, code: null });
      });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await server.close();
    }
  });
});
