import type { ConformanceReport } from "./conformance-report.js";

/** The report as JSON, exactly the {@link ConformanceReport} structure (documented in the README). */
export function formatJsonReport(report: ConformanceReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
