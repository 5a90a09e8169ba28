import { FINISH, type TaskRecord } from "../../tasks/task-record.js";

/**
 * The i-th ExportImage task of account `a` in cn-hangzhou, created `i` ms after `createdFromMs` and finishing
 * `durationMs` later; `overrides` change the facts a test is about.
 */
export function exportTaskRecord(
  i: number,
  createdFromMs: number,
  overrides: Partial<TaskRecord> = {},
): TaskRecord {
  return {
    accountId: "a",
    regionId: "cn-hangzhou",
    taskId: `t-${i}`,
    taskAction: "ExportImage",
    resourceId: `m-${i}`,
    details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
    createdAtMs: createdFromMs + i,
    queuedMs: 0,
    durationMs: 60_000,
    fate: FINISH,
    cancelledAtMs: null,
    ...overrides,
  };
}
