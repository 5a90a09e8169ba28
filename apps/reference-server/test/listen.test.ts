import { connect } from "node:net";
import { describe, expect, it } from "vitest";
import { ControllableClock, createApp, InMemoryTaskStore } from "../src/index.js";
import { listen } from "../src/node.js";
import { documentedErrorsOf } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

/** The status, Code and Message the spec documents for common error `name` (DescribeRegions lists them all). */
function documented(name: string): { status: number; Code: unknown; Message: unknown } {
  for (const status of [400, 404, 413, 414, 431]) {
    const error = documentedErrorsOf("DescribeRegions", status).get(name);
    if (error !== undefined) {
      return { status, Code: error.code, Message: error.message };
    }
  }
  throw new Error(`The spec documents no ${name}.`);
}

/** Sends `raw` bytes on a fresh connection and reads everything until the server closes it. */
function rawExchange(port: number, raw: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
    socket.write(raw);
  });
}

describe("listen (public API)", () => {
  it("serves an app on a free port and closes promptly despite kept-alive connections", async () => {
    const clock = new ControllableClock({ startMs: Date.UTC(2026, 0, 1), frozen: true });
    const store = new InMemoryTaskStore();
    const server = await listen(createApp({ clock, store, seed: "listen", taskDurationMs: 1_000 }).fetch, {
      port: 0,
    });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const created = await fetch(
      `${server.url}/?Action=ExportImage&Version=2014-05-26&Format=JSON&RegionId=cn-hangzhou&ImageId=m-1&OSSBucket=b`,
    );
    expect(created.status).toBe(200);
    const { TaskId } = (await created.json()) as { TaskId: string };
    expect(await store.size()).toBe(1);
    clock.advance(1_000);
    const task = await fetch(
      `${server.url}/?Action=DescribeTaskAttribute&Version=2014-05-26&Format=JSON&RegionId=cn-hangzhou&TaskId=${TaskId}`,
    );
    expect(((await task.json()) as { TaskStatus: string }).TaskStatus).toBe("Finished");
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it("lets a request in flight at close finish, then closes its kept-alive connection promptly", async () => {
    let answered!: () => void;
    const slow = new Promise<void>((resolve) => {
      answered = resolve;
    });
    const server = await listen(
      async () => {
        await slow;
        return new Response("done");
      },
      { port: 0 },
    );
    const inFlight = fetch(server.url).then((response) => response.text());
    // Wait until the request has reached the handler (the connection is busy), then close.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    const closed = server.close();
    answered();
    expect(await inFlight).toBe("done");
    await closed;
    // Node's keep-alive timeout is 5 s: a connection left to it would hold the close that long.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("rejects when the port is taken, so the bin can say so", async () => {
    const first = await listen(createApp({ seed: "a" }).fetch, { port: 0 });
    await expect(listen(createApp({ seed: "b" }).fetch, { port: first.port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });

  it("answers a 1 MB query string with the documented RequestHeadersTooLarge error, then closes", async () => {
    const server = await listen(createApp({ seed: "long-query" }).fetch, { port: 0 });
    try {
      const expected = documented("RequestHeadersTooLarge");
      const response = await fetch(
        `${server.url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON&Pad=${"x".repeat(1024 * 1024)}`,
      );
      expect(response.status).toBe(expected.status);
      expect(response.headers.get("connection")).toBe("close");
      const body = (await response.json()) as Json;
      expect(body).toMatchObject({
        Code: expected.Code,
        Message: expected.Message,
        HostId: "ecs.aliyuncs.com",
      });
      expect(body.RequestId).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
      expect(response.headers.get("x-acs-request-id")).toBe(body.RequestId);
      const again = (await (
        await fetch(`${server.url}/?Action=DescribeRegions&Version=2014-05-26&Pad=${"x".repeat(1024 * 1024)}`)
      ).json()) as Json;
      expect(again.RequestId).not.toBe(body.RequestId);
    } finally {
      await server.close();
    }
  });

  it("answers a 2 MB form body with the documented RequestBodyTooLarge error", async () => {
    const server = await listen(createApp({ seed: "big-body" }).fetch, { port: 0 });
    try {
      const expected = documented("RequestBodyTooLarge");
      const response = await fetch(`${server.url}/?Format=JSON`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "x-acs-action": "DescribeRegions",
          "x-acs-version": "2014-05-26",
        },
        body: `Pad=${"x".repeat(2 * 1024 * 1024)}`,
      });
      expect(response.status).toBe(expected.status);
      expect((await response.json()) as Json).toMatchObject({
        Code: expected.Code,
        Message: expected.Message,
      });
    } finally {
      await server.close();
    }
  });

  it("answers a request Node cannot parse with the documented MissingParameter error, never a 500", async () => {
    const server = await listen(createApp({ seed: "garbage" }).fetch, { port: 0 });
    try {
      const expected = documented("MissingParameter.Action");
      const reply = await rawExchange(server.port, "NOT AN HTTP REQUEST\r\n\r\n");
      expect(reply.startsWith(`HTTP/1.1 ${expected.status} `)).toBe(true);
      expect(reply).toMatch(/\r\nConnection: close\r\n/);
      const body = JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4)) as Json;
      expect(body).toMatchObject({ Code: expected.Code, Message: expected.Message });
      expect(reply).toContain(`\r\nx-acs-request-id: ${String(body.RequestId)}\r\n`);
    } finally {
      await server.close();
    }
  });
});
