import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defineConformanceSuite, type TestRunnerApi } from "../src/index.js";
import { brokenServers } from "./support/broken-servers.js";
import { referenceApp, serveOnPort } from "./support/reference-target.js";

// The helper used as a consumer would: vitest's own functions, a server on a real port started in beforeAll.
let server: Awaited<ReturnType<typeof serveOnPort>> | undefined;
beforeAll(async () => {
  server = await serveOnPort(referenceApp().fetch);
});
afterAll(async () => {
  await server?.close();
});

defineConformanceSuite(
  { beforeAll, describe, test },
  {
    name: "ECS conformance of the reference server (errors of DescribeTaskAttribute)",
    only: ["errors.DescribeTaskAttribute", "schema.DescribeTaskAttribute"],
    // What the reference server cannot show without signature verification, or at all, would only be skipped.
    skip: ["signature", "unprovokable"],
    seed: 1,
    target: () => {
      if (server === undefined) {
        throw new Error("the server did not start");
      }
      return { endpoint: server.url };
    },
  },
);

describe("defineConformanceSuite", () => {
  function recordingRunner() {
    const tests = new Map<string, (context: { skip: (note?: string) => void }) => Promise<void>>();
    let setup: (() => Promise<void>) | undefined;
    const runner: TestRunnerApi = {
      describe: (_name, body) => body(),
      beforeAll: (body) => {
        setup = body;
      },
      test: (name, body) => {
        tests.set(name, body);
      },
    };
    return { runner, tests, setup: () => setup?.() };
  }

  test("registers one test per selected check; a failed check throws its report, a skipped one skips", async () => {
    const broken = brokenServers.find((server) => server.name === "reworded-message");
    const { fetch } = referenceApp();
    const { runner, tests, setup } = recordingRunner();
    defineConformanceSuite(runner, {
      only: ["errors.DescribeTaskAttribute"],
      seed: 1,
      target: () => ({ endpoint: "http://ecs.test", fetch: broken?.wrap(fetch) ?? fetch }),
    });
    expect([...tests.keys()].every((name) => name.startsWith("errors.DescribeTaskAttribute."))).toBe(true);
    await setup();
    const failing = tests.get("errors.DescribeTaskAttribute.MissingParameter.RegionId");
    await expect(failing?.({ skip: () => undefined })).rejects.toThrow(/RegionId is required\./);
    await expect(
      tests.get("errors.DescribeTaskAttribute.InvalidTaskId.NotFound")?.({ skip: () => undefined }),
    ).resolves.toBeUndefined();
    const notes: Array<string | undefined> = [];
    await tests.get("errors.DescribeTaskAttribute.Forbidden.RAM")?.({ skip: (note) => notes.push(note) });
    expect(notes[0]).toMatch(/cannot provoke/);
  });

  test("every test fails with the reason when the run cannot happen", async () => {
    const { runner, tests, setup } = recordingRunner();
    defineConformanceSuite(runner, { only: ["format"], target: () => ({ endpoint: "not a url" }) });
    await setup();
    await expect(tests.get("format.xml-error")?.({ skip: () => undefined })).rejects.toThrow(/is not a URL/);
  });
});
