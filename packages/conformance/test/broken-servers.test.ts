import { ControllableClock, createApp } from "@ecs-tasks/reference-server";
import { describe, expect, test } from "vitest";
import {
  type ConformanceReport,
  type FetchLike,
  formatPrettyReport,
  listChecks,
  runConformance,
} from "../src/index.js";
import { type BrokenServer, brokenServers } from "./support/broken-servers.js";
import { referenceApp } from "./support/reference-target.js";

const KEY = { accessKeyId: "conformance", accessKeySecret: "s3cret" };
const CONTROL_TOKEN = "broken-verify-operator";

async function runAgainst(broken: BrokenServer): Promise<ConformanceReport> {
  if (broken.target === "verify") {
    const clock = new ControllableClock({ startMs: Date.UTC(2026, 10, 28, 1, 0), frozen: true });
    const app = createApp({
      clock,
      seed: "broken-verify",
      auth: "verify",
      accessKeys: [KEY],
      controlToken: CONTROL_TOKEN,
    });
    const fetch: FetchLike = (request) => app.fetch(request);
    return runConformance({
      endpoint: "http://ecs.test",
      fetch: broken.wrap(fetch),
      seed: 42,
      credentials: KEY,
      verifiesSignatures: true,
      controlToken: CONTROL_TOKEN,
      now: () => clock.now(),
    });
  }
  const { fetch } = referenceApp();
  return runConformance({ endpoint: "http://ecs.test", fetch: broken.wrap(fetch), seed: 42 });
}

/**
 * The kind of check an id belongs to: the checks generated per operation (`operations.<A>.v3`,
 * `lifecycle.<A>.failure`, `errors.<A>.<error>`, `schema.<A>`) are one kind each; other ids are their own kind.
 */
function kindOf(id: string): string {
  const [group = id, second = "", third] = id.split(".");
  if (group === "errors" || group === "schema") {
    return group;
  }
  if (group === "operations" || (group === "lifecycle" && third !== undefined)) {
    return `${group}.${third ?? second}`;
  }
  return id;
}

// Kinds within `errors` and `schema` the ids do not tell apart: each part of what they compare must be shown
// to fail on its own, so that weakening it (a prefix where the message is exact, only 200 bodies validated...)
// turns a test red.
const ASPECTS = [
  "errors:status",
  "errors:code",
  "errors:message-exact",
  "errors:message-prefix",
  "errors:precondition",
  "errors:control-api",
  "errors:signature",
  "schema:success",
  "schema:error",
];

describe("the proof of power: every deliberately broken server fails, on exactly the checks named", () => {
  test("names are unique, and every kind of check (and every aspect of errors and schemas) is caught alone by one", () => {
    expect(new Set(brokenServers.map((server) => server.name)).size).toBe(brokenServers.length);
    const alone = brokenServers.filter((server) => server.alsoCaughtBy === undefined);
    const covered = new Set([
      ...alone.map((server) => kindOf(server.caughtBy)),
      ...alone.flatMap((server) => server.aspects ?? []),
    ]);
    const required = new Set([...listChecks().map((check) => kindOf(check.id)), ...ASPECTS]);
    expect([...required].filter((kind) => !covered.has(kind))).toEqual([]);
    expect(required.size).toBeGreaterThan(25);
  });

  test.each(brokenServers.map((server) => [server.name, server] as const))(
    "%s is caught",
    async (_name, broken) => {
      const report = await runAgainst(broken);
      const failed = report.checks.filter((check) => check.status === "failed");
      expect(report.ok).toBe(false);
      expect(failed.map((check) => check.id).sort()).toEqual(
        [broken.caughtBy, ...(broken.alsoCaughtBy ?? [])].sort(),
      );
      const catcher = failed.find((check) => check.id === broken.caughtBy);
      expect(catcher?.failures.length).toBeGreaterThan(0);
      // Each failure shows the request that showed it, to paste.
      expect(catcher?.failures[0]?.curl).toMatch(/^curl /);
      expect(formatPrettyReport(report)).toContain(`✗ ${broken.caughtBy}`);
    },
  );
});
