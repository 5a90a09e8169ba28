import { describe, expect, test } from "vitest";
import { type ConformanceReport, runConformance } from "../src/index.js";
import { referenceApp } from "./support/reference-target.js";
import { verifyingSignatures } from "./support/signature-verifying-server.js";

const credentials = { accessKeyId: "conformance", accessKeySecret: "s3cret" };

async function signatureRun(acceptsReusedNonces: boolean): Promise<ConformanceReport> {
  const { fetch, clock } = referenceApp();
  const front = verifyingSignatures(fetch, { conformance: "s3cret" }, () => clock.now(), {
    acceptsReusedNonces,
  });
  return runConformance({
    endpoint: "http://ecs.test",
    fetch: front,
    seed: 6,
    credentials,
    verifiesSignatures: true,
    now: () => clock.now(),
    only: ["errors.DescribeTaskAttribute", "errors.DescribeRegions"],
    skip: ["unprovokable"],
  });
}

describe("signature checks (needs auth-verify)", () => {
  test("pass against a server that verifies V3 signatures as documented", async () => {
    const report = await signatureRun(false);
    const signature = report.checks.filter((check) => check.tags.includes("signature"));
    expect(signature.map((check) => check.id)).toContain("errors.DescribeTaskAttribute.SignatureNonceUsed");
    expect(signature.map((check) => `${check.id} ${check.status}`)).toEqual(
      signature.map((check) => `${check.id} passed`),
    );
    expect(report.summary.failed).toBe(0);
  });

  test("catch a server that accepts a replayed nonce", async () => {
    const report = await signatureRun(true);
    const failed = report.checks.filter((check) => check.status === "failed").map((check) => check.id);
    expect(failed).toEqual([
      "errors.DescribeTaskAttribute.SignatureNonceUsed",
      "errors.DescribeRegions.SignatureNonceUsed",
    ]);
  });

  test("need credentials", async () => {
    await expect(runConformance({ endpoint: "http://ecs.test", verifiesSignatures: true })).rejects.toThrow(
      /access-key-id/,
    );
  });
});
