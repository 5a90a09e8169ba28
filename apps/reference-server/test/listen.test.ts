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

  it("rejects when the port is taken, so the bin can say so", async () => {
    const first = await listen(createApp({ seed: "a" }).fetch, { port: 0 });
    await expect(listen(createApp({ seed: "b" }).fetch, { port: first.port })).rejects.toThrow(/EADDRINUSE/);
    await first.close();
  });
});
