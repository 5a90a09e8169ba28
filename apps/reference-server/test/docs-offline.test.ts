import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { API_REFERENCE_BUNDLE_PATH } from "../src/docs-routes.js";

/** Every `src` and `href` of the page: what the browser fetches before any script runs. */
function fetchedUrls(html: string): string[] {
  return Array.from(html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']+)["']/g), (match) => match[1] as string);
}

describe("/docs without internet", () => {
  it("loads its script from this server and names no other host", async () => {
    const html = await (await createApp().request("/docs")).text();
    expect(fetchedUrls(html)).toEqual([API_REFERENCE_BUNDLE_PATH]);
    // The configuration written into the page (fonts, telemetry, the AI agent) reaches no host either.
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toMatch(/"withDefaultFonts":\s*false/);
    expect(html).toMatch(/"agent":\s*\{\s*"disabled":\s*true\s*\}/);
  });

  it("serves Scalar's bundle from the installed package, revalidated by ETag", async () => {
    const app = createApp();
    const first = await app.request(API_REFERENCE_BUNDLE_PATH);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const body = await first.text();
    // The standalone build defines the global the page calls.
    expect(body).toContain("createApiReference");
    expect(body.length).toBeGreaterThan(1_000_000);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);

    const again = await app.request(API_REFERENCE_BUNDLE_PATH, {
      headers: { "if-none-match": etag as string },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const changed = await app.request(API_REFERENCE_BUNDLE_PATH, { headers: { "if-none-match": '"0"' } });
    expect(changed.status).toBe(200);
    expect((await changed.text()).length).toBe(body.length);
  });

  it("lists the control API's document only while the control API is on", async () => {
    const on = await (await createApp().request("/docs")).text();
    expect(on).toContain('"url": "/_reference/openapi.yaml"');
    expect(on).toContain('"title": "ECS reference server control API"');
    const off = await (await createApp({ control: false }).request("/docs")).text();
    expect(off).toContain('"url": "/openapi.yaml"');
    expect(off).not.toContain("/_reference/");
  });
});
