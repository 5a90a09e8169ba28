import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { FetchLike } from "@ecs-tasks/contract";
import type { ConformanceReport } from "../report/conformance-report.js";
import { formatJsonReport } from "../report/json-reporter.js";
import { formatJunitReport } from "../report/junit-reporter.js";
import { formatPrettyReport, leftOnTarget } from "../report/pretty-reporter.js";
import { parseHeader } from "../run/extra-headers.js";
import { listChecks } from "../run/list-checks.js";
import {
  ConformanceInterruptedError,
  type ConformanceOptions,
  ConformanceUsageError,
  runConformance,
  TargetUnreachableError,
  TOOL,
} from "../run/run-conformance.js";
import { createProgressWriter } from "./live-progress.js";

/**
 * Exit codes: every check passed, a check failed, the run could not happen (bad usage, no server), or it was
 * stopped (Ctrl-C: 128 + SIGINT, as shells report it).
 */
export const EXIT = { passed: 0, failed: 1, unusable: 2, interrupted: 130 } as const;

/** The environment variables the official Alibaba Cloud SDKs read credentials from, read here too. */
export const CREDENTIAL_VARIABLES = {
  accessKeyId: "ALIBABA_CLOUD_ACCESS_KEY_ID",
  accessKeySecret: "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  securityToken: "ALIBABA_CLOUD_SECURITY_TOKEN",
} as const;

/** The variable the reference server reads its control token from, read here too. */
export const CONTROL_TOKEN_VARIABLE = "ECS_REFERENCE_CONTROL_TOKEN";

/** Where the CLI writes, what it reads and sends with (injectable for tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  fetch?: FetchLike;
  writeFile?(path: string, text: string): Promise<void>;
  /** The environment credentials are read from (default none). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Which streams are terminals: the one progress goes to then gets a line saying what is being waited for. */
  terminal?: { stdout?: boolean; stderr?: boolean; columns?: number | undefined };
  /** Aborts when the user stops the run (Ctrl-C): the target is put back, then the CLI exits 130. */
  signal?: AbortSignal;
}

/** The `--help` text. */
export const USAGE = `Usage: ecs-conformance --endpoint <url> [options]

Checks a server that speaks the Alibaba Cloud ECS task API (DescribeTaskAttribute and its companion
operations) against the documented contract.

Options:
  --endpoint <url>            the server, e.g. http://127.0.0.1:8080 (required)
  --region <id>               the region tasks live in (default cn-hangzhou)
  --access-key-id <id>        sign requests with this AccessKey (default: $ALIBABA_CLOUD_ACCESS_KEY_ID)
  --access-key-secret <s>     its secret (default: $ALIBABA_CLOUD_ACCESS_KEY_SECRET; prefer the variable:
                              a flag shows in ps and CI logs); $ALIBABA_CLOUD_SECURITY_TOKEN adds an STS token
  --header <name:value>       send this header on every request, e.g. a gateway's token (repeatable);
                              V3 signs it only if it is an x-acs-* header
  --signature-version v3|v1   V3 ACS3-HMAC-SHA256 with x-acs-action (default) or V1 HMAC-SHA1 with Action
  --verify-signatures         the server verifies signatures: also provoke the signature errors
  --task-id <id>              an existing task in the region, for servers that cannot create one
  --only <ids or tags>        run only these checks (comma-separated ids, id prefixes or tags; repeatable)
  --skip <ids or tags>        leave these checks out
  --seed <n>                  seed of the random choices (default random; printed to repeat a run)
  --reporter pretty|json|junit  report format (default pretty)
  --output <file>             write the report to this file instead of stdout
  --no-control-api            do not use the reference server's control API even if the server has it
  --control-token <t>         the reference server's control token, sent on control requests only
                              (default: $ECS_REFERENCE_CONTROL_TOKEN; prefer the variable)
  --timeout <ms>              give up on an answer after this long (default 10000)
  --robustness-runs <n>       malformed requests in the robustness pass (default 60)
  --lifecycle-timeout <ms>    without the control API, how long to watch a task (default 120000)
  --list                      list every check (id and tags) and exit
  --help, --version

Everything the run changes through the control API (clock, faults, fates) is put back when it ends, even on
Ctrl-C; the tasks it creates stay, and the report lists them.

Exit status: 0 every check passed, 1 a check failed, 2 bad usage or the endpoint cannot be reached,
130 stopped with Ctrl-C.`;

const REPORTERS = ["pretty", "json", "junit"] as const;
type Reporter = (typeof REPORTERS)[number];

class UsageError extends Error {}

function integer(value: string | undefined, flag: string, minimum: number): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value) || Number(value) < minimum || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${flag} must be an integer of at least ${minimum}, got "${value}"`);
  }
  return Number(value);
}

function list(values: string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((value) => value.split(","))
    .map((value) => value.trim())
    .filter((value) => value !== "");
}

interface ParsedCli {
  mode: "run" | "help" | "version" | "list";
  options?: ConformanceOptions;
  reporter: Reporter;
  output?: string;
}

function parse(argv: string[], env: Readonly<Record<string, string | undefined>>): ParsedCli {
  let values: ReturnType<typeof parseCliValues>;
  try {
    values = parseCliValues(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const reporter = (values.reporter ?? "pretty") as Reporter;
  if (!REPORTERS.includes(reporter)) {
    throw new UsageError(`--reporter must be pretty, json or junit, got "${values.reporter}"`);
  }
  if (values.help) {
    return { mode: "help", reporter };
  }
  if (values.version) {
    return { mode: "version", reporter };
  }
  if (values.list) {
    return { mode: "list", reporter };
  }
  if (values.endpoint === undefined) {
    throw new UsageError("--endpoint is required");
  }
  const fromEnv = (name: string) => (env[name] === "" ? undefined : env[name]);
  const accessKeyId = values["access-key-id"] ?? fromEnv(CREDENTIAL_VARIABLES.accessKeyId);
  const accessKeySecret = values["access-key-secret"] ?? fromEnv(CREDENTIAL_VARIABLES.accessKeySecret);
  const securityToken = fromEnv(CREDENTIAL_VARIABLES.securityToken);
  if ((accessKeyId === undefined) !== (accessKeySecret === undefined)) {
    throw new UsageError(
      `an AccessKey needs its id and its secret: --access-key-id or ${CREDENTIAL_VARIABLES.accessKeyId}, --access-key-secret or ${CREDENTIAL_VARIABLES.accessKeySecret}`,
    );
  }
  if (securityToken !== undefined && accessKeyId === undefined) {
    throw new UsageError(`${CREDENTIAL_VARIABLES.securityToken} is set, but no AccessKey to go with it`);
  }
  const signatureVersion = values["signature-version"];
  if (signatureVersion !== undefined && signatureVersion !== "v3" && signatureVersion !== "v1") {
    throw new UsageError(`--signature-version must be v3 or v1, got "${signatureVersion}"`);
  }
  const options: ConformanceOptions = { endpoint: values.endpoint };
  if (values.region !== undefined) {
    options.region = values.region;
  }
  if (accessKeyId !== undefined && accessKeySecret !== undefined) {
    options.credentials =
      securityToken === undefined
        ? { accessKeyId, accessKeySecret }
        : { accessKeyId, accessKeySecret, securityToken };
  }
  const headers: Record<string, string> = {};
  for (const text of values.header ?? []) {
    let name: string;
    let value: string;
    try {
      [name, value] = parseHeader(text);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    if (Object.keys(headers).some((known) => known.toLowerCase() === name.toLowerCase())) {
      throw new UsageError(`--header ${name} is given twice`);
    }
    headers[name] = value;
  }
  if (Object.keys(headers).length > 0) {
    options.headers = headers;
  }
  if (signatureVersion !== undefined) {
    options.signatureVersion = signatureVersion;
  }
  if (values["verify-signatures"]) {
    options.verifiesSignatures = true;
  }
  if (values["task-id"] !== undefined) {
    options.taskId = values["task-id"];
  }
  options.only = list(values.only);
  options.skip = list(values.skip);
  const seed = integer(values.seed, "--seed", 0);
  if (seed !== undefined) {
    options.seed = seed;
  }
  if (values["no-control-api"]) {
    options.useControlApi = false;
  }
  const controlToken = values["control-token"] ?? fromEnv(CONTROL_TOKEN_VARIABLE);
  if (controlToken !== undefined) {
    options.controlToken = controlToken;
  }
  const timeout = integer(values.timeout, "--timeout", 1);
  if (timeout !== undefined) {
    options.requestTimeoutMs = timeout;
  }
  const runs = integer(values["robustness-runs"], "--robustness-runs", 1);
  if (runs !== undefined) {
    options.robustnessRuns = runs;
  }
  const lifecycle = integer(values["lifecycle-timeout"], "--lifecycle-timeout", 0);
  if (lifecycle !== undefined) {
    options.lifecycleTimeoutMs = lifecycle;
  }
  const parsed: ParsedCli = { mode: "run", options, reporter };
  if (values.output !== undefined) {
    parsed.output = values.output;
  }
  return parsed;
}

function parseCliValues(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      endpoint: { type: "string" },
      region: { type: "string" },
      "access-key-id": { type: "string" },
      "access-key-secret": { type: "string" },
      header: { type: "string", multiple: true },
      "signature-version": { type: "string" },
      "verify-signatures": { type: "boolean" },
      "task-id": { type: "string" },
      only: { type: "string", multiple: true },
      skip: { type: "string", multiple: true },
      seed: { type: "string" },
      reporter: { type: "string" },
      output: { type: "string" },
      "no-control-api": { type: "boolean" },
      "control-token": { type: "string" },
      timeout: { type: "string" },
      "robustness-runs": { type: "string" },
      "lifecycle-timeout": { type: "string" },
      list: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  }).values;
}

function render(report: ConformanceReport, reporter: Reporter): string {
  if (reporter === "json") {
    return formatJsonReport(report);
  }
  if (reporter === "junit") {
    return formatJunitReport(report);
  }
  return formatPrettyReport(report);
}

async function writeReportFile(path: string, text: string): Promise<void> {
  // CI configs name files like reports/conformance.xml before anything made the folder.
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, "utf8");
}

/** Runs the CLI with its arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed: ParsedCli;
  try {
    parsed = parse(argv, io.env ?? {});
  } catch (error) {
    io.stderr(
      `ecs-conformance: ${error instanceof Error ? error.message : String(error)}\nRun ecs-conformance --help for the options.\n`,
    );
    return EXIT.unusable;
  }
  if (parsed.mode === "help") {
    io.stdout(`${USAGE}\n`);
    return EXIT.passed;
  }
  if (parsed.mode === "version") {
    io.stdout(`${TOOL.version}\n`);
    return EXIT.passed;
  }
  if (parsed.mode === "list") {
    for (const check of listChecks()) {
      io.stdout(`${check.id}  [${check.tags.join(", ")}]\n`);
    }
    return EXIT.passed;
  }
  const options = parsed.options as ConformanceOptions;
  // Machine-readable reports own stdout, so progress goes to stderr unless the report goes to a file.
  const progressToStdout = parsed.reporter === "pretty" || parsed.output !== undefined;
  const progress = createProgressWriter(progressToStdout ? io.stdout : io.stderr, {
    isTTY: (progressToStdout ? io.terminal?.stdout : io.terminal?.stderr) === true,
    columns: io.terminal?.columns,
  });
  options.onProgress = progress.onProgress;
  if (io.fetch !== undefined) {
    options.fetch = io.fetch;
  }
  if (io.signal !== undefined) {
    options.signal = io.signal;
  }
  if (argv.some((arg) => arg === "--access-key-secret" || arg.startsWith("--access-key-secret="))) {
    io.stderr(
      `ecs-conformance: note: a secret given as --access-key-secret shows in the process list and CI logs; set ${CREDENTIAL_VARIABLES.accessKeySecret} instead\n`,
    );
  }
  if (argv.some((arg) => arg === "--control-token" || arg.startsWith("--control-token="))) {
    io.stderr(
      `ecs-conformance: note: a token given as --control-token shows in the process list and CI logs; set ${CONTROL_TOKEN_VARIABLE} instead\n`,
    );
  }
  let report: ConformanceReport;
  try {
    report = await runConformance(options);
  } catch (error) {
    progress.finish();
    if (error instanceof ConformanceInterruptedError) {
      io.stderr(
        `ecs-conformance: stopped; ${error.report.summary.total} checks had finished (${error.report.summary.failed} failed).\n${leftOnTarget(error.report).join("\n")}\n`,
      );
      return EXIT.interrupted;
    }
    if (error instanceof ConformanceUsageError || error instanceof TargetUnreachableError) {
      io.stderr(`ecs-conformance: ${error.message}\n`);
      return EXIT.unusable;
    }
    // Not a verdict on the server: exit 1 must keep meaning "a check failed".
    io.stderr(
      `ecs-conformance: the run broke off: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.unusable;
  }
  progress.finish();
  const text = render(report, parsed.reporter);
  if (parsed.output !== undefined) {
    try {
      await (io.writeFile ?? writeReportFile)(parsed.output, text);
    } catch (error) {
      io.stderr(
        `ecs-conformance: cannot write --output ${parsed.output}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      return EXIT.unusable;
    }
    if (parsed.reporter !== "pretty") {
      io.stdout(formatPrettyReport(report));
    }
    io.stdout(`Report written to ${parsed.output}\n`);
  } else {
    io.stdout(text);
  }
  return report.ok ? EXIT.passed : EXIT.failed;
}
