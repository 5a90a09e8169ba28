import type { ProgressEvent } from "../run/run-conformance.js";
import type { CheckResult, ConformanceReport, ReportedFailure } from "./conformance-report.js";

const BODY_PREVIEW = 600;
// Four 22-character ids make a line that fits an 100-column terminal.
const TASK_IDS_PER_LINE = 4;

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => `${prefix}${line}`)
    .join("\n");
}

function preview(body: string): string {
  return body.length > BODY_PREVIEW ? `${body.slice(0, BODY_PREVIEW)}…` : body;
}

/** One failure in words: what was wrong, what was sent, what the spec expected, what came back. */
export function describeFailure(failure: ReportedFailure, prefix = "    "): string {
  const lines = [failure.message];
  if (failure.request !== undefined) {
    const { method, url, body, headers } = failure.request;
    const action = headers["x-acs-action"];
    lines.push(`sent:     ${method} ${url}${action === undefined ? "" : ` (x-acs-action: ${action})`}`);
    if (body !== undefined) {
      lines.push(`          body ${preview(body)}`);
    }
  }
  if (failure.expected !== undefined) {
    const where =
      failure.expected.specPointer === undefined ? "" : ` (spec: #${failure.expected.specPointer})`;
    lines.push(`expected: ${failure.expected.summary}${where}`);
  }
  if (failure.response !== undefined) {
    const type = failure.response.headers["content-type"] ?? "no content-type";
    lines.push(`received: ${failure.response.status} ${type} ${preview(failure.response.body)}`);
  } else if (failure.transportError !== undefined) {
    lines.push(`received: nothing (${failure.transportError})`);
  }
  if (failure.curl !== undefined) {
    lines.push(`reproduce: ${failure.curl}`);
    if (failure.curlNote !== undefined) {
      lines.push(`           ${failure.curlNote}`);
    }
  }
  return indent(lines.join("\n"), prefix);
}

function mark(result: CheckResult): string {
  return result.status === "passed" ? "✓" : result.status === "failed" ? "✗" : "-";
}

/** A progress line per finished check, for a terminal. */
export function formatProgress(event: ProgressEvent): string | undefined {
  if (event.type === "start") {
    const { target } = event;
    const control = target.controlApi ? "control API found" : "no control API";
    const signing = target.signed
      ? `signed ${target.signatureVersion.toUpperCase()}`
      : `anonymous ${target.signatureVersion.toUpperCase()}`;
    return `ecs-conformance: ${event.total} checks against ${target.endpoint} (region ${target.region}, ${signing}, ${control}, seed ${event.seed})\n`;
  }
  if (event.type === "check-end") {
    const { result } = event;
    const reason = result.status === "skipped" ? ` (skipped: ${result.skipReason})` : "";
    return `  ${mark(result)} ${result.id}${reason}\n`;
  }
  return undefined;
}

/** What the run left on the target (its tasks) and what it put back (the control API's clock, faults, fates). */
export function leftOnTarget(report: ConformanceReport): string[] {
  const lines: string[] = [];
  const tasks = report.createdTaskIds;
  if (tasks.length === 0) {
    lines.push("The run created no task.");
  } else {
    lines.push(
      tasks.length === 1
        ? "The run created 1 task; it stays on the target:"
        : `The run created ${tasks.length} tasks; they stay on the target:`,
    );
    for (let start = 0; start < tasks.length; start += TASK_IDS_PER_LINE) {
      lines.push(`  ${tasks.slice(start, start + TASK_IDS_PER_LINE).join(" ")}`);
    }
  }
  const restoration = report.restoration;
  if (restoration !== undefined) {
    const undone = [
      restoration.clockRestored ? "the clock's offset and frozen state put back" : "the clock left untouched",
      `${restoration.faultsWithdrawn} unfired fault${restoration.faultsWithdrawn === 1 ? "" : "s"} and ${restoration.fatesWithdrawn} unused fate${restoration.fatesWithdrawn === 1 ? "" : "s"} withdrawn`,
    ];
    lines.push(
      restoration.problems.length === 0
        ? `Control API: ${undone.join("; ")}. The target is as the run found it.`
        : `Control API: the target could NOT be put back as it was found: ${restoration.problems.join("; ")}`,
    );
  }
  return lines;
}

/** The closing summary: every failed check with its failures, then the totals. */
export function formatPrettyReport(report: ConformanceReport): string {
  const lines: string[] = [];
  const failed = report.checks.filter((check) => check.status === "failed");
  if (failed.length > 0) {
    lines.push("", "Failed checks:");
    for (const check of failed) {
      lines.push("", `✗ ${check.id}: ${check.title}`);
      for (const failure of check.failures) {
        lines.push(describeFailure(failure), "");
      }
      if (check.failureCount > check.failures.length) {
        lines.push(`    … and ${check.failureCount - check.failures.length} more`);
      }
    }
  }
  lines.push("", ...leftOnTarget(report));
  const { total, passed, skipped, requests } = report.summary;
  lines.push(
    `${passed} passed, ${failed.length} failed, ${skipped} skipped of ${total} checks (${requests} requests, ${(report.durationMs / 1000).toFixed(1)} s, seed ${report.seed})`,
    report.ok
      ? "The server honours the contract."
      : `The server breaks the contract. Repeat this run with --seed ${report.seed}.`,
    "",
  );
  return lines.join("\n");
}
