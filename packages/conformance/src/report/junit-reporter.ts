import type { CheckResult, ConformanceReport, ReportedFailure } from "./conformance-report.js";
import { describeFailure } from "./pretty-reporter.js";

// XML 1.0 forbids most control characters even when escaped, so they are dropped, not escaped.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for an XML attribute or element. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function groupOf(check: CheckResult): string {
  return check.id.split(".")[0] ?? check.id;
}

function testcase(check: CheckResult): string {
  const open = `    <testcase name="${escapeXml(check.id)}" classname="ecs-conformance.${escapeXml(groupOf(check))}" time="${seconds(check.durationMs)}"`;
  if (check.status === "passed") {
    return `${open}/>`;
  }
  if (check.status === "skipped") {
    return `${open}>\n      <skipped message="${escapeXml(check.skipReason ?? "skipped")}"/>\n    </testcase>`;
  }
  const first: ReportedFailure | undefined = check.failures[0];
  const details = check.failures.map((failure) => describeFailure(failure, "")).join("\n\n");
  const more =
    check.failureCount > check.failures.length
      ? `\n\n(${check.failureCount - check.failures.length} more)`
      : "";
  return `${open}>\n      <failure message="${escapeXml(first?.message ?? "failed")}" type="ContractViolation">${escapeXml(`${check.title}\n\n${details}${more}`)}</failure>\n    </testcase>`;
}

/** The report as JUnit XML: one testsuite per check group (operations, errors, ...), one testcase per check. */
export function formatJunitReport(report: ConformanceReport): string {
  const groups = new Map<string, CheckResult[]>();
  for (const check of report.checks) {
    const group = groupOf(check);
    groups.set(group, [...(groups.get(group) ?? []), check]);
  }
  const suites = [...groups.entries()].map(([group, checks]) => {
    const failures = checks.filter((check) => check.status === "failed").length;
    const skipped = checks.filter((check) => check.status === "skipped").length;
    const time = checks.reduce((sum, check) => sum + check.durationMs, 0);
    return [
      `  <testsuite name="ecs-conformance.${escapeXml(group)}" tests="${checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(time)}" timestamp="${report.startedAt.slice(0, 19)}">`,
      ...checks.map(testcase),
      "  </testsuite>",
    ].join("\n");
  });
  const { total, failed, skipped } = report.summary;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ecs-conformance ${escapeXml(report.target.endpoint)} (seed ${report.seed})" tests="${total}" failures="${failed}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
