import { spawn } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const serverMain = fileURLToPath(new URL("../../apps/reference-server/dist/main.js", import.meta.url));

/**
 * Starts the built server (`node apps/reference-server/dist/main.js`) with `args`, resolving once it prints
 * where it listens, with the milliseconds that took. Everything it prints is kept, to count its log lines.
 */
export function startServer(args, timeoutMs = 20_000) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [serverMain, "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the server did not listen within ${timeoutMs} ms:\n${stdout}${stderr}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match !== null && timer !== undefined) {
        clearTimeout(timer);
        resolve({
          child,
          url: match[1],
          exited,
          startMs: performance.now() - startedAt,
          stdout: () => stdout,
          stderr: () => stderr,
        });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${stdout}${stderr}`));
    });
  });
}

/** Sends `signal` and waits for the exit; returns the exit code, or the signal's name. */
export async function stopServer(server, signal = "SIGKILL") {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill(signal);
  }
  const late = new Promise((resolve) => setTimeout(() => resolve("late"), 10_000).unref());
  const outcome = await Promise.race([server.exited, late]);
  if (outcome === "late") {
    server.child.kill("SIGKILL");
    return `no exit within 10 s of ${signal}`;
  }
  return outcome;
}

/** An unsigned ECS call by GET, JSON asked for; rejects only when the connection fails. */
export async function rpc(url, params) {
  const query = new URLSearchParams({ Version: "2014-05-26", Format: "JSON", ...params });
  const response = await fetch(`${url}/?${query}`);
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

/** A control API call with a JSON body. */
export async function control(url, method, path, body) {
  const response = await fetch(`${url}/_reference${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

/** The resident set size of a process in MB, from /proc. */
export function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match === null ? Number.NaN : Number(match[1]) / 1024;
}

/** A file's size in MB, 0 when it does not exist. */
export function fileMb(path) {
  try {
    return statSync(path).size / 1024 / 1024;
  } catch {
    return 0;
  }
}

/** Runs `worker(index)` on `count` concurrent loops until `until()` says stop. */
export async function loops(count, until, worker) {
  await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      while (!until()) {
        await worker(index);
      }
    }),
  );
}

/** Checks acknowledged creations and cancellations against a server, `concurrency` calls at a time. */
export async function countLost(url, acknowledged, cancelled, concurrency = 32) {
  const queue = [...acknowledged];
  let lost = 0;
  let cancelsLost = 0;
  const examples = [];
  await loops(
    concurrency,
    () => queue.length === 0,
    async () => {
      const task = queue.pop();
      if (task === undefined) {
        return;
      }
      const { status, body } = await rpc(url, {
        Action: "DescribeTaskAttribute",
        AccessKeyId: task.accountId,
        RegionId: "cn-hangzhou",
        TaskId: task.taskId,
      });
      if (status !== 200) {
        lost += 1;
        if (examples.length < 3) {
          examples.push(`${task.taskId}: ${status} ${body.Code}`);
        }
      } else if (cancelled.has(task.taskId) && body.TaskStatus !== "Failed") {
        cancelsLost += 1;
        if (examples.length < 3) {
          examples.push(`${task.taskId}: cancelled, read back ${body.TaskStatus}`);
        }
      }
    },
  );
  return { lost, cancelsLost, examples };
}

/** How many lines of `text` contain `needle`. */
export function linesWith(text, needle) {
  return text.split("\n").filter((line) => line.includes(needle)).length;
}
