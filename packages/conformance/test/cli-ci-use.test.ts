// The CLI as a CI job uses it: credentials from the environment, extra headers for a gateway, a curl command
// to reproduce each failure, a progress line on a terminal, and Ctrl-C that puts the target back.
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createApp } from "@ecs-tasks/reference-server";
import { afterEach, describe, expect, test } from "vitest";
import { EXIT, runCli } from "../src/cli/run-cli.js";
import type { ConformanceReport, FetchLike } from "../src/index.js";
import { brokenServers } from "./support/broken-servers.js";
import { referenceApp, serveOnPort } from "./support/reference-target.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

const SECRET = "S3cret-of-the-ci-key";
const TOKEN = "STS-token-of-the-ci-role";
const ENV = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: "env-key",
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: SECRET,
};

function broken(name: string) {
  const server = brokenServers.find((candidate) => candidate.name === name);
  if (server === undefined) {
    throw new Error(`the ${name} server is missing`);
  }
  return server;
}

/** Runs the CLI in process; every request it sends is recorded. */
async function cli(argv: string[], options: { env?: Record<string, string>; fetch?: FetchLike } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const requests: Request[] = [];
  const inner = options.fetch ?? referenceApp().fetch;
  const code = await runCli(["--endpoint", "http://ecs.test", ...argv], {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: options.env ?? {},
    fetch: (request) => {
      requests.push(request.clone());
      return inner(request);
    },
  });
  return { code, stdout: out.join(""), stderr: err.join(""), requests };
}

const ecsRequests = (requests: Request[]) => requests.filter((r) => new URL(r.url).pathname === "/");

describe("credentials from the environment", () => {
  test("ALIBABA_CLOUD_ACCESS_KEY_ID and _SECRET sign every request when the flags are absent", async () => {
    const { code, stdout, requests } = await cli(
      ["--only", "operations.DescribeRegions", "--reporter", "json"],
      {
        env: ENV,
      },
    );
    expect(code).toBe(EXIT.passed);
    expect((JSON.parse(stdout) as ConformanceReport).target.signed).toBe(true);
    const signed = ecsRequests(requests).filter((r) => r.headers.get("x-acs-action") !== null);
    expect(signed.length).toBeGreaterThan(2);
    for (const request of signed) {
      expect(request.headers.get("authorization")).toMatch(/^ACS3-HMAC-SHA256 Credential=env-key,/);
    }
  });

  test("a flag wins over its variable, and the secret may stay in the environment", async () => {
    const { code, requests } = await cli(
      ["--only", "operations.DescribeRegions.v3", "--access-key-id", "flag-key"],
      {
        env: ENV,
      },
    );
    expect(code).toBe(EXIT.passed);
    expect(ecsRequests(requests).at(-1)?.headers.get("authorization")).toMatch(/Credential=flag-key,/);
  });

  test("ALIBABA_CLOUD_SECURITY_TOKEN is sent as x-acs-security-token (V3) and SecurityToken (V1)", async () => {
    const env = { ...ENV, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN };
    const v3 = await cli(["--only", "operations.DescribeRegions.v3"], { env });
    expect(ecsRequests(v3.requests).at(-1)?.headers.get("x-acs-security-token")).toBe(TOKEN);
    const v1 = await cli(["--only", "operations.DescribeRegions.v1", "--signature-version", "v1"], { env });
    expect(new URL(ecsRequests(v1.requests).at(-1)?.url ?? "").searchParams.get("SecurityToken")).toBe(TOKEN);
  });

  test("the secret and the token never appear in the pretty, JSON or JUnit report of a failing run", async () => {
    const env = { ...ENV, ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN };
    const fetch = broken("reworded-message").wrap(referenceApp().fetch);
    const dir = await mkdtemp(join(tmpdir(), "ecs-conformance-secrets-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const only = ["--only", "errors.DescribeTaskAttribute", "--seed", "3"];
    const junitFile = join(dir, "report.xml");
    const pretty = await cli([...only, "--reporter", "junit", "--output", junitFile], { env, fetch });
    const json = await cli([...only, "--reporter", "json"], { env, fetch });
    expect(pretty.code).toBe(EXIT.failed);
    const everything = [
      pretty.stdout,
      pretty.stderr,
      json.stdout,
      json.stderr,
      await readFile(junitFile, "utf8"),
    ];
    for (const text of everything) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(TOKEN);
    }
    const failure = (JSON.parse(json.stdout) as ConformanceReport).checks.find(
      (check) => check.status === "failed",
    )?.failures[0];
    expect(failure?.request?.headers["x-acs-security-token"]).toBe("REDACTED");
    expect(failure?.curlNote).toContain("x-acs-security-token is left out (REDACTED)");
  });

  test("a secret given as a flag still works, with a note to use the variable instead", async () => {
    const { code, stderr } = await cli([
      "--only",
      "operations.DescribeRegions.v3",
      "--access-key-id",
      "k",
      "--access-key-secret",
      SECRET,
    ]);
    expect(code).toBe(EXIT.passed);
    expect(stderr).toContain("set ALIBABA_CLOUD_ACCESS_KEY_SECRET instead");
    expect(stderr).not.toContain(SECRET);
  });

  test.each([
    [{ ALIBABA_CLOUD_ACCESS_KEY_ID: "k" }, "needs its id and its secret"],
    [{ ALIBABA_CLOUD_ACCESS_KEY_SECRET: "s" }, "needs its id and its secret"],
    [{ ALIBABA_CLOUD_SECURITY_TOKEN: "t" }, "no AccessKey to go with it"],
  ])("exits 2 on an incomplete set of variables: %j", async (env, message) => {
    const { code, stderr } = await cli([], { env });
    expect(code).toBe(EXIT.unusable);
    expect(stderr).toContain(message);
  });
});

describe("--header", () => {
  test("is sent on every request, the control API's included; one with a secret-looking name is not reported", async () => {
    const fetch = broken("reworded-message").wrap(referenceApp().fetch);
    const { code, stdout, requests } = await cli(
      [
        "--header",
        "X-Tenant: acme",
        "--header",
        "X-Gateway-Token:gw-secret-1",
        "--only",
        "errors.DescribeTaskAttribute.MissingParameter.RegionId",
        "--reporter",
        "json",
      ],
      { fetch },
    );
    expect(code).toBe(EXIT.failed);
    expect(requests.some((r) => new URL(r.url).pathname.startsWith("/_reference/"))).toBe(true);
    for (const request of requests) {
      expect(request.headers.get("x-tenant"), request.url).toBe("acme");
      expect(request.headers.get("x-gateway-token"), request.url).toBe("gw-secret-1");
    }
    expect(stdout).not.toContain("gw-secret-1");
    const report = JSON.parse(stdout) as ConformanceReport;
    expect(report.target.headers).toEqual(["X-Tenant", "X-Gateway-Token"]);
    const failure = report.checks[0]?.failures[0];
    expect(failure?.request?.headers).toMatchObject({ "x-tenant": "acme", "x-gateway-token": "REDACTED" });
    expect(failure?.curl).toContain("-H 'x-tenant: acme'");
  });

  test("is signed by V3 when it is an x-acs-* header, and left unsigned otherwise", async () => {
    const { code, requests } = await cli(
      [
        "--header",
        "x-acs-tenant:acme",
        "--header",
        "X-Tenant:acme",
        "--only",
        "operations.DescribeRegions.v3",
      ],
      { env: ENV },
    );
    expect(code).toBe(EXIT.passed);
    const signedHeaders = /SignedHeaders=([^,]+)/.exec(
      ecsRequests(requests).at(-1)?.headers.get("authorization") ?? "",
    );
    expect(signedHeaders?.[1]?.split(";")).toContain("x-acs-tenant");
    expect(signedHeaders?.[1]?.split(";")).not.toContain("x-tenant");
  });

  test.each([
    [["--header", "no-colon"], "--header must be NAME:VALUE"],
    [["--header", "X-Tenant:a", "--header", "x-tenant:b"], "--header x-tenant is given twice"],
    [["--header", "x-acs-action:DescribeTasks"], "set by the suite itself"],
    [["--header", "Bad Name:x"], "not a valid HTTP header name"],
    [["--header", "X-A:1\r\nX-B: 2"], "control character"],
    [
      ["--header", "Authorization:Bearer x", "--access-key-id", "k", "--access-key-secret", "s"],
      "set by the suite",
    ],
  ])("exits 2 on a header it cannot send: %j", async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(EXIT.unusable);
    expect(stderr).toContain(message);
  });
});

describe("a failure reproduced with curl", () => {
  const run = promisify(execFile);

  async function failureOn(
    name: string,
    only: string,
    argv: string[] = [],
    env: Record<string, string> = {},
  ) {
    const server = await serveOnPort(broken(name).wrap(referenceApp().fetch));
    cleanups.push(server.close);
    const out: string[] = [];
    const code = await runCli(
      ["--endpoint", server.url, "--only", only, "--seed", "1", "--reporter", "json", ...argv],
      {
        stdout: (text) => out.push(text),
        stderr: () => undefined,
        env,
      },
    );
    expect(code).toBe(EXIT.failed);
    const report = JSON.parse(out.join("")) as ConformanceReport;
    const failure = report.checks.find((check) => check.id === only)?.failures[0];
    if (failure?.curl === undefined) {
      throw new Error(`${only} failed without a curl command`);
    }
    return { failure, curl: failure.curl, url: server.url };
  }

  test("pasted into a shell, the command sends the same request and gets the same wrong answer", async () => {
    const { failure, curl } = await failureOn(
      "reworded-message",
      "errors.DescribeTaskAttribute.MissingParameter.RegionId",
    );
    expect(curl).toMatch(
      /^curl -sS -i -g 'http:\/\/127\.0\.0\.1:\d+\/\?TaskId=t-[0-9a-z]+' -H 'x-acs-action: DescribeTaskAttribute'/,
    );
    expect(failure.curlNote).toBeUndefined();
    const { stdout } = await run("sh", ["-c", curl]);
    expect(stdout).toMatch(/^HTTP\/1\.1 400/);
    expect(stdout).toContain('"Message":"RegionId is required."');
  });

  test("a form body travels as --data-raw, and reproduces the failure", async () => {
    const { curl } = await failureOn("form-body-ignored", "operations.DescribeTaskAttribute.post-form");
    expect(curl).toContain("-X POST");
    expect(curl).toMatch(/--data-raw 'RegionId=cn-hangzhou&TaskId=t-[0-9a-z]+'$/);
    const { stdout } = await run("sh", ["-c", curl]);
    expect(stdout).toMatch(/^HTTP\/1\.1 400/);
    expect(stdout).toContain('"Code":"MissingParameter"');
  });

  test("a signed request says it must be signed again, and how", async () => {
    const { failure, url } = await failureOn(
      "reworded-message",
      "errors.DescribeTaskAttribute.MissingParameter.RegionId",
      ["--signature-version", "v1"],
      ENV,
    );
    expect(failure.curl).toContain("Signature=");
    expect(failure.curlNote).toContain("one-time nonce and a timestamp");
    expect(failure.curlNote).toContain(
      `sign it again: ecs-conformance --endpoint ${url} --only errors.DescribeTaskAttribute.MissingParameter.RegionId --seed 1 --signature-version v1`,
    );
  });

  test("the pretty report prints the command under the failure", async () => {
    const server = await serveOnPort(broken("reworded-message").wrap(referenceApp().fetch));
    cleanups.push(server.close);
    const out: string[] = [];
    await runCli(
      ["--endpoint", server.url, "--only", "errors.DescribeTaskAttribute.MissingParameter.RegionId"],
      { stdout: (text) => out.push(text), stderr: () => undefined },
    );
    expect(out.join("")).toMatch(/\n {4}reproduce: curl -sS -i -g 'http:\/\/127\.0\.0\.1:\d+\/\?TaskId=/);
  });
});

describe("on a terminal", () => {
  async function lifecycleRun(terminal: { stdout?: boolean } | undefined) {
    // Tasks of 1.5 s on the server's real clock, no control API: the lifecycles are watched in real time.
    const app = createApp({ seed: "tty", taskDurationMs: 1_500, control: false });
    const out: string[] = [];
    const code = await runCli(
      [
        "--endpoint",
        "http://ecs.test",
        "--only",
        "lifecycle.ExportImage.to-completion,lifecycle.ImportImage.to-completion",
      ],
      {
        stdout: (text) => out.push(text),
        stderr: () => undefined,
        fetch: (request) => app.fetch(request),
        ...(terminal === undefined ? {} : { terminal: { ...terminal, columns: 300 } }),
      },
    );
    return { code, out };
  }

  test("a progress line, rewritten in place, says which tasks are being waited for", async () => {
    const { code, out } = await lifecycleRun({ stdout: true });
    expect(code).toBe(EXIT.passed);
    const lines = out.filter((text) => text.startsWith("\r\u001b[2K⧗ waiting"));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((line) => /ExportImage task t-[0-9a-z]+: Processing \d+%/.test(line))).toBe(true);
    expect(lines.some((line) => line.includes("for 2 checks") && line.includes("ImportImage task"))).toBe(
      true,
    );
    // The line is cleared before a finished check is printed, and at the end.
    const ended = out.findIndex((text) => text.includes("✓ lifecycle.ExportImage.to-completion"));
    expect(out[ended - 1]).toBe("\r\u001b[2K");
  });

  test("without a terminal there is no such line, only a line per finished check", async () => {
    const { code, out } = await lifecycleRun(undefined);
    expect(code).toBe(EXIT.passed);
    expect(out.join("")).not.toContain("⧗");
    expect(out.join("")).not.toContain("\r");
  });
});

describe("Ctrl-C", () => {
  test("the bin stops, withdraws the fate it had scripted, leaves the clock as found, and exits 130", async () => {
    const { fetch, clock } = referenceApp();
    const foundAt = clock.now();
    let fateScripted = false;
    let reached: () => void = () => undefined;
    const heldRequestArrived = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holding: FetchLike = async (request) => {
      const url = new URL(request.url);
      if (url.pathname === "/_reference/task-fates" && request.method === "POST") {
        fateScripted = true;
      } else if (fateScripted && request.headers.get("x-acs-action") === "ExportImage") {
        // The create that would use the fate hangs: the run is stopped while the fate is armed.
        fateScripted = false;
        reached();
        await released;
      }
      return fetch(request);
    };
    const server = await serveOnPort(holding);
    cleanups.push(async () => {
      release();
      await server.close();
    });
    const child = spawn(
      process.execPath,
      [
        "--conditions=@ecs-tasks/source",
        "--import",
        "tsx",
        fileURLToPath(new URL("../src/cli.ts", import.meta.url)),
        "--endpoint",
        server.url,
        "--only",
        "lifecycle.ExportImage",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    await heldRequestArrived;
    child.kill("SIGINT");
    expect(await exited).toBe(EXIT.interrupted);
    expect(stderr).toContain("stopping; putting the target back");
    expect(stderr).toContain("1 unused fate withdrawn");
    const control = async (path: string) =>
      (await fetch(new Request(`http://ecs.test/_reference${path}`))).json() as Promise<
        Record<string, unknown>
      >;
    expect(await control("/task-fates")).toEqual({ fates: [] });
    expect(await control("/clock")).toMatchObject({ nowMs: foundAt, frozen: true });
  }, 60_000);
});
