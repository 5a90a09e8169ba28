import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { XMLValidator } from "fast-xml-parser";
import { afterEach, describe, expect, test } from "vitest";
import { CREDENTIAL_VARIABLES, EXIT, runCli, USAGE } from "../src/cli/run-cli.js";
import type { ConformanceReport } from "../src/index.js";
import { brokenServers } from "./support/broken-servers.js";
import { deadEndpoint, referenceApp, serveOnPort } from "./support/reference-target.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text: string) => out.push(text), stderr: (text: string) => err.push(text) },
    stdout: () => out.join(""),
    stderr: () => err.join(""),
  };
}

async function referenceOnPort() {
  const server = await serveOnPort(referenceApp().fetch);
  cleanups.push(server.close);
  return server.url;
}

describe("ecs-conformance (in process, over a real port)", () => {
  test("exits 0 against the reference server and shows progress and a summary", async () => {
    const endpoint = await referenceOnPort();
    const { io, stdout } = captureIo();
    expect(await runCli(["--endpoint", endpoint, "--seed", "9"], io)).toBe(EXIT.passed);
    expect(stdout()).toContain("✓ errors.DescribeTaskAttribute.MissingParameter.RegionId");
    expect(stdout()).toMatch(/\d+ passed, 0 failed, \d+ skipped/);
  });

  test("exits 1 against a broken server, and the pretty report names the check, what was sent, expected and received", async () => {
    const broken = brokenServers.find((server) => server.name === "reworded-message");
    if (broken === undefined) {
      throw new Error("the reworded-message server is missing");
    }
    const server = await serveOnPort(broken.wrap(referenceApp().fetch));
    cleanups.push(server.close);
    const { io, stdout } = captureIo();
    const code = await runCli(
      ["--endpoint", server.url, "--only", "errors.DescribeTaskAttribute", "--seed", "1"],
      io,
    );
    expect(code).toBe(EXIT.failed);
    const text = stdout();
    expect(text).toContain("✗ errors.DescribeTaskAttribute.MissingParameter.RegionId");
    expect(text).toMatch(/sent: {5}GET http:\/\/127\.0\.0\.1:\d+\/\?TaskId=/);
    expect(text).toContain(
      'expected: 400 MissingParameter, Message "An input parameter \\"RegionId\\" that is mandatory',
    );
    expect(text).toContain("received: 400 application/json");
    expect(text).toContain("RegionId is required.");
  });

  test("exits 2 with a message naming the endpoint when nothing listens there", async () => {
    const endpoint = await deadEndpoint();
    const { io, stderr } = captureIo();
    expect(await runCli(["--endpoint", endpoint], io)).toBe(EXIT.unusable);
    expect(stderr()).toContain(`cannot reach ${endpoint}`);
  });

  test.each([
    [[], "--endpoint is required"],
    [["--endpoint", "ftp://example.com"], "must be an http:// or https:// URL"],
    [["--endpoint", "not a url"], "is not a URL"],
    [["--endpoint", "http://127.0.0.1:1", "--reporter", "tap"], "--reporter must be pretty, json or junit"],
    [["--endpoint", "http://127.0.0.1:1", "--bogus"], "Unknown option '--bogus'"],
    [["--endpoint", "http://127.0.0.1:1", "--access-key-id", "k"], "needs its id and its secret"],
    [["--endpoint", "http://127.0.0.1:1", "--seed=-4"], "--seed must be an integer"],
    [
      ["--endpoint", "http://127.0.0.1:1", "--signature-version", "v2"],
      "--signature-version must be v3 or v1",
    ],
  ])("exits 2 on bad usage: %j", async (argv, message) => {
    const { io, stderr } = captureIo();
    expect(await runCli(argv, io)).toBe(EXIT.unusable);
    expect(stderr()).toContain(message);
  });

  test("exits 2 when --only names no check", async () => {
    const endpoint = await referenceOnPort();
    const { io, stderr } = captureIo();
    expect(await runCli(["--endpoint", endpoint, "--only", "errors.NoSuchAction"], io)).toBe(EXIT.unusable);
    expect(stderr()).toContain('"errors.NoSuchAction"');
  });

  test("--reporter json prints the report on stdout (progress on stderr), --only and --skip select checks", async () => {
    const endpoint = await referenceOnPort();
    const { io, stdout, stderr } = captureIo();
    const argv = [
      "--endpoint",
      endpoint,
      "--reporter",
      "json",
      "--only",
      "errors.CancelTask,format",
      "--skip",
      "format.xml-error",
    ];
    expect(await runCli(argv, io)).toBe(EXIT.passed);
    const report = JSON.parse(stdout()) as ConformanceReport;
    const ids = report.checks.map((check) => check.id);
    expect(ids.every((id) => id.startsWith("errors.CancelTask.") || id.startsWith("format."))).toBe(true);
    expect(ids).toContain("format.xml-when-asked");
    expect(ids).not.toContain("format.xml-error");
    expect(report.ok).toBe(true);
    expect(stderr()).toContain("✓ format.xml-when-asked");
  });

  test("--reporter junit --output writes valid JUnit XML to the file", async () => {
    const endpoint = await referenceOnPort();
    const dir = await mkdtemp(join(tmpdir(), "ecs-conformance-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, "junit.xml");
    const { io, stdout } = captureIo();
    expect(
      await runCli(
        ["--endpoint", endpoint, "--reporter", "junit", "--output", file, "--only", "operations"],
        io,
      ),
    ).toBe(EXIT.passed);
    const xml = await readFile(file, "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<testcase name="operations.DescribeTaskAttribute.v3"');
    expect(stdout()).toContain(`Report written to ${file}`);
  });

  test("--list prints every check with its tags", async () => {
    const { io, stdout } = captureIo();
    expect(await runCli(["--list"], io)).toBe(EXIT.passed);
    expect(stdout()).toContain(
      "errors.DescribeTaskAttribute.InvalidTaskId.NotFound  [errors, DescribeTaskAttribute, status-400",
    );
    expect(stdout()).toContain("robustness.malformed-requests  [robustness]");
  });
});

describe("the README", () => {
  test("documents every option of --help, the credential variables and the exit statuses", async () => {
    const readme = await readFile(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const flags = (text: string) => new Set(text.match(/^ {2}--[a-z-]+/gm)?.map((flag) => flag.trim()));
    const cliSection = readme.slice(readme.indexOf("## CLI"), readme.indexOf("## The JSON report"));
    const documented = flags(cliSection);
    expect([...flags(USAGE)].filter((flag) => flag !== "--endpoint" && flag !== "--help")).toEqual(
      [...documented].filter((flag) => flag !== "--endpoint"),
    );
    expect(documented.size).toBeGreaterThan(15);
    for (const variable of Object.values(CREDENTIAL_VARIABLES)) {
      expect(readme).toContain(variable);
    }
    for (const code of Object.values(EXIT)) {
      expect(readme).toMatch(new RegExp(`exits? ${code}|\\b${code} when|\\(exit ${code}\\)`));
    }
  });
});

describe("the ecs-conformance bin, as a separate process", () => {
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const run = promisify(execFile);

  test("runs against the reference server over a real port and exits 0", async () => {
    const endpoint = await referenceOnPort();
    const { stdout } = await run(
      process.execPath,
      [
        "--conditions=@ecs-tasks/source",
        "--import",
        "tsx",
        cli,
        "--endpoint",
        endpoint,
        "--seed",
        "2",
        "--skip",
        "robustness",
      ],
      { timeout: 60_000 },
    );
    expect(stdout).toMatch(/\d+ passed, 0 failed/);
  }, 60_000);

  test("exits 2 when the endpoint is unreachable", async () => {
    const endpoint = await deadEndpoint();
    const failure = await run(
      process.execPath,
      ["--conditions=@ecs-tasks/source", "--import", "tsx", cli, "--endpoint", endpoint],
      {
        timeout: 60_000,
      },
    ).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect(String((failure as { stderr?: unknown }).stderr)).toContain(`cannot reach ${endpoint}`);
  }, 60_000);
});
