import {
  type AccessKey,
  AccessKeyFormatError,
  type AuthMode,
  parseAccessKeyList,
} from "./auth/access-keys.js";
import { CONTROL_TOKEN_PATTERN } from "./control/control-access.js";
import { DEFAULT_LIMITS } from "./resource-limits.js";

/** Every resource limit, by its option name in `createApp` or `listen`. */
export type ResourceLimits = { readonly [Name in keyof typeof DEFAULT_LIMITS]: number };

/** The flag and environment variable of each limit. */
const LIMIT_FLAGS: readonly { flag: string; variable: string; name: keyof ResourceLimits }[] = [
  {
    flag: "--max-parameter-length",
    variable: "ECS_REFERENCE_MAX_PARAMETER_LENGTH",
    name: "maxParameterLength",
  },
  { flag: "--request-log-bytes", variable: "ECS_REFERENCE_REQUEST_LOG_BYTES", name: "requestLogBytes" },
  { flag: "--max-faults", variable: "ECS_REFERENCE_MAX_FAULTS", name: "maxFaults" },
  { flag: "--max-task-fates", variable: "ECS_REFERENCE_MAX_TASK_FATES", name: "maxTaskFates" },
  {
    flag: "--max-control-body",
    variable: "ECS_REFERENCE_MAX_CONTROL_BODY_BYTES",
    name: "maxControlBodyBytes",
  },
  { flag: "--max-nonces-per-key", variable: "ECS_REFERENCE_MAX_NONCES_PER_KEY", name: "maxNoncesPerKey" },
  { flag: "--max-connections", variable: "ECS_REFERENCE_MAX_CONNECTIONS", name: "maxConnections" },
  { flag: "--headers-timeout", variable: "ECS_REFERENCE_HEADERS_TIMEOUT_MS", name: "headersTimeoutMs" },
  { flag: "--request-timeout", variable: "ECS_REFERENCE_REQUEST_TIMEOUT_MS", name: "requestTimeoutMs" },
];

/** What the `ecs-reference-server` command runs with. */
export interface CliSettings {
  readonly host: string;
  readonly port: number;
  readonly taskDurationMs: number;
  readonly control: boolean;
  /** The bearer token every control request must send, or undefined (then `verify` mode refuses the control API). */
  readonly controlToken: string | undefined;
  readonly seed: string | undefined;
  readonly auth: AuthMode;
  readonly accessKeys: readonly AccessKey[];
  /** The SQLite file tasks and the clock are kept in, or undefined to keep them in memory. */
  readonly db: string | undefined;
  /** What one client may take of the server (see the README's table of limits). */
  readonly limits: ResourceLimits;
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
  --control-token <t>    control requests must send Authorization: Bearer <t>
                         (needed for the control API in verify mode) ECS_REFERENCE_CONTROL_TOKEN
  --seed <text>          repeat the same task and request ids        ECS_REFERENCE_SEED
  --auth off|verify      check V1/V3 signatures against the keys     ECS_REFERENCE_AUTH (default off)
  --access-key ID:SECRET a key pair verify mode accepts (repeatable) ECS_REFERENCE_ACCESS_KEYS (ID:SECRET,...)
  --db <file>            keep tasks and the clock in a SQLite file   ECS_REFERENCE_DB (default: in memory)
  --help                 show this text

Limits (what one client may take of a shared server; each also read from the environment variable shown):
  --max-parameter-length <n>  longest parameter name or value, characters  ECS_REFERENCE_MAX_PARAMETER_LENGTH (default 4096)
  --request-log-bytes <n>     request log size, characters of parameters  ECS_REFERENCE_REQUEST_LOG_BYTES (default 8388608)
  --max-faults <n>            faults armed at once (control API)          ECS_REFERENCE_MAX_FAULTS (default 1000)
  --max-task-fates <n>        task fates scripted at once (control API)   ECS_REFERENCE_MAX_TASK_FATES (default 1000)
  --max-control-body <bytes>  largest control API body read               ECS_REFERENCE_MAX_CONTROL_BODY_BYTES (default 65536)
  --max-nonces-per-key <n>    signed calls per key per 15 minutes (verify) ECS_REFERENCE_MAX_NONCES_PER_KEY (default 1000000)
  --max-connections <n>       connections open at once                    ECS_REFERENCE_MAX_CONNECTIONS (default 1000)
  --headers-timeout <ms>      time to send the request line and headers   ECS_REFERENCE_HEADERS_TIMEOUT_MS (default 10000)
  --request-timeout <ms>      time to send the whole request              ECS_REFERENCE_REQUEST_TIMEOUT_MS (default 30000)
`;

/** A setting that cannot be used; the message says how to fix it. */
export class SettingsError extends Error {}

const FLAGS: Readonly<Record<string, string>> = {
  "--port": "PORT",
  "--host": "HOST",
  "--task-duration": "ECS_REFERENCE_TASK_DURATION_MS",
  "--control": "ECS_REFERENCE_CONTROL",
  "--control-token": "ECS_REFERENCE_CONTROL_TOKEN",
  "--seed": "ECS_REFERENCE_SEED",
  "--auth": "ECS_REFERENCE_AUTH",
  "--access-key": "ECS_REFERENCE_ACCESS_KEYS",
  "--db": "ECS_REFERENCE_DB",
  ...Object.fromEntries(LIMIT_FLAGS.map(({ flag, variable }) => [flag, variable])),
};

// Flags that may be given several times; their values are joined as the environment variable lists them.
const REPEATABLE = new Set(["--access-key"]);

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
  const repeated = new Map<string, string[]>();
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
    if (REPEATABLE.has(flag)) {
      repeated.set(variable, [...(repeated.get(variable) ?? []), value]);
    } else {
      values[variable] = value;
    }
  }
  for (const [variable, list] of repeated) {
    // Flags replace the environment's list rather than add to it, as every other flag does.
    values[variable] = list.join(",");
  }
  const auth = (values.ECS_REFERENCE_AUTH ?? "off").toLowerCase();
  if (auth !== "off" && auth !== "verify") {
    throw new SettingsError(`--auth must be "off" or "verify", got "${values.ECS_REFERENCE_AUTH}".`);
  }
  let accessKeys: AccessKey[];
  try {
    accessKeys = parseAccessKeyList(values.ECS_REFERENCE_ACCESS_KEYS ?? "");
  } catch (error) {
    if (error instanceof AccessKeyFormatError) {
      throw new SettingsError(`--access-key: ${error.message}`);
    }
    throw error;
  }
  if (auth === "verify" && accessKeys.length === 0) {
    throw new SettingsError(
      "--auth verify needs at least one --access-key ID:SECRET (or ECS_REFERENCE_ACCESS_KEYS=ID:SECRET,...).",
    );
  }
  const control = (values.ECS_REFERENCE_CONTROL ?? "on").toLowerCase();
  if (control !== "on" && control !== "off") {
    throw new SettingsError(`--control must be "on" or "off", got "${values.ECS_REFERENCE_CONTROL}".`);
  }
  const controlToken = values.ECS_REFERENCE_CONTROL_TOKEN;
  if (controlToken !== undefined && !CONTROL_TOKEN_PATTERN.test(controlToken)) {
    throw new SettingsError(
      "--control-token must be a bearer token: letters, digits and -._~+/ (then optional =), for example the output of `openssl rand -hex 32`.",
    );
  }
  const limits: Record<keyof ResourceLimits, number> = { ...DEFAULT_LIMITS };
  for (const { flag, variable, name } of LIMIT_FLAGS) {
    const text = values[variable];
    if (text !== undefined) {
      // Timers take at most 2^31 - 1 ms; no count needs more either.
      limits[name] = integer(flag, text, 1, 2_147_483_647);
    }
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new SettingsError(
      `--headers-timeout (${limits.headersTimeoutMs}) must not be longer than --request-timeout (${limits.requestTimeoutMs}): the headers are part of the request.`,
    );
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
    controlToken,
    seed: values.ECS_REFERENCE_SEED,
    auth,
    accessKeys,
    db: values.ECS_REFERENCE_DB,
    limits,
    help,
  };
}
