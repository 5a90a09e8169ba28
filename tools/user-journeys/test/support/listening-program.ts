import { type ChildProcess, spawn } from "node:child_process";

/** A program that runs until stopped, started in a process group of its own. */
export interface ListeningProgram {
  /** The address the program said it listens on. */
  readonly url: string;
  /** Everything it printed so far. */
  output(): string;
  /** Sends `signal` and resolves with the exit code once it has exited (null if killed by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Kills the whole group at once; safe to call after it has exited. */
  kill(): void;
}

const LISTENING = /listening on (http:\/\/\S+)/;

/**
 * Starts `command` and resolves once it prints `listening on <url>`; rejects, with the program killed, if it
 * exits or stays silent for `timeoutMs`.
 */
export function startListening(
  command: string,
  args: readonly string[],
  cwd: string,
  timeoutMs: number,
): Promise<ListeningProgram> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_OPTIONS$)/.test(name)),
  );
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
  const kill = () => killGroup(child);
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      kill();
      reject(new Error(`${command} ${args.join(" ")} ${why}:\n${output}`));
    };
    const timer = setTimeout(() => fail(`printed no "listening on" in ${timeoutMs} ms`), timeoutMs);
    child.on("error", (error) => fail(`could not start (${error.message})`));
    void exited.then((code) => fail(`exited with ${code} before listening`));
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = output.match(LISTENING)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({
          url,
          output: () => output,
          stop: (signal = "SIGTERM") => {
            child.kill(signal);
            return exited;
          },
          kill,
        });
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
  });
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-(child.pid as number), "SIGKILL");
  } catch {
    // already gone
  }
}
