/**
 * @module
 * Checks any server that claims to speak Alibaba Cloud ECS DescribeTaskAttribute and its companion task
 * operations against the documented contract (`@ecs-tasks/contract`): every documented error, response
 * schemas, content types, RequestIds, task lifecycles and a seeded robustness pass.
 */

export type { FetchLike } from "@ecs-tasks/contract";
export type { Expectation } from "./checks/check.js";
export type {
  CheckResult,
  CheckStatus,
  ConformanceReport,
  ReportedFailure,
  ReportedRequest,
  ReportedResponse,
  RestorationReport,
  TargetDescription,
} from "./report/conformance-report.js";
export { formatJsonReport } from "./report/json-reporter.js";
export { formatJunitReport } from "./report/junit-reporter.js";
export { formatPrettyReport, formatProgress } from "./report/pretty-reporter.js";
export { type CheckSummary, listChecks } from "./run/list-checks.js";
export {
  ConformanceInterruptedError,
  type ConformanceOptions,
  ConformanceUsageError,
  type ProgressEvent,
  runConformance,
  TargetUnreachableError,
} from "./run/run-conformance.js";
export {
  type ConformanceSuiteOptions,
  defineConformanceSuite,
  type TestRunnerApi,
} from "./testing/define-conformance-suite.js";
export type { SigningCredentials } from "./wire/request-signer.js";
