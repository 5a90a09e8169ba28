import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, test } from "vitest";
import type { ConformanceReport } from "./conformance-report.js";
import { formatJsonReport } from "./json-reporter.js";
import { escapeXml, formatJunitReport } from "./junit-reporter.js";
import { formatPrettyReport } from "./pretty-reporter.js";

const report: ConformanceReport = {
  formatVersion: 1,
  tool: { name: "@ecs-tasks/conformance", version: "0.1.0" },
  target: {
    endpoint: "http://127.0.0.1:8080",
    region: "cn-hangzhou",
    controlApi: true,
    signatureVersion: "v3",
    signed: false,
    verifiesSignatures: false,
    headers: ["x-tenant"],
  },
  seed: 42,
  startedAt: "2026-11-28T01:00:00.000Z",
  durationMs: 1234,
  summary: { total: 3, passed: 1, failed: 1, skipped: 1, requests: 2 },
  ok: false,
  checks: [
    {
      id: "operations.DescribeRegions.v3",
      title: "ok",
      tags: ["operations"],
      status: "passed",
      failures: [],
      failureCount: 0,
      requestCount: 1,
      durationMs: 3,
    },
    {
      id: "errors.DescribeTaskAttribute.MissingParameter.RegionId",
      title: 'DescribeTaskAttribute: "RegionId" <missing> & more',
      tags: ["errors"],
      status: "failed",
      specPointer: "/components/responses/DescribeTaskAttributeBadRequest",
      failures: [
        {
          message: 'Message "RegionId is required.\u0007", expected "An input parameter"',
          expected: { summary: "400 MissingParameter", specPointer: "/components/x" },
          request: {
            method: "GET",
            url: "http://127.0.0.1:8080/?TaskId=t-1",
            headers: { "x-acs-action": "DescribeTaskAttribute" },
          },
          curl: "curl -sS -i -g 'http://127.0.0.1:8080/?TaskId=t-1' -H 'x-acs-action: DescribeTaskAttribute'",
          curlNote: "It is signed with a one-time nonce and a timestamp.",
          response: {
            status: 400,
            headers: { "content-type": "application/json" },
            body: '{"Message":"RegionId is required."}',
          },
        },
      ],
      failureCount: 3,
      requestCount: 1,
      durationMs: 4,
    },
    {
      id: "errors.DescribeRegions.Forbidden.RAM",
      title: "not provokable",
      tags: ["errors"],
      status: "skipped",
      skipReason: "documented, but a client cannot provoke it",
      failures: [],
      failureCount: 0,
      requestCount: 0,
      durationMs: 0,
    },
  ],
  createdTaskIds: ["t-made0000000000000001", "t-made0000000000000002"],
  restoration: { clockRestored: true, faultsWithdrawn: 1, fatesWithdrawn: 0, problems: [] },
};

describe("junit reporter", () => {
  const xml = formatJunitReport(report);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    isArray: (name) => ["testsuite", "testcase"].includes(name),
  }).parse(xml);

  test("is well-formed XML even with markup and control characters in messages", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  test("has the JUnit structure: testsuites > testsuite > testcase with failure or skipped", () => {
    const root = parsed.testsuites;
    expect(root).toMatchObject({ tests: "3", failures: "1", skipped: "1", errors: "0" });
    const suites = root.testsuite as Array<Record<string, unknown>>;
    expect(suites.map((suite) => suite.name)).toEqual([
      "ecs-conformance.operations",
      "ecs-conformance.errors",
    ]);
    const errors = suites[1] as {
      tests: string;
      failures: string;
      skipped: string;
      testcase: Array<Record<string, unknown>>;
    };
    expect(errors).toMatchObject({ tests: "2", failures: "1", skipped: "1" });
    const [failed, skipped] = errors.testcase;
    expect(failed).toMatchObject({
      name: "errors.DescribeTaskAttribute.MissingParameter.RegionId",
      classname: "ecs-conformance.errors",
      time: "0.004",
    });
    expect(failed?.failure).toMatchObject({
      type: "ContractViolation",
      message: 'Message "RegionId is required.", expected "An input parameter"',
    });
    const failureElement = (failed?.failure ?? {}) as { "#text"?: string };
    expect(String(failureElement["#text"])).toContain("(2 more)");
    expect(String(failureElement["#text"])).toContain(
      "reproduce: curl -sS -i -g 'http://127.0.0.1:8080/?TaskId=t-1' -H 'x-acs-action: DescribeTaskAttribute'",
    );
    expect(skipped?.skipped).toMatchObject({ message: "documented, but a client cannot provoke it" });
  });

  test("escapes the five XML specials and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">&'\u0000\u001b</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;",
    );
  });
});

describe("json reporter", () => {
  test("prints the report structure exactly", () => {
    expect(JSON.parse(formatJsonReport(report))).toEqual(report);
  });
});

describe("pretty reporter", () => {
  test("names each failed check with what was sent, what was expected and what came back", () => {
    const text = formatPrettyReport(report);
    expect(text).toContain("✗ errors.DescribeTaskAttribute.MissingParameter.RegionId");
    expect(text).toContain(
      "sent:     GET http://127.0.0.1:8080/?TaskId=t-1 (x-acs-action: DescribeTaskAttribute)",
    );
    expect(text).toContain("expected: 400 MissingParameter (spec: #/components/x)");
    expect(text).toContain('received: 400 application/json {"Message":"RegionId is required."}');
    expect(text).toContain("… and 2 more");
    expect(text).toContain(
      "reproduce: curl -sS -i -g 'http://127.0.0.1:8080/?TaskId=t-1' -H 'x-acs-action: DescribeTaskAttribute'\n" +
        "               It is signed with a one-time nonce and a timestamp.",
    );
    expect(text).toContain(
      "The run created 2 tasks; they stay on the target:\n  t-made0000000000000001 t-made0000000000000002\n",
    );
    expect(text).toContain(
      "Control API: the clock's offset and frozen state put back; 1 unfired fault and 0 unused fates withdrawn.",
    );
    expect(text).toContain("1 passed, 1 failed, 1 skipped of 3 checks");
    expect(text).toContain("--seed 42");
  });

  test("says loudly when the target could not be put back", () => {
    const text = formatPrettyReport({
      ...report,
      restoration: { clockRestored: false, faultsWithdrawn: 0, fatesWithdrawn: 0, problems: ["clock: 500"] },
    });
    expect(text).toContain("the target could NOT be put back as it was found: clock: 500");
  });
});
