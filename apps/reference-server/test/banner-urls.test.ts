import { afterEach, describe, expect, it } from "vitest";
import { type ChildServer, startChildServer, stopChild } from "./support/child-server.js";

const running: ChildServer[] = [];

afterEach(async () => {
  for (const server of running.splice(0)) {
    await stopChild(server);
  }
});

/** Every URL the start-up banner prints, in order. */
function bannerUrls(output: string): string[] {
  return Array.from(output.matchAll(/https?:\/\/[^\s,;)]+/g), (match) => match[0]);
}

describe("the start-up banner", () => {
  it("prints only URLs that answer", async () => {
    const server = await startChildServer(["--port", "0"]);
    running.push(server);
    // The banner is written at once; give its last lines time to arrive after the first one.
    await expect.poll(() => server.output(), { timeout: 5_000 }).toContain("try:");
    const urls = bannerUrls(server.output());
    expect(urls).toContain(server.url);
    expect(urls).toContain(`${server.url}/?Action=DescribeRegions&Version=2014-05-26&Format=JSON`);
    expect(urls).toContain(`${server.url}/docs`);
    expect(urls).toContain(`${server.url}/_reference/`);
    for (const url of urls) {
      const response = await fetch(url);
      const body = await response.text();
      if (url === server.url) {
        // The ECS endpoint itself: a request naming no action gets the documented error, as ECS answers.
        expect(response.status, url).toBe(400);
        expect(JSON.parse(body), url).toMatchObject({ Code: "MissingParameter" });
      } else {
        expect(response.status, `${url}: ${body.slice(0, 200)}`).toBe(200);
      }
    }
  }, 30_000);

  it("prints no control API URL when the control API is off", async () => {
    const server = await startChildServer(["--port", "0", "--control", "off"]);
    running.push(server);
    await expect.poll(() => server.output(), { timeout: 5_000 }).toContain("try:");
    const urls = bannerUrls(server.output());
    expect(urls.some((url) => url.includes("/_reference"))).toBe(false);
    for (const url of urls.filter((url) => url !== server.url)) {
      expect((await fetch(url)).status, url).toBe(200);
    }
  }, 30_000);
});
