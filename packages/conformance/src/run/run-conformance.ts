import type { FetchLike } from "@ecs-tasks/contract";
import { openapiDocument } from "@ecs-tasks/contract/openapi-document";
import { createSchemaValidator } from "@ecs-tasks/contract/validation";
import {
  type CheckContext,
  type CheckDefinition,
  type CheckFailure,
  CheckSkipped,
  type RunLimits,
} from "../checks/check.js";
import { type ControlApi, ControlApiAccessError, detectControlApi } from "../checks/control-api.js";
import { sampleCall } from "../checks/sample-request.js";
import { createTaskFixtures } from "../checks/task-fixtures.js";
import {
  type CheckResult,
  type ConformanceReport,
  REPORTED_FAILURE_LIMIT,
  type RestorationReport,
  reportFailure,
  type TargetDescription,
} from "../report/conformance-report.js";
import type { ReproductionSettings } from "../report/reproduction.js";
import { isJsonObject } from "../spec/json-value.js";
import { readOperations, TASK_PRODUCER_TAG } from "../spec/operation-model.js";
import { describeError, type Exchange, performExchange } from "../wire/exchange.js";
import { expectedFormat, type ProbeRequest, type WireStyle } from "../wire/probe-request.js";
import { createRequestSigner, type SigningCredentials } from "../wire/request-signer.js";
import { checkHeaders } from "./extra-headers.js";
import { planChecks } from "./plan-checks.js";
import { selectChecks, unknownSelectors } from "./select-checks.js";

/** What {@link runConformance} checks and how. Only `endpoint` is required. */
export interface ConformanceOptions {
  /** The server's base URL, e.g. `http://127.0.0.1:8080`. */
  endpoint: string;
  /** Sends requests (default: the global `fetch`); pass an app's `fetch` to check it in process. */
  fetch?: FetchLike;
  /** The region tasks live in (default `cn-hangzhou`, the spec's sample region). */
  region?: string;
  /** Sign every request with this AccessKey pair, and its STS token if any (default: anonymous requests). */
  credentials?: SigningCredentials;
  /** V3 (ACS3-HMAC-SHA256, action in `x-acs-action`; default) or V1 (HMAC-SHA1, action in `Action`). */
  signatureVersion?: WireStyle;
  /** The target verifies signatures: run the checks that need it (bad signature, stale time...). Needs credentials. */
  verifiesSignatures?: boolean;
  /**
   * Headers sent on every request, control API included (a gateway's token or tenant). V3 signs those it
   * requires (`x-acs-*`); the others are not signed. Values whose names look secret are not reported.
   */
  headers?: Readonly<Record<string, string>>;
  /** An existing task in `region`, for targets that cannot create one. */
  taskId?: string;
  /** Run only the checks with one of these ids, id prefixes (`errors.CancelTask`) or tags. */
  only?: readonly string[];
  /** Leave out the checks with one of these ids, id prefixes or tags. */
  skip?: readonly string[];
  /** Seed of every random choice (default: random, and printed in the report). */
  seed?: number;
  /** Use the reference server's control API when the target has one (default true). */
  useControlApi?: boolean;
  /**
   * The reference server's control token (its `--control-token`), sent as `Authorization: Bearer <token>` on
   * every control request and on no ECS request. A server that has one and is not given it stops the run.
   */
  controlToken?: string;
  /** Give up on an answer after this long (default 10000 ms). */
  requestTimeoutMs?: number;
  /** How many malformed requests the robustness pass sends (default 60). */
  robustnessRuns?: number;
  /** Without clock control, how long to watch a task before giving up (default 120000 ms). */
  lifecycleTimeoutMs?: number;
  /** Without clock control, the pause between two observations of a task (default 1000 ms). */
  pollIntervalMs?: number;
  /** Called as the run goes, to show progress. */
  onProgress?: (event: ProgressEvent) => void;
  /**
   * Stops the run (Ctrl-C): checks under way are given up, the target is put back as it was found, and
   * the run rejects with a {@link ConformanceInterruptedError} carrying the checks that finished.
   */
  signal?: AbortSignal;
  /** The clock (default `Date.now`), for signing dates and durations. */
  now?: () => number;
  /** How to wait between observations (default a timer). */
  sleep?: (ms: number) => Promise<void>;
}

/** What the run reports while it goes. */
export type ProgressEvent =
  | { type: "start"; target: TargetDescription; seed: number; total: number }
  | { type: "check-start"; id: string; title: string; index: number; total: number }
  | { type: "waiting"; id: string; what: string }
  | { type: "check-end"; result: CheckResult; index: number; total: number };

/** The options are unusable (a bad endpoint URL, a selector that matches nothing...). */
export class ConformanceUsageError extends Error {
  override name = "ConformanceUsageError";
}

/** The endpoint did not answer at all. */
export class TargetUnreachableError extends Error {
  override name = "TargetUnreachableError";
}

/** The run was stopped through its signal; `report` holds the checks that finished and what was put back. */
export class ConformanceInterruptedError extends Error {
  override name = "ConformanceInterruptedError";
  readonly report: ConformanceReport;

  constructor(report: ConformanceReport) {
    super("the run was stopped");
    this.report = report;
  }
}

/** The tool's name and version, as reports carry them. */
export const TOOL = { name: "@ecs-tasks/conformance", version: "0.1.0" } as const;

const DEFAULT_REGION = "cn-hangzhou";
// Requests made to obtain the tasks several checks share are not any one check's.
const FIXTURE_CHECK_ID = "(task fixtures)";

function originOf(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConformanceUsageError(
      `--endpoint "${endpoint}" is not a URL (for example http://127.0.0.1:8080)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConformanceUsageError(`--endpoint "${endpoint}" must be an http:// or https:// URL`);
  }
  return url.origin;
}

class RunStopped extends Error {}

function stoppable(wait: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) {
    return wait;
  }
  if (signal.aborted) {
    return Promise.reject(new RunStopped());
  }
  return new Promise<void>((resolve, reject) => {
    const stop = () => reject(new RunStopped());
    signal.addEventListener("abort", stop, { once: true });
    wait.then(
      () => {
        signal.removeEventListener("abort", stop);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener("abort", stop);
        reject(error);
      },
    );
  });
}

function rerunCommand(options: ConformanceOptions, seed: number, checkId: string): string {
  const words = [
    "ecs-conformance",
    "--endpoint",
    options.endpoint,
    "--only",
    checkId,
    "--seed",
    String(seed),
  ];
  if (options.signatureVersion === "v1") {
    words.push("--signature-version", "v1");
  }
  if (options.verifiesSignatures === true) {
    words.push("--verify-signatures");
  }
  return words.join(" ");
}

/** Runs the conformance checks against a server and returns the structured report. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const now = options.now ?? Date.now;
  const signal = options.signal;
  const baseSleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const sleep = (ms: number) => stoppable(baseSleep(ms), signal);
  const startedMs = now();
  const origin = originOf(options.endpoint);
  const fetcher: FetchLike = options.fetch ?? ((request) => fetch(request));
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const region = options.region ?? DEFAULT_REGION;
  const style = options.signatureVersion ?? "v3";
  if (options.verifiesSignatures === true && options.credentials === undefined) {
    throw new ConformanceUsageError(
      "checking signature verification needs --access-key-id and --access-key-secret",
    );
  }
  const headers = options.headers ?? {};
  let secretHeaders: ReadonlySet<string>;
  try {
    secretHeaders = checkHeaders(headers, options.credentials !== undefined);
  } catch (error) {
    throw new ConformanceUsageError(describeError(error));
  }
  let control: ControlApi | undefined;
  // While the run has moved a verifying server's clock ahead, requests are signed at the server's time.
  const signingDate = () => new Date(now() + (control?.clockShiftMs() ?? 0));
  const signers = {
    v3: createRequestSigner({ credentials: options.credentials, style: "v3", now: signingDate, headers }),
    v1: createRequestSigner({ credentials: options.credentials, style: "v1", now: signingDate, headers }),
  };
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const operations = readOperations();
  const validate = createSchemaValidator(openapiDocument);
  const limits: RunLimits = {
    robustnessRuns: options.robustnessRuns ?? 60,
    lifecycleTimeoutMs: options.lifecycleTimeoutMs ?? 120_000,
    pollIntervalMs: options.pollIntervalMs ?? 1000,
    verifiesSignatures: options.verifiesSignatures === true,
  };

  const planned = planChecks(operations);
  const unknown = unknownSelectors(planned, [...(options.only ?? []), ...(options.skip ?? [])]);
  if (unknown.length > 0) {
    throw new ConformanceUsageError(
      `no check has the id, id prefix or tag ${unknown.map((s) => `"${s}"`).join(", ")}`,
    );
  }
  const checks = selectChecks(planned, options.only ?? [], options.skip ?? []);

  const describeTarget = (controlApi: boolean): TargetDescription => ({
    endpoint: options.endpoint,
    region,
    controlApi,
    signatureVersion: style,
    signed: options.credentials !== undefined,
    verifiesSignatures: limits.verifiesSignatures,
    headers: Object.keys(headers),
  });
  const producers = new Set(
    operations.filter((operation) => operation.tags.includes(TASK_PRODUCER_TAG)).map((o) => o.action),
  );
  const createdTaskIds = new Set<string>();
  const exchanges: Exchange[] = [];
  const send = async (
    checkId: string,
    operation: string | undefined,
    call: ProbeRequest,
  ): Promise<Exchange> => {
    const callStyle = call.style ?? style;
    const sent = await signers[callStyle].prepare(call, origin);
    const started = now();
    const outcome = await performExchange(fetcher, sent, timeoutMs, signal);
    const exchange: Exchange = {
      sequence: exchanges.length + 1,
      operation,
      checkId,
      sent,
      expectedFormat: expectedFormat(call, callStyle),
      durationMs: now() - started,
      ...outcome,
    };
    exchanges.push(exchange);
    const json = outcome.received?.json;
    if (
      operation !== undefined &&
      producers.has(operation) &&
      outcome.received?.status === 200 &&
      isJsonObject(json) &&
      typeof json.TaskId === "string"
    ) {
      createdTaskIds.add(json.TaskId);
    }
    return exchange;
  };

  const probe = operations.find((operation) => operation.action === "DescribeRegions") ?? operations[0];
  if (probe === undefined) {
    throw new ConformanceUsageError("the spec describes no operation");
  }
  const probeRequest = await signers[style].prepare(sampleCall(probe, region), origin);
  const probed = await performExchange(fetcher, probeRequest, timeoutMs, signal);
  if (signal?.aborted) {
    throw new ConformanceInterruptedError(
      reportOf({
        target: describeTarget(false),
        seed,
        startedMs,
        durationMs: now() - startedMs,
        checks: [],
        requests: 0,
        createdTaskIds: [],
        restoration: undefined,
      }),
    );
  }
  if (probed.received === undefined) {
    throw new TargetUnreachableError(
      `cannot reach ${options.endpoint}: ${probed.transportError ?? "no answer"}`,
    );
  }

  if (options.useControlApi !== false) {
    control = await detectControlApi({
      fetch: fetcher,
      origin,
      accountId: options.credentials?.accessKeyId,
      headers,
      token: options.controlToken,
      timeoutMs,
      onTaskCreated: (taskId) => createdTaskIds.add(taskId),
    }).catch((error: unknown) => {
      // A token to give is the user's to fix; anything else means there is no control API to use.
      if (error instanceof ControlApiAccessError) {
        throw new ConformanceUsageError(error.message);
      }
      return undefined;
    });
  }
  const target = describeTarget(control !== undefined);
  const operationByAction = new Map(operations.map((operation) => [operation.action, operation]));
  const fixtures = createTaskFixtures({
    region,
    givenTaskId: options.taskId,
    control,
    operation: (action) => operationByAction.get(action),
    send: (operation, call) => send(FIXTURE_CHECK_ID, operation, call),
  });
  options.onProgress?.({ type: "start", target, seed, total: checks.length });

  const runCheck = async (check: CheckDefinition, index: number): Promise<CheckResult | undefined> => {
    options.onProgress?.({
      type: "check-start",
      id: check.id,
      title: check.title,
      index,
      total: checks.length,
    });
    let requestCount = 0;
    const failures: CheckFailure[] = [];
    let skipReason: string | undefined;
    const context: CheckContext = {
      operations,
      operation: (action) => {
        const found = operationByAction.get(action);
        if (found === undefined) {
          throw new CheckSkipped(`the spec has no operation ${action}`);
        }
        return found;
      },
      region,
      send: (operation, call) => {
        requestCount += 1;
        return send(check.id, operation, call);
      },
      fail: (failure) => failures.push(failure),
      skip: (reason) => {
        throw new CheckSkipped(reason);
      },
      waiting: (what) => options.onProgress?.({ type: "waiting", id: check.id, what }),
      validate,
      fixtures,
      control,
      seed,
      exchanges: () => exchanges,
      limits,
      sleep,
      now,
    };
    const checkStarted = now();
    try {
      await check.run(context);
    } catch (error) {
      if (error instanceof CheckSkipped) {
        skipReason = error.message;
      } else if (!signal?.aborted) {
        failures.push({ message: `the check could not complete: ${describeError(error)}` });
      }
    } finally {
      // A fault or fate the check armed and did not use must not fire on the next check's requests.
      await control?.withdrawArmed();
    }
    if (signal?.aborted) {
      // A check cut short by the stop has no verdict: it is left out of the report.
      return undefined;
    }
    const reproduction: ReproductionSettings = {
      secretHeaders,
      rerun: rerunCommand(options, seed, check.id),
    };
    const result = toResult(check, failures, skipReason, requestCount, now() - checkStarted, reproduction);
    options.onProgress?.({ type: "check-end", result, index, total: checks.length });
    return result;
  };

  const results: Array<CheckResult | undefined> = new Array(checks.length);
  // Side by side only without the control API: with it, the checks share (and freeze) the target's clock.
  const sideBySide = new Set(control === undefined ? checks.filter((check) => check.waitsInRealTime) : []);
  let restoration: RestorationReport | undefined;
  try {
    const background = checks.flatMap((check, index) =>
      sideBySide.has(check)
        ? [
            runCheck(check, index).then((result) => {
              results[index] = result;
            }),
          ]
        : [],
    );
    for (const [index, check] of checks.entries()) {
      if (signal?.aborted) {
        break;
      }
      if (sideBySide.has(check)) {
        continue;
      }
      if (check.phase === "invariant") {
        // Invariants judge every answer of the run, so every request must have been sent.
        await Promise.all(background);
      }
      results[index] = await runCheck(check, index);
    }
    await Promise.all(background);
  } finally {
    restoration = await control?.restore();
  }

  const finished = results.filter((result): result is CheckResult => result !== undefined);
  const report = reportOf({
    target,
    seed,
    startedMs,
    durationMs: now() - startedMs,
    checks: finished,
    requests: exchanges.length,
    createdTaskIds: [...createdTaskIds],
    restoration,
  });
  if (signal?.aborted) {
    throw new ConformanceInterruptedError(report);
  }
  return report;
}

function reportOf(parts: {
  target: TargetDescription;
  seed: number;
  startedMs: number;
  durationMs: number;
  checks: CheckResult[];
  requests: number;
  createdTaskIds: string[];
  restoration: RestorationReport | undefined;
}): ConformanceReport {
  const count = (status: CheckResult["status"]) =>
    parts.checks.filter((result) => result.status === status).length;
  const failed = count("failed");
  const report: ConformanceReport = {
    formatVersion: 1,
    tool: { ...TOOL },
    target: parts.target,
    seed: parts.seed,
    startedAt: new Date(parts.startedMs).toISOString(),
    durationMs: parts.durationMs,
    summary: {
      total: parts.checks.length,
      passed: count("passed"),
      failed,
      skipped: count("skipped"),
      requests: parts.requests,
    },
    ok: failed === 0,
    checks: parts.checks,
    createdTaskIds: parts.createdTaskIds,
  };
  if (parts.restoration !== undefined) {
    report.restoration = parts.restoration;
  }
  return report;
}

function toResult(
  check: CheckDefinition,
  failures: CheckFailure[],
  skipReason: string | undefined,
  requestCount: number,
  durationMs: number,
  reproduction: ReproductionSettings,
): CheckResult {
  const result: CheckResult = {
    id: check.id,
    title: check.title,
    tags: check.tags,
    // A check that found failures before it had to stop still failed: the failures are real.
    status: failures.length > 0 ? "failed" : skipReason !== undefined ? "skipped" : "passed",
    failures: failures
      .slice(0, REPORTED_FAILURE_LIMIT)
      .map((failure) => reportFailure(failure, reproduction)),
    failureCount: failures.length,
    requestCount,
    durationMs,
  };
  if (check.specPointer !== undefined) {
    result.specPointer = check.specPointer;
  }
  if (skipReason !== undefined && failures.length === 0) {
    result.skipReason = skipReason;
  }
  return result;
}
