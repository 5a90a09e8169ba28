import { describe, expect, it } from "vitest";
import { ControllableClock, createApp, InMemoryTaskStore, listen } from "../src/index.js";

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
});
