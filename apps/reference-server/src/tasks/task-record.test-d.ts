import type {
  OperationStatus as ContractOperationStatus,
  TaskAction as ContractTaskAction,
  TaskStatus as ContractTaskStatus,
} from "@ecs-tasks/contract";
import { describe, expectTypeOf, it } from "vitest";
import type { OperationView } from "./task-lifecycle.js";
import type { TaskCreatingAction, TaskStatus } from "./task-record.js";

describe("the domain types follow the contract", () => {
  it("reports exactly the statuses the spec declares", () => {
    expectTypeOf<TaskStatus>().toEqualTypeOf<ContractTaskStatus>();
    expectTypeOf<OperationView["operationStatus"]>().toEqualTypeOf<ContractOperationStatus>();
  });

  it("creates tasks only with actions the spec names", () => {
    expectTypeOf<TaskCreatingAction>().toExtend<ContractTaskAction>();
    // @ts-expect-error RedeployInstance tasks are listed by the spec but never created here.
    expectTypeOf<"RedeployInstance">().toExtend<TaskCreatingAction>();
  });
});
