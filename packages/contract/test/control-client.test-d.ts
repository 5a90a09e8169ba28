import { describe, expectTypeOf, it } from "vitest";
import { type ControlClient, createControlClient } from "../src/control-client.js";

const control: ControlClient = createControlClient({ endpoint: "http://127.0.0.1:8080" });

describe("the control client's types come from the control API's document", () => {
  it("takes bodies as a client sends them: fields with a default may be left out", () => {
    expectTypeOf(control.injectFault).toBeCallableWith({ action: "DescribeTasks", error: "Throttling" });
    expectTypeOf(control.createTask).toBeCallableWith({ taskAction: "ExportImage" });
    expectTypeOf(control.scriptTaskFate).toBeCallableWith({
      taskAction: "ImportImage",
      fate: { outcome: "pause" },
    });
  });

  it("refuses what the document does not allow", () => {
    // @ts-expect-error ms is a number
    void control.advanceClock({ ms: "5s" });
    // @ts-expect-error not a task-creating action
    void control.createTask({ taskAction: "DescribeTasks" });
    // @ts-expect-error taskAction is required
    void control.createTask({ status: "Processing" });
  });

  it("resolves with the success bodies", () => {
    expectTypeOf(control.getClock).returns.resolves.toEqualTypeOf<{
      nowMs: number;
      now: string;
      frozen: boolean;
      offsetMs: number;
    }>();
    expectTypeOf(control.createTask).returns.resolves.toHaveProperty("TaskId").toEqualTypeOf<string>();
    expectTypeOf(control.listRequests)
      .returns.resolves.toHaveProperty("requests")
      .items.toHaveProperty("code");
  });
});
