import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { taskProducingActions } from "@ecs-tasks/contract";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { viewTask } from "../src/tasks/task-lifecycle.js";
import {
  FINISH,
  type TaskCreatingAction,
  type TaskDetails,
  type TaskRecord,
} from "../src/tasks/task-record.js";
import { type ChildServer, startChildServer, stopChild } from "./support/child-server.js";

const T0 = Date.UTC(2026, 4, 1, 8, 0, 0);
/** Long enough that tasks of the last waves are still Waiting or Processing at the kill, short enough that early ones finish. */
const TASK_DURATION_MS = 20_000;
/** The server's split of a task's time: 5 % queued, the rest running. */
const QUEUED_MS = TASK_DURATION_MS * 0.05;
/** How far the frozen clock moves before each wave: the last wave is Waiting, the one before Processing, older ones Finished. */
const WAVE_STEP_MS = 10_000;
const WAVE_SIZE = 32;
const ACCOUNTS = ["acc-crash-a", "acc-crash-b"] as const;
const REGIONS = ["cn-hangzhou", "cn-beijing", "ap-southeast-1"] as const;
const ACTIONS: readonly TaskCreatingAction[] = taskProducingActions;

const dir = mkdtempSync(join(tmpdir(), "crash-recovery-"));
const running: ChildServer[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    await stopChild(server, "SIGKILL");
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(db: string): Promise<ChildServer> {
  const server = await startChildServer([
    "--port",
    "0",
    "--db",
    db,
    "--task-duration",
    String(TASK_DURATION_MS),
  ]);
  running.push(server);
  return server;
}

async function control(
  url: string,
  path: string,
  body: unknown = {},
): Promise<{ nowMs: number; frozen: boolean }> {
  const response = await fetch(`${url}/_reference${path}`, {
    method: path === "/clock" ? "GET" : "POST",
    headers: { "content-type": "application/json" },
    body: path === "/clock" ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { nowMs: number; frozen: boolean };
}

async function rpc(url: string, params: Record<string, string>): Promise<Response> {
  return fetch(`${url}/?${new URLSearchParams({ Version: "2014-05-26", Format: "JSON", ...params })}`);
}

/** What a created task must look like after the restart. */
interface Answered {
  readonly record: TaskRecord;
}

/** The parameters of the n-th creation, spread over actions, regions and accounts. */
function creation(n: number): {
  accountId: string;
  regionId: string;
  action: TaskCreatingAction;
  params: Record<string, string>;
  resourceId: string;
  details: TaskDetails;
} {
  const accountId = ACCOUNTS[n % ACCOUNTS.length] as string;
  const regionId = REGIONS[Math.floor(n / 2) % REGIONS.length] as string;
  const action = ACTIONS[Math.floor(n / 6) % ACTIONS.length] as TaskCreatingAction;
  const common = { AccessKeyId: accountId, RegionId: regionId, Action: action };
  switch (action) {
    case "ExportImage":
      return {
        accountId,
        regionId,
        action,
        resourceId: `m-crash${n}`,
        details: { kind: "export", ossBucket: "b", ossPrefix: undefined, imageFormat: "raw" },
        params: { ...common, ImageId: `m-crash${n}`, OSSBucket: "b" },
      };
    case "ImportImage":
      return {
        accountId,
        regionId,
        action,
        resourceId: "",
        details: { kind: "import", disks: [{ ossBucket: "b", ossObject: `o${n}.raw` }] },
        params: {
          ...common,
          "DiskDeviceMapping.1.OSSBucket": "b",
          "DiskDeviceMapping.1.OSSObject": `o${n}.raw`,
        },
      };
    default:
      return {
        accountId,
        regionId,
        action,
        resourceId: `d-crash${n}`,
        details: { kind: "disk" },
        params: { ...common, DiskId: `d-crash${n}`, DiskCategory: "cloud_essd" },
      };
  }
}

/**
 * Creates tasks in waves of concurrent requests, moving the frozen clock between waves so that each
 * answered task's creation time is known exactly, until `stopAfterMs` has passed since the second wave was
 * answered, and the server is killed.
 */
async function loadUntilKilled(
  server: ChildServer,
  stopAfterMs: number,
): Promise<{ answered: Answered[]; clockCandidates: number[] }> {
  const answered: Answered[] = [];
  let clock = T0;
  let pendingClock: number | undefined;
  let killed = false;
  let n = 0;
  // The kill moment counts from the end of the first two waves, so that every round has tasks in more than
  // one state to check however slowly a loaded machine serves them.
  let killer: ReturnType<typeof setTimeout> | undefined;
  let waves = 0;
  try {
    while (!killed) {
      pendingClock = clock + WAVE_STEP_MS;
      const moved = await control(server.url, "/clock/advance", { ms: WAVE_STEP_MS }).catch(() => undefined);
      if (moved === undefined) {
        break;
      }
      clock = moved.nowMs;
      pendingClock = undefined;
      const createdAtMs = clock;
      await Promise.all(
        Array.from({ length: WAVE_SIZE }, async () => {
          const c = creation(n++);
          const response = await rpc(server.url, c.params).catch(() => undefined);
          if (response?.status !== 200) {
            // Only a kill may stop a creation: anything else is a bug this test must show.
            expect(killed).toBe(true);
            return;
          }
          const body = (await response.json().catch(() => undefined)) as { TaskId?: string } | undefined;
          if (body?.TaskId === undefined) {
            expect(killed).toBe(true);
            return;
          }
          answered.push({
            record: {
              accountId: c.accountId,
              regionId: c.regionId,
              taskId: body.TaskId,
              taskAction: c.action,
              resourceId: c.resourceId,
              details: c.details,
              createdAtMs,
              queuedMs: QUEUED_MS,
              durationMs: TASK_DURATION_MS - QUEUED_MS,
              fate: FINISH,
              cancelledAtMs: null,
            },
          });
        }),
      );
      waves += 1;
      if (waves === 2) {
        killer = setTimeout(() => {
          killed = true;
          server.child.kill("SIGKILL");
        }, stopAfterMs);
      }
    }
  } finally {
    clearTimeout(killer);
  }
  await stopChild(server, "SIGKILL");
  // An advance in flight at the kill may or may not have been committed.
  return { answered, clockCandidates: pendingClock === undefined ? [clock] : [clock, pendingClock] };
}

async function expectRestored(url: string, answered: readonly Answered[], nowMs: number): Promise<void> {
  const mismatches: string[] = [];
  // Bounded concurrency keeps a thousand checks quick without opening a thousand sockets at once.
  const queue = [...answered];
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
        const { record } = item;
        const response = await rpc(url, {
          Action: "DescribeTaskAttribute",
          AccessKeyId: record.accountId,
          RegionId: record.regionId,
          TaskId: record.taskId,
        });
        const body = (await response.json()) as Record<string, unknown>;
        const view = viewTask(record, nowMs);
        const expected = {
          status: 200,
          TaskId: record.taskId,
          RegionId: record.regionId,
          TaskAction: record.taskAction,
          TaskStatus: view.taskStatus,
          TaskProcess: `${view.taskProcess}%`,
        };
        const actual = {
          status: response.status,
          TaskId: body.TaskId,
          RegionId: body.RegionId,
          TaskAction: body.TaskAction,
          TaskStatus: body.TaskStatus,
          TaskProcess: body.TaskProcess,
        };
        if (JSON.stringify(actual) !== JSON.stringify(expected)) {
          mismatches.push(`${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
        }
        // The task is its account's: the other account is told it does not exist.
        const other = ACCOUNTS.find((a) => a !== record.accountId) as string;
        const foreign = await rpc(url, {
          Action: "DescribeTaskAttribute",
          AccessKeyId: other,
          RegionId: record.regionId,
          TaskId: record.taskId,
        });
        const foreignBody = (await foreign.json()) as { Code?: string };
        if (foreignBody.Code !== "InvalidTaskId.NotFound") {
          mismatches.push(`${record.taskId} visible to ${other}: ${foreign.status} ${foreignBody.Code}`);
        }
      }
    }),
  );
  expect({ count: mismatches.length, first: mismatches.slice(0, 5) }).toEqual({ count: 0, first: [] });
}

describe("a server killed under load (SIGKILL) loses no answered task", () => {
  it.each([1, 2, 3])(
    "round %i: every answered creation is there after a restart, with its id, region, account and state",
    async (round) => {
      const db = join(dir, `round-${round}.db`);
      const first = await start(db);
      await control(first.url, "/clock/set", { time: T0 });
      await control(first.url, "/clock/freeze");
      // Different kill moments per round: early in the load, and later with many tasks written.
      const { answered, clockCandidates } = await loadUntilKilled(first, 300 + round * 400);
      expect(answered.length).toBeGreaterThan(WAVE_SIZE);

      const second = await start(db);
      const clock = await control(second.url, "/clock");
      expect(clock.frozen).toBe(true);
      expect(clockCandidates).toContain(clock.nowMs);
      await expectRestored(second.url, answered, clock.nowMs);
      // The restored states differ, so the check above compared more than one kind of task.
      const states = new Set(answered.map(({ record }) => viewTask(record, clock.nowMs).taskStatus));
      expect(states.size).toBeGreaterThan(1);
      expect(await stopChild(second, "SIGTERM")).toBe(0);
    },
    // Two server starts, a load and a thousand checks: 6–11 s alone, past 15 s when CI runs every package's
    // tests at once on two cores.
    45_000,
  );
});
