/** What the `ecs-reference-server` command runs with. */
export interface CliSettings {
  readonly host: string;
  readonly port: number;
  readonly taskDurationMs: number;
  readonly control: boolean;
  readonly seed: string | undefined;
  readonly help: boolean;
}

/** The command's usage text. */
export const USAGE = `Usage: ecs-reference-server [options]

A local emulator of the Alibaba Cloud ECS task API (DescribeTaskAttribute and its companions).

Options (each also read from the environment variable shown):
  --port <n>             port to listen on, 0 for any free port      PORT (default 8080)
  --host <address>       interface to bind                           HOST (default 127.0.0.1)
  --task-duration <ms>   how long a new task takes to finish         ECS_REFERENCE_TASK_DURATION_MS (default 60000)
  --control on|off       serve the control API under /_reference/    ECS_REFERENCE_CONTROL (default on)
  --seed <text>          repeat the same task and request ids        ECS_REFERENCE_SEED
  --help                 show this text
`;

/** A setting that cannot be used; the message says how to fix it. */
export class SettingsError extends Error {}

const FLAGS: Readonly<Record<string, string>> = {
  "--port": "PORT",
  "--host": "HOST",
  "--task-duration": "ECS_REFERENCE_TASK_DURATION_MS",
  "--control": "ECS_REFERENCE_CONTROL",
  "--seed": "ECS_REFERENCE_SEED",
};

function integer(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new SettingsError(`${name} must be an integer from ${min} to ${max}, got "${text}".`);
  }
  return Number(text);
}

/** Reads the settings from command-line flags (`--port 80` or `--port=80`), falling back to the environment. */
export function parseSettings(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliSettings {
  const values: Record<string, string | undefined> = {};
  for (const variable of Object.values(FLAGS)) {
    const value = env[variable];
    values[variable] = value === "" ? undefined : value;
  }
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--help" || arg === "-h") {
      help = true;
      continue;
    }
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const variable = FLAGS[flag];
    if (variable === undefined) {
      throw new SettingsError(`Unknown option "${arg}". Run with --help for the options.`);
    }
    const value = inline ?? argv[++i];
    if (value === undefined) {
      throw new SettingsError(`${flag} needs a value. Run with --help for the options.`);
    }
    values[variable] = value;
  }
  const control = (values.ECS_REFERENCE_CONTROL ?? "on").toLowerCase();
  if (control !== "on" && control !== "off") {
    throw new SettingsError(`--control must be "on" or "off", got "${values.ECS_REFERENCE_CONTROL}".`);
  }
  return {
    host: values.HOST ?? "127.0.0.1",
    port: integer("--port", values.PORT ?? "8080", 0, 65_535),
    taskDurationMs: integer(
      "--task-duration",
      values.ECS_REFERENCE_TASK_DURATION_MS ?? "60000",
      0,
      2_147_483_647,
    ),
    control: control === "on",
    seed: values.ECS_REFERENCE_SEED,
    help,
  };
}
