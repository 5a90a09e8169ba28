import { ControllableClock, createApp } from "@ecs-tasks/reference-server";
import { describe, expect, test } from "vitest";
import { type FetchLike, runConformance } from "../src/index.js";

// The reference server's own verify mode as the target: the whole suite, signature errors included,
// with no hand-made verifying front in between.
describe("the reference server in verify mode", () => {
  test.each(["v3", "v1"] as const)("passes the whole suite with --verify-signatures (%s)", async (style) => {
    const clock = new ControllableClock({ startMs: Date.UTC(2026, 10, 28, 1, 0), frozen: true });
    const credentials = { accessKeyId: "conformance", accessKeySecret: "s3cret" };
    // A verifying server serves its control API only to the holder of its token.
    const controlToken = "verify-operator-token";
    const app = createApp({ clock, seed: "verify", auth: "verify", accessKeys: [credentials], controlToken });
    const fetch: FetchLike = (request) => app.fetch(request);
    const report = await runConformance({
      endpoint: "http://ecs.test",
      fetch,
      seed: 6,
      credentials,
      signatureVersion: style,
      verifiesSignatures: true,
      controlToken,
      now: () => clock.now(),
    });
    const failed = report.checks.filter((check) => check.status === "failed");
    expect(failed.map((check) => `${check.id}: ${JSON.stringify(check).slice(0, 400)}`)).toEqual([]);
    const signature = report.checks.filter((check) => check.tags.includes("signature"));
    expect(signature.length).toBeGreaterThanOrEqual(5);
    expect(signature.every((check) => check.status === "passed")).toBe(true);
    expect(report.summary.passed).toBeGreaterThan(50);
    expect(report.target.controlApi).toBe(true);
  });
});
