import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const running: ChildProcess[] = [];

afterEach(() => {
  for (const child of running.splice(0)) {
    child.kill("SIGKILL");
  }
});

/** Starts the bin from source and resolves with its base URL once it prints where it listens. */
function startBin(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(
    process.execPath,
    ["--conditions=@ecs-tasks/source", "--import", "tsx", "src/main.ts", ...args],
    { cwd: packageDir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  running.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        resolve({ child, url: match[1], output: () => output });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

describe("ecs-reference-server (the bin)", () => {
  it("listens where told, serves the API, and exits cleanly on SIGTERM", async () => {
    const { child, url } = await startBin(["--port", "0"], {
      ECS_REFERENCE_CONTROL: "off",
      ECS_REFERENCE_TASK_DURATION_MS: "1000",
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const regions = await fetch(`${url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON`);
    expect(regions.status).toBe(200);
    expect((await fetch(`${url}/docs`)).status).toBe(200);
    expect((await fetch(`${url}/_reference/clock`)).status).toBe(404);
    const exited = exitOf(child);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);

  it("exits cleanly on SIGINT (Ctrl-C) even with a client connection open", async () => {
    const { child, url } = await startBin(["--port=0", "--host", "127.0.0.1"]);
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const exited = exitOf(child);
    child.kill("SIGINT");
    expect(await exited).toBe(0);
    socket.destroy();
  }, 30_000);

  it("answers a request Node cannot parse with a JSON error, not a bare status line", async () => {
    const { child, url } = await startBin(["--port", "0"]);
    const socket = connect(Number(new URL(url).port), "127.0.0.1");
    const reply = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk.toString();
      });
      socket.on("close", () => resolve(text));
      socket.write(`GET /?${"a".repeat(300 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    expect(reply.startsWith("HTTP/1.1 400 Bad Request")).toBe(true);
    // The head is over the limit: the documented error says so rather than that no action was sent.
    expect(JSON.parse(reply.slice(reply.indexOf("\r\n\r\n") + 4))).toMatchObject({
      Code: "InvalidParameter",
      Message: expect.stringContaining("too large"),
    });
    child.kill("SIGTERM");
    await exitOf(child);
  }, 30_000);

  it("refuses bad settings with a message and exit code 2", async () => {
    const child = spawn(
      process.execPath,
      ["--conditions=@ecs-tasks/source", "--import", "tsx", "src/main.ts", "--control", "maybe"],
      {
        cwd: packageDir,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    running.push(child);
    let stderr = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    expect(await exitOf(child)).toBe(2);
    expect(stderr).toContain('--control must be "on" or "off"');
  }, 30_000);
});
