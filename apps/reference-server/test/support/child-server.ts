import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));

/** The bin running from source in a child process. */
export interface ChildServer {
  readonly child: ChildProcess;
  readonly url: string;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  readonly exited: Promise<number | null>;
  /** Everything it printed so far. */
  output(): string;
}

/**
 * Starts `src/main.ts` with `args` through tsx and resolves once it prints where it listens. Rejects when it
 * exits first or does not listen within `timeoutMs`; the caller kills it (see {@link stopChild}).
 */
export function startChildServer(args: readonly string[], timeoutMs = 10_000): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ["--conditions=@ecs-tasks/source", "--import", "tsx", "src/main.ts", ...args],
    { cwd: packageDir, env: process.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`did not listen within ${timeoutMs} ms: ${output}`));
    }, timeoutMs);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], exited, output: () => output });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening: ${output}`));
    });
  });
}

/** Sends `signal` (when still running) and waits for the exit, at most `timeoutMs` before a SIGKILL. */
export async function stopChild(
  server: Pick<ChildServer, "child" | "exited">,
  signal: NodeJS.Signals = "SIGKILL",
  timeoutMs = 5_000,
): Promise<number | null> {
  if (server.child.exitCode === null && server.child.signalCode === null) {
    server.child.kill(signal);
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), timeoutMs);
  });
  const outcome = await Promise.race([server.exited, late]);
  clearTimeout(timer);
  if (outcome === "late") {
    server.child.kill("SIGKILL");
    await server.exited;
    throw new Error(`did not exit within ${timeoutMs} ms of ${signal}`);
  }
  return outcome;
}
