import {
  type CheckContext,
  type CheckDefinition,
  type CheckFailure,
  CheckSkipped,
  type RunLimits,
} from "../checks/check.js";
import { type ControlApi, detectControlApi } from "../checks/control-api.js";
import { sampleCall } from "../checks/sample-request.js";
import { createTaskFixtures } from "../checks/task-fixtures.js";
import {
  type CheckResult,
  type ConformanceReport,
  REPORTED_FAILURE_LIMIT,
  reportFailure,
  type TargetDescription,
} from "../report/conformance-report.js";
import { readOperations } from "../spec/contract-walk.js";
import { createSchemaValidator } from "../spec/response-validator.js";
import { describeError, type Exchange, type FetchLike, performExchange } from "../wire/exchange.js";
import { createRequestSigner, type SigningCredentials } from "../wire/request-signer.js";
import { expectedFormat, type RpcCall, type WireStyle } from "../wire/rpc-call.js";
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
  /** Sign every request with this AccessKey pair (default: anonymous requests). */
  credentials?: SigningCredentials;
  /** V3 (ACS3-HMAC-SHA256, action in `x-acs-action`; default) or V1 (HMAC-SHA1, action in `Action`). */
  signatureVersion?: WireStyle;
  /** The target verifies signatures: run the checks that need it (bad signature, stale time...). Needs credentials. */
  verifiesSignatures?: boolean;
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
  /** The clock (default `Date.now`), for signing dates and durations. */
  now?: () => number;
  /** How to wait between observations (default a timer). */
  sleep?: (ms: number) => Promise<void>;
}

/** What the run reports while it goes. */
export type ProgressEvent =
  | { type: "start"; target: TargetDescription; seed: number; total: number }
  | { type: "check-start"; id: string; title: string; index: number; total: number }
  | { type: "check-end"; result: CheckResult; index: number; total: number };

/** The options are unusable (a bad endpoint URL, a selector that matches nothing...). */
export class ConformanceUsageError extends Error {
  override name = "ConformanceUsageError";
}

/** The endpoint did not answer at all. */
export class TargetUnreachableError extends Error {
  override name = "TargetUnreachableError";
}

/** The tool's name and version, as reports carry them. */
export const TOOL = { name: "@ecs-tasks/conformance", version: "0.1.0" } as const;

const DEFAULT_REGION = "cn-hangzhou";

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

/** Runs the conformance checks against a server and returns the structured report. */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
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
  const signers = {
    v3: createRequestSigner({ credentials: options.credentials, style: "v3", now: () => new Date(now()) }),
    v1: createRequestSigner({ credentials: options.credentials, style: "v1", now: () => new Date(now()) }),
  };
  const timeoutMs = options.requestTimeoutMs ?? 10_000;
  const operations = readOperations();
  const validate = createSchemaValidator();
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

  const exchanges: Exchange[] = [];
  let currentCheck = "(setup)";
  let sentByCurrent = 0;
  const send = async (operation: string | undefined, call: RpcCall): Promise<Exchange> => {
    const callStyle = call.style ?? style;
    const sent = await signers[callStyle].prepare(call, origin);
    const started = now();
    const outcome = await performExchange(fetcher, sent, timeoutMs);
    const exchange: Exchange = {
      sequence: exchanges.length + 1,
      operation,
      checkId: currentCheck,
      sent,
      expectedFormat: expectedFormat(call, callStyle),
      durationMs: now() - started,
      ...outcome,
    };
    exchanges.push(exchange);
    sentByCurrent += 1;
    return exchange;
  };

  const probe = operations.find((operation) => operation.action === "DescribeRegions") ?? operations[0];
  if (probe === undefined) {
    throw new ConformanceUsageError("the spec describes no operation");
  }
  const probeRequest = await signers[style].prepare(sampleCall(probe, region), origin);
  const probed = await performExchange(fetcher, probeRequest, timeoutMs);
  if (probed.received === undefined) {
    throw new TargetUnreachableError(
      `cannot reach ${options.endpoint}: ${probed.transportError ?? "no answer"}`,
    );
  }

  let control: ControlApi | undefined;
  if (options.useControlApi !== false) {
    control = await detectControlApi(fetcher, origin, options.credentials?.accessKeyId).catch(
      () => undefined,
    );
  }
  const target: TargetDescription = {
    endpoint: options.endpoint,
    region,
    controlApi: control !== undefined,
    signatureVersion: style,
    signed: options.credentials !== undefined,
    verifiesSignatures: limits.verifiesSignatures,
  };
  const operationByAction = new Map(operations.map((operation) => [operation.action, operation]));
  const fixtures = createTaskFixtures({
    region,
    givenTaskId: options.taskId,
    control,
    operation: (action) => operationByAction.get(action),
    send,
  });
  options.onProgress?.({ type: "start", target, seed, total: checks.length });

  const results: CheckResult[] = [];
  for (const [index, check] of checks.entries()) {
    options.onProgress?.({
      type: "check-start",
      id: check.id,
      title: check.title,
      index,
      total: checks.length,
    });
    currentCheck = check.id;
    sentByCurrent = 0;
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
      send,
      fail: (failure) => failures.push(failure),
      skip: (reason) => {
        throw new CheckSkipped(reason);
      },
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
      } else {
        failures.push({ message: `the check could not complete: ${describeError(error)}` });
      }
    }
    const result = toResult(check, failures, skipReason, sentByCurrent, now() - checkStarted);
    results.push(result);
    options.onProgress?.({ type: "check-end", result, index, total: checks.length });
  }

  const count = (status: CheckResult["status"]) =>
    results.filter((result) => result.status === status).length;
  const failed = count("failed");
  return {
    formatVersion: 1,
    tool: { ...TOOL },
    target,
    seed,
    startedAt: new Date(startedMs).toISOString(),
    durationMs: now() - startedMs,
    summary: {
      total: results.length,
      passed: count("passed"),
      failed,
      skipped: count("skipped"),
      requests: exchanges.length,
    },
    ok: failed === 0,
    checks: results,
  };
}

function toResult(
  check: CheckDefinition,
  failures: CheckFailure[],
  skipReason: string | undefined,
  requestCount: number,
  durationMs: number,
): CheckResult {
  const result: CheckResult = {
    id: check.id,
    title: check.title,
    tags: check.tags,
    // A check that found failures before it had to stop still failed: the failures are real.
    status: failures.length > 0 ? "failed" : skipReason !== undefined ? "skipped" : "passed",
    failures: failures.slice(0, REPORTED_FAILURE_LIMIT).map(reportFailure),
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
