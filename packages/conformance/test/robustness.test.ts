import { describe, expect, test } from "vitest";
import { runConformance } from "../src/index.js";
import { referenceApp } from "./support/reference-target.js";

async function robustnessUrls(seed: number): Promise<string[]> {
  const { fetch } = referenceApp();
  const urls: string[] = [];
  const recording = async (request: Request) => {
    if (new URL(request.url).pathname === "/") {
      urls.push(`${request.method} ${request.url} ${await request.clone().text()}`);
    }
    return fetch(request);
  };
  const report = await runConformance({
    endpoint: "http://ecs.test",
    fetch: recording,
    seed,
    only: ["robustness"],
    robustnessRuns: 25,
  });
  expect(report.checks.map((check) => [check.id, check.status])).toEqual([
    ["robustness.malformed-requests", "passed"],
  ]);
  return urls;
}

describe("the robustness pass", () => {
  test("is bounded and repeats exactly from its seed", async () => {
    const first = await robustnessUrls(1234);
    // One reachability probe, then the malformed requests.
    expect(first).toHaveLength(1 + 25);
    expect(await robustnessUrls(1234)).toEqual(first);
    expect(await robustnessUrls(4321)).not.toEqual(first);
  });

  test("fails on an answer that is not JSON and shows the request that provoked it", async () => {
    const { fetch } = referenceApp();
    const htmlOnBadInput = async (request: Request) => {
      const response = await fetch(request);
      return response.status === 400
        ? new Response("<h1>Bad Request</h1>", { status: 400, headers: { "content-type": "text/html" } })
        : response;
    };
    const report = await runConformance({
      endpoint: "http://ecs.test",
      fetch: htmlOnBadInput,
      seed: 8,
      only: ["robustness"],
    });
    const [check] = report.checks;
    expect(check?.status).toBe("failed");
    expect(check?.failures[0]?.message).toMatch(/text\/html with a body that is not a JSON object/);
    expect(check?.failures[0]?.request?.url).toMatch(/^http:\/\/ecs\.test\//);
  });
});
