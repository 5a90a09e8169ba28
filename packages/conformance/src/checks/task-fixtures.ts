// The tasks checks need ("an existing task", "a task that has ended", "a task that cannot be cancelled"),
// obtained in the cheapest way the target allows and shared by every check of the run.

import { isJsonObject } from "../spec/json-value.js";
import type { OperationModel } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import type { ProbeRequest } from "../wire/probe-request.js";
import { CheckSkipped } from "./check.js";
import type { ControlApi } from "./control-api.js";
import { sampleCall } from "./sample-request.js";

/** Tasks for checks; each method ends the calling check as skipped when the target cannot provide one. */
export interface TaskFixtures {
  /** A task that exists in the run's region (the same one for the whole run). */
  existingTask(): Promise<string>;
  /** A task that has ended, so CancelTask must refuse it. */
  finishedTask(): Promise<string>;
  /** A running task whose action cannot be cancelled (ModifyDiskSpec). */
  uncancellableTask(): Promise<string>;
  /** A new running task that may be cancelled, each call a different one. */
  freshCancellableTask(): Promise<string>;
  /**
   * {@link PAGING_TASK_COUNT} tasks of the run's region, made for the paging checks (the same ones for the
   * whole run), newest first. With the control API they were created days apart, so their CreationTimes
   * tell the order too.
   */
  pagingTasks(): Promise<string[]>;
}

/** How many tasks the paging checks list (pages of 2 make three pages: 2, 2 and 1). */
export const PAGING_TASK_COUNT = 5;

/** What fixtures need from the run. */
export interface FixtureDeps {
  region: string;
  givenTaskId: string | undefined;
  control: ControlApi | undefined;
  operation(action: string): OperationModel | undefined;
  send(operation: string, call: ProbeRequest): Promise<Exchange>;
}

// Long enough that a task placed through the control API outlives any clock step of the run.
const LONG_RUNNING_MS = 30 * 24 * 60 * 60 * 1000;

function taskIdOf(exchange: Exchange): string | undefined {
  const json = exchange.received?.json;
  return exchange.received?.status === 200 && isJsonObject(json) && typeof json.TaskId === "string"
    ? json.TaskId
    : undefined;
}

function answerOf(exchange: Exchange): string {
  if (exchange.received === undefined) {
    return exchange.transportError ?? "no answer";
  }
  return `${exchange.received.status} ${exchange.received.body.slice(0, 200)}`;
}

/** Creates the run's task fixtures. */
export function createTaskFixtures(deps: FixtureDeps): TaskFixtures {
  const memo = new Map<string, Promise<string>>();
  const once = (key: string, make: () => Promise<string>) => {
    let found = memo.get(key);
    if (found === undefined) {
      found = make();
      memo.set(key, found);
    }
    return found;
  };

  let paging: Promise<string[]> | undefined;

  async function produce(action: "ExportImage" | "ModifyDiskSpec"): Promise<string> {
    const operation = deps.operation(action);
    if (operation === undefined) {
      throw new CheckSkipped(`needs a task, and the spec has no ${action} to create one`);
    }
    const exchange = await deps.send(action, sampleCall(operation, deps.region));
    const taskId = taskIdOf(exchange);
    if (taskId === undefined) {
      throw new CheckSkipped(
        `needs a task: ${action}'s sample request did not create one (${answerOf(exchange)}); pass --task-id`,
      );
    }
    return taskId;
  }

  // A task that runs for days (or one already finished) in the run's region, through the control API.
  const place = (
    control: ControlApi,
    taskAction: "ExportImage" | "ModifyDiskSpec",
    status: "Processing" | "Finished",
  ) =>
    control.createTask(
      status === "Processing"
        ? { taskAction, regionId: deps.region, status, durationMs: LONG_RUNNING_MS }
        : { taskAction, regionId: deps.region, status },
    );

  async function freshCancellableTask(): Promise<string> {
    return deps.control !== undefined
      ? place(deps.control, "ExportImage", "Processing")
      : produce("ExportImage");
  }

  return {
    existingTask: () => once("existing", async () => deps.givenTaskId ?? (await freshCancellableTask())),
    freshCancellableTask,
    finishedTask: () =>
      once("finished", async () => {
        if (deps.control !== undefined) {
          return place(deps.control, "ExportImage", "Finished");
        }
        // Without clock control, cancelling is the quick way to end a task (it then reports Failed).
        const taskId = await produce("ExportImage");
        const cancel = deps.operation("CancelTask");
        if (cancel === undefined) {
          throw new CheckSkipped("needs a task that has ended, and the spec has no CancelTask to end one");
        }
        const exchange = await deps.send("CancelTask", sampleCall(cancel, deps.region, taskId));
        if (exchange.received?.status !== 200) {
          throw new CheckSkipped(
            `needs a task that has ended: CancelTask did not end one (${answerOf(exchange)})`,
          );
        }
        return taskId;
      }),
    pagingTasks: () => {
      paging ??= (async () => {
        const ids: string[] = [];
        for (let index = 0; index < PAGING_TASK_COUNT; index++) {
          // The control API back-dates a task by the progress it has made: higher progress, older task.
          const progress = (PAGING_TASK_COUNT - index) * 10;
          ids.push(
            deps.control !== undefined
              ? await deps.control.createTask({
                  taskAction: "ExportImage",
                  regionId: deps.region,
                  status: "Processing",
                  progress,
                  durationMs: LONG_RUNNING_MS,
                })
              : await produce("ExportImage").catch((error: unknown) => {
                  // A given --task-id does not help here: paging needs several tasks that only the run lists.
                  throw error instanceof CheckSkipped
                    ? new CheckSkipped(
                        `needs ${PAGING_TASK_COUNT} tasks of its own, and ExportImage's sample request did not create one`,
                      )
                    : error;
                }),
          );
        }
        return ids.reverse();
      })();
      return paging;
    },
    uncancellableTask: () =>
      once("uncancellable", async () => {
        return deps.control !== undefined
          ? place(deps.control, "ModifyDiskSpec", "Processing")
          : produce("ModifyDiskSpec");
      }),
  };
}
