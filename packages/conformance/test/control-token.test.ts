// A reference server whose control API belongs to its operator: the suite sends the control token on control
// requests (flag, variable or option), and on nothing else; without the token it says what to pass.
import { ControllableClock, createApp } from "@ecs-tasks/reference-server";
import { describe, expect, test } from "vitest";
import { EXIT, runCli } from "../src/cli/run-cli.js";
import { type ConformanceReport, type FetchLike, runConformance } from "../src/index.js";

const TOKEN = "operator-token-for-the-suite";
const KEY = { accessKeyId: "conformance", accessKeySecret: "s3cret" };
// Two checks that need the control API: a scripted failure and an injected fault.
const CONTROL_CHECKS = ["lifecycle.ExportImage.failure", "errors.DescribeTaskAttribute.Throttling"];

interface Sent {
  path: string;
  authorization: string | null;
}

function target(options: { controlToken?: string; auth?: "verify" } = {}) {
  const clock = new ControllableClock({ startMs: Date.UTC(2026, 10, 28, 1, 0), frozen: true });
  const app = createApp({
    clock,
    seed: "control-token",
    ...(options.auth === "verify" ? { auth: "verify", accessKeys: [KEY] } : {}),
    ...(options.controlToken === undefined ? {} : { controlToken: options.controlToken }),
  });
  const sent: Sent[] = [];
  const fetch: FetchLike = (request) => {
    sent.push({ path: new URL(request.url).pathname, authorization: request.headers.get("authorization") });
    return app.fetch(request);
  };
  return { clock, fetch, sent };
}

async function cli(args: string[], fetch: FetchLike, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    ["--endpoint", "http://ecs.test", "--only", CONTROL_CHECKS.join(","), "--reporter", "json", ...args],
    { stdout: (text) => out.push(text), stderr: (text) => err.push(text), fetch, env },
  );
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("a reference server with a control token", () => {
  test("the library sends the token on every control request and on no ECS request", async () => {
    const { clock, fetch, sent } = target({ controlToken: TOKEN });
    const report = await runConformance({
      endpoint: "http://ecs.test",
      fetch,
      seed: 3,
      only: CONTROL_CHECKS,
      controlToken: TOKEN,
      now: () => clock.now(),
    });
    expect(report.target.controlApi).toBe(true);
    expect(report.checks.map((check) => check.status)).toEqual(["passed", "passed"]);
    const control = sent.filter((request) => request.path.startsWith("/_reference"));
    const ecs = sent.filter((request) => !request.path.startsWith("/_reference"));
    expect(control.length).toBeGreaterThan(3);
    expect(ecs.length).toBeGreaterThan(3);
    expect(control.every((request) => request.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(ecs.every((request) => request.authorization === null)).toBe(true);
  });

  test("the CLI reads the token from ECS_REFERENCE_CONTROL_TOKEN, and never prints it", async () => {
    const { fetch } = target({ controlToken: TOKEN });
    const run = await cli([], fetch, { ECS_REFERENCE_CONTROL_TOKEN: TOKEN });
    expect(run.code).toBe(EXIT.passed);
    expect((JSON.parse(run.stdout) as ConformanceReport).target.controlApi).toBe(true);
    expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN);
  });

  test("the CLI takes --control-token over the variable, with a note that a flag shows in ps", async () => {
    const { fetch } = target({ controlToken: TOKEN });
    const run = await cli(["--control-token", TOKEN], fetch, { ECS_REFERENCE_CONTROL_TOKEN: "stale-token" });
    expect(run.code).toBe(EXIT.passed);
    expect(run.stderr).toContain("set ECS_REFERENCE_CONTROL_TOKEN instead");
  });

  test("without the token, or with a wrong one, the run stops and says what to pass", async () => {
    const missing = await cli([], target({ controlToken: TOKEN }).fetch);
    expect(missing.code).toBe(EXIT.unusable);
    expect(missing.stderr).toContain(
      "needs its control token: pass --control-token or set ECS_REFERENCE_CONTROL_TOKEN",
    );
    const wrong = await cli([], target({ controlToken: TOKEN }).fetch, {
      ECS_REFERENCE_CONTROL_TOKEN: "wrong",
    });
    expect(wrong.code).toBe(EXIT.unusable);
    expect(wrong.stderr).toContain("refused the control token");
    // --no-control-api runs without it, as against any server without a control API.
    const without = await cli(["--no-control-api"], target({ controlToken: TOKEN }).fetch);
    expect((JSON.parse(without.stdout) as ConformanceReport).target.controlApi).toBe(false);
  });

  test("a verifying server without a token refuses its control API to everyone: the run goes on without it", async () => {
    const { clock, fetch, sent } = target({ auth: "verify" });
    const report = await runConformance({
      endpoint: "http://ecs.test",
      fetch,
      seed: 4,
      only: CONTROL_CHECKS,
      credentials: KEY,
      controlToken: TOKEN,
      now: () => clock.now(),
    });
    expect(report.target.controlApi).toBe(false);
    // One probe of the control API, refused; nothing else was asked of it.
    expect(sent.filter((request) => request.path.startsWith("/_reference")).length).toBe(1);
  });
});
