import { describe, expect, test } from "vitest";
import { formatPrettyReport, runConformance } from "../src/index.js";
import { brokenServers } from "./support/broken-servers.js";
import { referenceApp } from "./support/reference-target.js";

describe("the proof of power: every deliberately broken server fails", () => {
  test("there are at least 12, each breaking something else", () => {
    expect(brokenServers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(brokenServers.map((server) => server.name)).size).toBe(brokenServers.length);
  });

  test.each(brokenServers.map((server) => [server.name, server] as const))(
    "%s is caught",
    async (_name, broken) => {
      const { fetch } = referenceApp();
      const report = await runConformance({
        endpoint: "http://ecs.test",
        fetch: broken.wrap(fetch),
        seed: 42,
      });
      const failed = report.checks.filter((check) => check.status === "failed");
      expect(report.ok).toBe(false);
      expect(failed.map((check) => check.id)).toContain(broken.caughtBy);
      // Most checks still pass: each break is caught by what it breaks, not by a suite that fails on anything.
      expect(report.summary.passed).toBeGreaterThan(report.summary.failed);
      const catcher = failed.find((check) => check.id === broken.caughtBy);
      expect(catcher?.failures.length).toBeGreaterThan(0);
      expect(formatPrettyReport(report)).toContain(`✗ ${broken.caughtBy}`);
    },
  );
});
