import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { ControllableClock } from "../src/clock.js";
import { sameState } from "../src/operations/describe-task-attribute.js";
import { type TaskView, viewTask } from "../src/tasks/task-lifecycle.js";
import { rpcGet } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

// DescribeTaskAttribute serialises the answer of a task once per state (phase and progress), and reuses it.
describe("DescribeTaskAttribute, answering a task in the same state again", () => {
  async function exportedTask() {
    const clock = new ControllableClock({ startMs: Date.parse("2026-03-01T10:00:00Z"), frozen: true });
    const app = createApp({ seed: "settled", clock, taskDurationMs: 60_000 });
    const created = await rpcGet(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-settled",
      OSSBucket: "bucket",
    });
    const { TaskId } = (await created.json()) as { TaskId: string };
    const describe = async (format = "JSON") =>
      rpcGet(app, "DescribeTaskAttribute", { RegionId: "cn-hangzhou", TaskId, Format: format });
    return { app, clock, describe };
  }

  it("answers the same body each time, with the request's own RequestId first", async () => {
    const { clock, describe } = await exportedTask();
    clock.advance(120_000);
    const texts: string[] = [];
    const requestIds = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const response = await describe();
      const text = await response.clone().text();
      const body = await expectDocumentedResponse(response, "DescribeTaskAttribute");
      expect(body.TaskStatus).toBe("Finished");
      expect(text.startsWith(`{"RequestId":"${body.RequestId}",`)).toBe(true);
      expect(response.headers.get("x-acs-request-id")).toBe(body.RequestId);
      requestIds.add(String(body.RequestId));
      texts.push(text.replace(/"RequestId":"[^"]*"/, ""));
    }
    expect(requestIds.size).toBe(3);
    expect(new Set(texts).size).toBe(1);
  });

  it("answers afresh when the clock is set back before the task ended", async () => {
    const { clock, describe } = await exportedTask();
    clock.advance(120_000);
    expect(((await (await describe()).json()) as Json).TaskStatus).toBe("Finished");
    clock.set(Date.parse("2026-03-01T10:00:30Z"));
    const body = (await (await describe()).json()) as Json;
    expect(body.TaskStatus).toBe("Processing");
    expect(body.FinishedTime).toBe("");
  });

  it("answers XML from the same fields", async () => {
    const { clock, describe } = await exportedTask();
    clock.advance(120_000);
    await describe();
    const xml = await (await describe("XML")).text();
    expect(xml).toContain("<TaskStatus>Finished</TaskStatus>");
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<DescribeTaskAttributeResponse>\s*<RequestId>/);
  });
});

describe("a task's view", () => {
  it("follows from its record, phase and progress alone, which DescribeTaskAttribute relies on", () => {
    const base = {
      accountId: "a",
      regionId: "cn-hangzhou",
      taskId: "t-1",
      resourceId: "m-1",
      createdAtMs: Date.parse("2026-03-01T10:00:00Z"),
      queuedMs: 3_000,
      durationMs: 57_000,
    };
    const records = [
      {
        ...base,
        taskAction: "ExportImage",
        details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
        fate: { outcome: "finish" },
        cancelledAtMs: null,
      },
      {
        ...base,
        taskAction: "ExportImage",
        details: { kind: "export", ossBucket: "b", ossPrefix: "p", imageFormat: "vhd" },
        fate: { outcome: "fail", atPercent: 40, errorCode: "E", errorMessage: "m" },
        cancelledAtMs: null,
      },
      {
        ...base,
        taskAction: "ImportImage",
        details: {
          kind: "import",
          disks: [
            { ossBucket: "b", ossObject: "o1" },
            { ossBucket: "b", ossObject: "o2" },
          ],
        },
        fate: { outcome: "pause", atPercent: 70 },
        cancelledAtMs: null,
      },
      {
        ...base,
        taskAction: "ImportImage",
        details: { kind: "import", disks: [{ ossBucket: "b", ossObject: "o" }] },
        fate: { outcome: "finish" },
        cancelledAtMs: base.createdAtMs + 20_000,
      },
    ] as const;
    for (const record of records) {
      const seen: { view: TaskView; shown: string }[] = [];
      for (let t = base.createdAtMs - 1_000; t < base.createdAtMs + 120_000; t += 97) {
        const view = viewTask(record, t);
        const shown = JSON.stringify(view);
        const same = seen.find((earlier) => sameState(earlier.view, view));
        expect(same?.shown ?? shown, `${record.taskAction} at ${t}`).toBe(shown);
        if (same === undefined) {
          seen.push({ view, shown });
        }
      }
      expect(seen.length).toBeGreaterThan(10);
    }
  });
});
