import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, rmSync, writeSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { creationLoad, describeAnswers } from "./creation-load.mjs";
import {
  control,
  countLost,
  fileMb,
  linesWith,
  loops,
  rpc,
  rssMb,
  startServer,
  stopServer,
} from "./server.mjs";

const CONNECTIONS = 64;

/**
 * SIGKILL under load: 64 connections create (and now and then cancel) tasks on a `--db` server, which is
 * killed after `killAfterMs`; a new server on the same file must show every acknowledged creation and
 * cancellation.
 */
export async function crashRound(dir, round, killAfterMs) {
  const db = join(dir, `crash-${round}.db`);
  const first = await startServer(["--db", db]);
  let killed = false;
  const killer = setTimeout(() => {
    killed = true;
    first.child.kill("SIGKILL");
  }, killAfterMs);
  const load = await creationLoad(first.url, CONNECTIONS, () => killed);
  clearTimeout(killer);
  await stopServer(first);
  const second = await startServer(["--db", db]);
  const { lost, cancelsLost, examples } = await countLost(second.url, load.acknowledged, load.cancelled);
  const stored = await rpc(second.url, {
    Action: "DescribeTasks",
    AccessKeyId: "acc-reliability-a",
    RegionId: "cn-hangzhou",
  });
  const storedB = await rpc(second.url, {
    Action: "DescribeTasks",
    AccessKeyId: "acc-reliability-b",
    RegionId: "cn-hangzhou",
  });
  await stopServer(second, "SIGTERM");
  return {
    round,
    killAfterMs,
    sent: load.sent,
    acknowledged: load.acknowledged.length,
    cancelled: load.cancelled.size,
    lost,
    cancelsLost,
    stored: (stored.body.TotalCount ?? 0) + (storedB.body.TotalCount ?? 0),
    restartMs: Math.round(second.startMs),
    answers: describeAnswers(load.answers),
    examples,
  };
}

/** Writes to `path` until the file system has no byte left (ENOSPC). */
function fillRemainingSpace(path) {
  const fd = openSync(path, "w");
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) {
      writeSync(fd, chunk);
    }
  } catch (error) {
    if (error.code !== "ENOSPC") {
      throw error;
    }
  } finally {
    closeSync(fd);
  }
}

function fillFile(path, megabytes) {
  const fd = openSync(path, "w");
  try {
    const chunk = Buffer.alloc(1024 * 1024, 1);
    for (let i = 0; i < megabytes; i++) {
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A full disk, for real: the database on a small tmpfs (root only), 3 MB of it held by a ballast file. Load
 * fills the disk; the server is killed on the full disk, restarted on it, and the ballast deleted.
 */
export async function fullDisk(dir, sizeMb = 16, ballastMb = 3) {
  if (process.getuid?.() !== 0) {
    throw new Error(
      "the full-disk test mounts a tmpfs (mount -t tmpfs) and needs root: run `pnpm reliability` as root",
    );
  }
  const mount = join(dir, "full-disk");
  mkdirSync(mount, { recursive: true });
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeMb}m`, "tmpfs", mount]);
  const servers = [];
  try {
    const db = join(mount, "tasks.db");
    const ballast = join(mount, "ballast");
    fillFile(ballast, ballastMb);
    const first = await startServer(["--db", db]);
    servers.push(first);
    let firstRefusalAt;
    let maxWalMb = 0;
    const startedAt = performance.now();
    const sampler = setInterval(() => {
      maxWalMb = Math.max(maxWalMb, fileMb(`${db}-wal`));
    }, 100);
    // Until 2 s after the first ServiceUnavailable (the disk is full), or 90 s at most.
    const load = await creationLoad(first.url, CONNECTIONS, (answers) => {
      const now = performance.now();
      if (firstRefusalAt === undefined && answers.has("503 ServiceUnavailable")) {
        firstRefusalAt = now;
      }
      return firstRefusalAt === undefined ? now - startedAt > 90_000 : now - firstRefusalAt > 2_000;
    }).finally(() => clearInterval(sampler));
    const fullAfterSeconds =
      firstRefusalAt === undefined ? undefined : Math.round((firstRefusalAt - startedAt) / 100) / 10;
    const refused = load.answers.get("503 ServiceUnavailable") ?? 0;
    const failingLines = linesWith(first.stderr(), "storage failing");
    const recoveredLines = linesWith(first.stderr(), "storage recovered");
    const stackLines = linesWith(first.stderr(), "unexpected error");
    await stopServer(first);
    // The load stopped as the disk filled, not necessarily with every byte taken (a small commit may still
    // have fitted): what the dead server left free is taken too, so the restart meets a disk that is full.
    const topUp = join(mount, "top-up");
    fillRemainingSpace(topUp);

    // A restart on the full disk.
    const second = await startServer(["--db", db]);
    servers.push(second);
    const readOnlyBanner = second.stdout().includes("storage: read-only");
    const afterKill = await countLost(second.url, load.acknowledged, load.cancelled);
    const writeWhileFull = await rpc(second.url, {
      Action: "ExportImage",
      AccessKeyId: "acc-reliability-a",
      RegionId: "cn-hangzhou",
      ImageId: "m-full",
      OSSBucket: "b",
    });
    const controlWhileFull = await control(second.url, "POST", "/clock/advance", { ms: 1000 });
    // Space returns.
    rmSync(ballast);
    rmSync(topUp);
    const writeAfterSpace = await rpc(second.url, {
      Action: "ExportImage",
      AccessKeyId: "acc-reliability-a",
      RegionId: "cn-hangzhou",
      ImageId: "m-space",
      OSSBucket: "b",
    });
    const recoveredAfterSpace = linesWith(second.stderr(), "storage recovered");
    const cleanExit = await stopServer(second, "SIGTERM");
    const third = await startServer(["--db", db]);
    servers.push(third);
    const recovered =
      typeof writeAfterSpace.body.TaskId === "string"
        ? [{ accountId: "acc-reliability-a", taskId: writeAfterSpace.body.TaskId }]
        : [];
    const afterRestart = await countLost(third.url, [...load.acknowledged, ...recovered], load.cancelled);
    await stopServer(third, "SIGTERM");
    return {
      sizeMb,
      ballastMb,
      sent: load.sent,
      acknowledged: load.acknowledged.length,
      cancelled: load.cancelled.size,
      refused,
      fullAfterSeconds,
      answers: describeAnswers(load.answers),
      maxWalMb,
      controlWhileFull: controlWhileFull.status,
      failingLines,
      recoveredLines,
      stackLines,
      restartOnFullDiskMs: Math.round(second.startMs),
      readOnlyBanner,
      lostAfterKill: afterKill.lost + afterKill.cancelsLost,
      writeWhileFull: `${writeWhileFull.status} ${writeWhileFull.body.Code ?? "OK"}`,
      writeAfterSpace: `${writeAfterSpace.status} ${writeAfterSpace.body.Code ?? "OK"}`,
      recoveredAfterSpace,
      cleanExit,
      lostAfterRestart: afterRestart.lost + afterRestart.cancelsLost,
      examples: [...afterKill.examples, ...afterRestart.examples],
    };
  } finally {
    for (const server of servers) {
      await stopServer(server);
    }
    execFileSync("umount", [mount]);
  }
}

/**
 * A client that sends its request head one byte a second and never finishes it: how long until the server
 * closes the connection (at most `capMs`).
 */
export async function slowClient(capMs = 100_000) {
  const server = await startServer([]);
  try {
    const { port, hostname } = new URL(server.url);
    const head = `GET /?Action=DescribeRegions&Version=2014-05-26 HTTP/1.1\r\nHost: ${hostname}\r\nX-Slow: ${"a".repeat(1000)}`;
    const startedAt = performance.now();
    let sentBytes = 0;
    let answer = "";
    const outcome = await new Promise((resolve) => {
      const socket = connect(Number(port), hostname);
      const drip = setInterval(() => {
        if (sentBytes < head.length && !socket.destroyed) {
          socket.write(head[sentBytes++]);
        }
      }, 1_000);
      const cap = setTimeout(() => {
        clearInterval(drip);
        socket.destroy();
        resolve("still connected");
      }, capMs);
      socket.on("data", (chunk) => {
        answer += chunk;
      });
      socket.on("close", () => {
        clearInterval(drip);
        clearTimeout(cap);
        resolve("closed by the server");
      });
      socket.on("error", () => {});
    });
    return {
      outcome,
      seconds: Math.round((performance.now() - startedAt) / 100) / 10,
      sentBytes,
      answer: answer.split("\r\n")[0] || "(none)",
      capSeconds: capMs / 1000,
    };
  } finally {
    await stopServer(server);
  }
}

/**
 * Mixed load on a `--db` server for `durationMs` (32 connections: creations, reads, pages, cancellations),
 * with the server's RSS, the calls answered and the WAL's size sampled every 10 s.
 */
export async function soak(dir, durationMs) {
  const db = join(dir, "soak.db");
  const server = await startServer(["--db", db]);
  const tasks = [];
  const answers = new Map();
  let done = 0;
  const samples = [];
  const startedAt = performance.now();
  const sample = () =>
    samples.push({
      seconds: Math.round((performance.now() - startedAt) / 1000),
      rssMb: rssMb(server.child.pid),
      calls: done,
      tasks: tasks.length,
      walMb: fileMb(`${db}-wal`),
    });
  sample();
  const sampler = setInterval(sample, 10_000);
  let n = 0;
  try {
    await loops(
      32,
      () => performance.now() - startedAt >= durationMs,
      async () => {
        const i = n++;
        const kind = i % 10;
        const known = tasks[(i * 7919) % Math.max(tasks.length, 1)];
        let params;
        if (kind < 4 || known === undefined) {
          params = { Action: "ExportImage", RegionId: "cn-hangzhou", ImageId: `m-${i}`, OSSBucket: "b" };
        } else if (kind < 8) {
          params = { Action: "DescribeTaskAttribute", RegionId: "cn-hangzhou", TaskId: known };
        } else if (kind === 8) {
          params = { Action: "DescribeTasks", RegionId: "cn-hangzhou", PageSize: "10" };
        } else {
          params = { Action: "CancelTask", RegionId: "cn-hangzhou", TaskId: known };
        }
        const { status, body } = await rpc(server.url, params);
        done += 1;
        if (status === 200 && params.Action === "ExportImage") {
          tasks.push(body.TaskId);
        }
        const key = `${status} ${body.Code ?? "OK"}`;
        answers.set(key, (answers.get(key) ?? 0) + 1);
      },
    );
  } finally {
    clearInterval(sampler);
  }
  sample();
  const stderr = server.stderr();
  await stopServer(server, "SIGTERM");
  return {
    durationMs,
    samples,
    answers: describeAnswers(answers),
    stderrLines: stderr.split("\n").filter(Boolean).length,
  };
}
