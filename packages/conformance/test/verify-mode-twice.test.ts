// The CI scenario of a long-lived, signature-verifying server: two runs in a row, with the credentials in the
// environment variables the official SDKs read, both pass; and the official SDK works right after them.
import { createRequire } from "node:module";
import { createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EXIT, runCli } from "../src/cli/run-cli.js";
import type { ConformanceReport } from "../src/index.js";

// The SDK is CommonJS; `require` gives the same module objects Node gives its users.
const require = createRequire(import.meta.url);
const Ecs = require("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
const OpenApi = require("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");

const KEY = { accessKeyId: "ci-conformance", accessKeySecret: "ci-S3cret-never-shown" };
// The server's operator token, handed to the suite as CI would: in the variable the server reads it from.
const CONTROL_TOKEN = "ci-operator-token-never-shown";

let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  // The server's clock is the system clock, running, as a deployed server's is.
  server = await listen(
    createApp({ seed: "verify-twice", auth: "verify", accessKeys: [KEY], controlToken: CONTROL_TOKEN }).fetch,
    { host: "127.0.0.1", port: 0 },
  );
});
afterAll(async () => {
  await server.close();
});

async function cliRun(seed: number) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    ["--endpoint", server.url, "--verify-signatures", "--reporter", "json", "--seed", String(seed)],
    {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      env: {
        ALIBABA_CLOUD_ACCESS_KEY_ID: KEY.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: KEY.accessKeySecret,
        ECS_REFERENCE_CONTROL_TOKEN: CONTROL_TOKEN,
      },
    },
  );
  return {
    code,
    report: JSON.parse(out.join("")) as ConformanceReport,
    log: `${out.join("")}${err.join("")}`,
  };
}

describe("two runs in a row against a server that verifies signatures", () => {
  test("both pass, the clock is put back after each, the secret shows nowhere, and the official SDK works after", async () => {
    for (const seed of [31, 32]) {
      const { code, report, log } = await cliRun(seed);
      const failed = report.checks.filter((check) => check.status === "failed");
      expect(failed.map((check) => `${check.id}: ${check.failures[0]?.message}`)).toEqual([]);
      expect(code).toBe(EXIT.passed);
      expect(report.target).toMatchObject({ signed: true, verifiesSignatures: true, controlApi: true });
      expect(report.checks.filter((check) => check.tags.includes("signature")).length).toBeGreaterThan(5);
      expect(report.restoration).toMatchObject({ clockRestored: true, problems: [] });
      expect(log).not.toContain(KEY.accessKeySecret);
      expect(log).not.toContain(CONTROL_TOKEN);
    }
    const clock = (await (
      await fetch(`${server.url}/_reference/clock`, { headers: { authorization: `Bearer ${CONTROL_TOKEN}` } })
    ).json()) as Record<string, unknown>;
    expect(clock).toMatchObject({ offsetMs: 0, frozen: false });

    const ecs = new Ecs.default(
      new OpenApi.$OpenApiUtil.Config({
        accessKeyId: KEY.accessKeyId,
        accessKeySecret: KEY.accessKeySecret,
        endpoint: `127.0.0.1:${new URL(server.url).port}`,
        protocol: "http",
        regionId: "cn-hangzhou",
      }),
    );
    const regions = await ecs.describeRegions(new Ecs.DescribeRegionsRequest({}));
    expect(regions.statusCode).toBe(200);
    const exported = await ecs.exportImage(
      new Ecs.ExportImageRequest({ regionId: "cn-hangzhou", imageId: "m-sdk-after", OSSBucket: "bucket" }),
    );
    const task = await ecs.describeTaskAttribute(
      new Ecs.DescribeTaskAttributeRequest({ regionId: "cn-hangzhou", taskId: exported.body?.taskId }),
    );
    expect(task.body?.taskStatus).toBe("Processing");
  });
});
