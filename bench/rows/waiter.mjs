// W1: how late `waitForTask` notices the end of a task, and how many polls it spends, in real time against
// the reference server over HTTP; beside it, in the same run, the waiter as it was before issue 14
// (jittered doubling from 2 s to 30 s, rewritten below over the client's describeTaskAttribute).
import { createEcsClient, TaskWaitError } from "@ecs-tasks/client";
import { createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";
import { median } from "../lib/http-load.mjs";

const REGION = "cn-hangzhou";
/** How long the stuck and paused cases are watched. */
const WATCH_MS = 60_000;
const ACCESS_KEY_ID = "bench";

/** The waiter before issue 14: the first poll at once, then jittered doubling from 2 s up to 30 s. */
async function backoffWaiter(client, taskId, { timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  for (let poll = 0; ; poll += 1) {
    const task = await client.describeTaskAttribute({ RegionId: REGION, TaskId: taskId });
    if (task.TaskStatus === "Finished") {
      return task;
    }
    if (task.TaskStatus === "Failed") {
      throw new TaskWaitError("failed", task, task.TaskStatus);
    }
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new TaskWaitError("timeout", task, "timeout");
    }
    const ceiling = Math.min(30_000, 2_000 * 2 ** poll);
    const delay = 2_000 + Math.random() * (ceiling - 2_000);
    await new Promise((resolve) => setTimeout(resolve, Math.min(delay, remaining)));
  }
}

const waiters = {
  before: backoffWaiter,
  after: (client, taskId, options) => client.waitForTask(taskId, options),
};

/** A server whose new tasks take `taskDurationMs`, and a client that counts its DescribeTaskAttribute calls. */
async function startSide(taskDurationMs) {
  const app = createApp({ taskDurationMs, seed: `waiter-${taskDurationMs}` });
  const server = await listen(app.fetch, { port: 0 });
  const polls = new Map();
  const client = createEcsClient({
    endpoint: server.url,
    regionId: REGION,
    // With signatures not verified, the AccessKeyId names the account the control API places tasks in.
    credentials: { accessKeyId: ACCESS_KEY_ID, accessKeySecret: "bench-secret" },
    fetch: async (request) => {
      if (request.headers.get("x-acs-action") === "DescribeTaskAttribute") {
        const taskId = new URL(request.url).searchParams.get("TaskId");
        polls.set(taskId, [...(polls.get(taskId) ?? []), Date.now()]);
      }
      return fetch(request);
    },
  });
  const control = async (path, body) => {
    const response = await fetch(`${server.url}/_reference${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
    }
    return response.json();
  };
  return { server, client, polls, control };
}

/** A task that ends `durationMs` after it is created (5 % queued, then 0 to 100 %): lateness and polls. */
async function timedCase(side, durationMs, waiter) {
  const sentAt = Date.now();
  const { TaskId } = await side.client.exportImage({ RegionId: REGION, ImageId: "m-wait", OSSBucket: "b" });
  // The task is created after `sentAt`, so this overstates the lateness by the request's latency at most.
  const endsAt = sentAt + durationMs;
  const task = await waiter(side.client, TaskId, { timeoutMs: 10 * durationMs });
  if (task.TaskStatus !== "Finished") {
    throw new Error(`task ${TaskId} ended ${task.TaskStatus}`);
  }
  return { latenessMs: Date.now() - endsAt, polls: side.polls.get(TaskId).length };
}

/** A task placed by the control API, watched for `WATCH_MS`: how many polls, and how it ended. */
async function watchedCase(side, placement, waiter) {
  const { TaskId } = await side.control("/tasks", {
    accountId: ACCESS_KEY_ID,
    regionId: REGION,
    taskAction: "ExportImage",
    ...placement,
  });
  const startedAt = Date.now();
  const outcome = await waiter(side.client, TaskId, { timeoutMs: WATCH_MS }).then(
    (task) => `resolved ${task.TaskStatus}`,
    (error) => {
      if (error instanceof TaskWaitError) {
        return `${error.reason} ${error.task.TaskStatus}`;
      }
      throw error;
    },
  );
  const sentAt = side.polls.get(TaskId);
  // The last gap ends at the wait's deadline, whatever the backoff: left out.
  const gaps = sentAt.slice(1, -1).map((at, index) => at - sentAt[index]);
  return {
    polls: sentAt.length,
    shortestGapMs: gaps.length === 0 ? null : Math.min(...gaps),
    watchedMs: Date.now() - startedAt,
    outcome,
  };
}

function summary(runs, key) {
  const values = runs.map((run) => run[key]);
  return { median: median(values), max: Math.max(...values) };
}

/** W1: each case `tasks` times for each waiter, all at once, so the row lasts about a minute and a half. */
export async function rowW1({ waiterTasks = 3 } = {}) {
  const short = await startSide(20_000);
  const long = await startSide(60_000);
  try {
    const cases = {
      "20 s": (waiter) => timedCase(short, 20_000, waiter),
      "60 s": (waiter) => timedCase(long, 60_000, waiter),
      // At 37 % for 36 minutes per percent: no progress to read while it is watched.
      stuck: (waiter) =>
        watchedCase(long, { status: "Processing", progress: 37, durationMs: 360_000_000 }, waiter),
      paused: (waiter) => watchedCase(long, { status: "Paused", progress: 50 }, waiter),
    };
    const pending = [];
    for (const [name, waiter] of Object.entries(waiters)) {
      for (const [caseName, run] of Object.entries(cases)) {
        for (let i = 0; i < waiterTasks; i += 1) {
          pending.push(run(waiter).then((result) => ({ name, caseName, result })));
        }
      }
    }
    const settled = await Promise.all(pending);
    const figures = {};
    for (const { name, caseName, result } of settled) {
      figures[name] ??= {};
      figures[name][caseName] ??= [];
      figures[name][caseName].push(result);
    }
    for (const [name, byCase] of Object.entries(figures)) {
      for (const [caseName, runs] of Object.entries(byCase)) {
        const timed = "latenessMs" in runs[0];
        figures[name][caseName] = {
          ...(timed ? { latenessMs: summary(runs, "latenessMs") } : {}),
          polls: summary(runs, "polls"),
          ...(timed ? {} : { outcomes: runs.map((run) => run.outcome) }),
          runs,
        };
      }
    }
    const after = figures.after;
    return {
      id: "W1",
      figures,
      checks: [
        {
          what: "20 s task: seconds late (max)",
          value: after["20 s"].latenessMs.max / 1000,
          target: "<= 1.5",
        },
        { what: "20 s task: polls (max)", value: after["20 s"].polls.max, target: "<= 10" },
        { what: "60 s task: seconds late (max)", value: after["60 s"].latenessMs.max / 1000, target: "<= 2" },
        {
          what: "stuck task: shortest gap between polls, s (backoff from 2 s)",
          value: Math.min(...after.stuck.runs.map((run) => run.shortestGapMs)) / 1000,
          target: ">= 1.9",
        },
        // A paused task is answered Processing where it stopped (decision 0038): it backs off like a stuck one.
        {
          what: "paused task: shortest gap between polls, s (backoff from 2 s)",
          value: Math.min(...after.paused.runs.map((run) => run.shortestGapMs)) / 1000,
          target: ">= 1.9",
        },
      ],
      errors: 0,
    };
  } finally {
    await Promise.all([short.server.close(), long.server.close()]);
  }
}
