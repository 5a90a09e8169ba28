import type { CheckResult, ConformanceReport } from "../report/conformance-report.js";
import { describeFailure } from "../report/pretty-reporter.js";
import { planChecks } from "../run/plan-checks.js";
import { type ConformanceOptions, runConformance } from "../run/run-conformance.js";
import { selectChecks } from "../run/select-checks.js";

/**
 * The few functions of a test runner the suite registers with: pass vitest's own
 * (`import { beforeAll, describe, test } from "vitest"`), so this package needs no vitest of its own.
 */
export interface TestRunnerApi {
  describe(name: string, body: () => void): unknown;
  beforeAll(body: () => Promise<void>, timeout?: number): unknown;
  test(name: string, body: (context: { skip: (note?: string) => void }) => Promise<void>): unknown;
}

/** Options of {@link defineConformanceSuite}: the run's options, with the target resolved when the suite starts. */
export interface ConformanceSuiteOptions extends Omit<ConformanceOptions, "endpoint" | "fetch"> {
  /** Where the server is; called once before the checks (after your own `beforeAll` started the server). */
  target: () =>
    | Pick<ConformanceOptions, "endpoint" | "fetch">
    | Promise<Pick<ConformanceOptions, "endpoint" | "fetch">>;
  /** The `describe` block's name (default `ECS conformance`). */
  name?: string;
  /** How long the whole run may take (default 60000 ms). */
  timeoutMs?: number;
}

function failureText(result: CheckResult): string {
  const shown = result.failures.map((failure) => describeFailure(failure, "  ")).join("\n\n");
  const more =
    result.failureCount > result.failures.length
      ? `\n  … and ${result.failureCount - result.failures.length} more`
      : "";
  return `${result.title}\n${shown}${more}`;
}

/** Registers one test per conformance check; the checks run once, in a `beforeAll`, and each test reports its own. */
export function defineConformanceSuite(runner: TestRunnerApi, options: ConformanceSuiteOptions): void {
  const { target, name, timeoutMs, ...rest } = options;
  const checks = selectChecks(planChecks(), rest.only ?? [], rest.skip ?? []);
  runner.describe(name ?? "ECS conformance", () => {
    let report: ConformanceReport | undefined;
    let runError: unknown;
    runner.beforeAll(async () => {
      try {
        report = await runConformance({ ...rest, ...(await target()) });
      } catch (error) {
        runError = error;
      }
    }, timeoutMs ?? 60_000);
    for (const check of checks) {
      runner.test(check.id, async (context) => {
        if (report === undefined) {
          throw runError instanceof Error
            ? runError
            : new Error(`the conformance run did not complete: ${String(runError)}`);
        }
        const result = report.checks.find((candidate) => candidate.id === check.id);
        if (result === undefined) {
          throw new Error(`the run has no result for ${check.id}`);
        }
        if (result.status === "skipped") {
          context.skip(result.skipReason);
          return;
        }
        if (result.status === "failed") {
          throw new Error(failureText(result));
        }
      });
    }
  });
}
