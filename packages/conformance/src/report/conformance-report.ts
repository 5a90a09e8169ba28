import type { CheckFailure, Expectation } from "../checks/check.js";
import type { ControlRestoration } from "../checks/control-api.js";
import { type ReproductionSettings, reproduce } from "./reproduction.js";

/** How a check ended. */
export type CheckStatus = "passed" | "failed" | "skipped";

/** A request as the report shows it (secret values, such as an STS token, replaced by `REDACTED`). */
export interface ReportedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** An answer as the report shows it (the body cut at {@link REPORTED_BODY_LIMIT} characters). */
export interface ReportedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** One failure of a check: what was wrong, what was sent, what the spec expected, what came back. */
export interface ReportedFailure {
  message: string;
  expected?: Expectation;
  request?: ReportedRequest;
  /** The request as a curl command to paste. */
  curl?: string;
  /** What to mind before pasting it: a signature to make again, a secret to put back. */
  curlNote?: string;
  response?: ReportedResponse;
  /** Set when no answer came: the network error or the timeout. */
  transportError?: string;
}

/** The result of one check. */
export interface CheckResult {
  id: string;
  title: string;
  tags: string[];
  status: CheckStatus;
  /** Where the spec states what the check enforces (a JSON pointer into the bundled spec). */
  specPointer?: string;
  skipReason?: string;
  /** The first failures (at most {@link REPORTED_FAILURE_LIMIT}). */
  failures: ReportedFailure[];
  /** How many failures there were in all. */
  failureCount: number;
  /** How many requests the check sent. */
  requestCount: number;
  durationMs: number;
}

/** What the run found out about the target before it began. */
export interface TargetDescription {
  endpoint: string;
  region: string;
  /** Whether the reference server's control API answered. */
  controlApi: boolean;
  /** `v3` or `v1`: how requests named their action (and were signed, when `signed`). */
  signatureVersion: "v3" | "v1";
  signed: boolean;
  /** Whether checks that need signature verification ran. */
  verifiesSignatures: boolean;
  /** The names of the headers sent on every request (`--header`); their values are not reported. */
  headers: string[];
}

/** What the run changed on the target through the control API, and put back. */
export type RestorationReport = ControlRestoration;

/** The structured result of a conformance run (the `json` reporter prints exactly this). */
export interface ConformanceReport {
  /** Report format version. */
  formatVersion: 1;
  tool: { name: string; version: string };
  target: TargetDescription;
  /** Run again with this seed to repeat the run's random choices. */
  seed: number;
  startedAt: string;
  durationMs: number;
  summary: { total: number; passed: number; failed: number; skipped: number; requests: number };
  /** True when no check failed. */
  ok: boolean;
  checks: CheckResult[];
  /** The tasks the run created (ordinary data: they stay on the target). */
  createdTaskIds: string[];
  /** With the control API: what the run put back (clock, faults, fates) when it ended. */
  restoration?: RestorationReport;
}

/** At most this many failures are kept per check. */
export const REPORTED_FAILURE_LIMIT = 10;
/** Response bodies are cut at this many characters. */
export const REPORTED_BODY_LIMIT = 2000;

/** Converts a check failure for the report: the request with secrets left out, and as curl. */
export function reportFailure(failure: CheckFailure, settings: ReproductionSettings): ReportedFailure {
  const reported: ReportedFailure = { message: failure.message };
  if (failure.expected !== undefined) {
    reported.expected = failure.expected;
  }
  const exchange = failure.exchange;
  if (exchange !== undefined) {
    const reproduction = reproduce(exchange.sent, settings);
    reported.request = reproduction.request;
    reported.curl = reproduction.curl;
    if (reproduction.note !== undefined) {
      reported.curlNote = reproduction.note;
    }
    if (exchange.received !== undefined) {
      const body = exchange.received.body;
      reported.response = {
        status: exchange.received.status,
        headers: exchange.received.headers,
        body: body.length > REPORTED_BODY_LIMIT ? `${body.slice(0, REPORTED_BODY_LIMIT)}…` : body,
      };
    }
    if (exchange.transportError !== undefined) {
      reported.transportError = exchange.transportError;
    }
  }
  return reported;
}
