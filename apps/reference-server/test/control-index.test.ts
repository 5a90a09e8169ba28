import { controlApiDocument } from "@ecs-tasks/contract/control-api-document";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";

type Json = Record<string, unknown>;

/** `METHOD /_reference/path` of every operation the control API's document describes. */
function documentedRoutes(): string[] {
  const routes: string[] = [];
  for (const [path, item] of Object.entries(controlApiDocument.paths as Record<string, Json>)) {
    for (const method of Object.keys(item).filter((key) => key !== "parameters")) {
      routes.push(`${method.toUpperCase()} /_reference${path}`);
    }
  }
  return routes;
}

interface Route {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
}

describe("GET /_reference/", () => {
  it("lists every route of the control API's document and links to that document", async () => {
    const app = createApp({ seed: "index" });
    const response = await app.request("/_reference/");
    expect(response.status).toBe(200);
    const index = (await response.json()) as {
      title: string;
      openapi: string;
      docs: string;
      routes: Route[];
    };
    expect(index.title).toBe((controlApiDocument.info as Json).title);
    expect(index.routes.map((route) => `${route.method} ${route.path}`).sort()).toEqual(
      documentedRoutes().sort(),
    );
    expect(index.routes).toContainEqual({
      method: "GET",
      path: "/_reference/clock",
      operationId: "getClock",
      summary: "Read the clock",
    });
    const document = await app.request(index.openapi);
    expect(document.status).toBe(200);
    expect(await document.text()).toContain("openapi: 3.1.0");
    expect((await app.request(index.docs)).status).toBe(200);
    // The same answer without the trailing slash.
    expect(await (await app.request("/_reference")).json()).toEqual(index);
  });

  it("lists only routes the server has", async () => {
    const app = createApp({ seed: "index-routes" });
    const index = (await (await app.request("/_reference/")).json()) as { routes: Route[] };
    for (const route of index.routes) {
      const answer = await app.request(route.path, {
        method: route.method,
        headers: { "content-type": "application/json" },
        body: route.method === "GET" ? undefined : "{}",
      });
      // A missing route answers 404 with this message; a real one answers, refuses the empty body with 400, or
      // (a route with an `{id}` in its path) says that no such thing exists, with 404 and its own message.
      const text = await answer.text();
      expect(text, `${route.method} ${route.path}`).not.toContain("No control route");
      expect(answer.status, `${route.method} ${route.path}`).toBeLessThan(
        route.path.includes("{") ? 405 : 404,
      );
    }
  });

  it("is a page of links when a browser asks for HTML", async () => {
    const response = await createApp().request("/_reference/", {
      headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain('<a href="/_reference/openapi.yaml">');
    expect(html).toContain("<code>/_reference/faults</code>");
    expect(html).toContain("<title>ECS reference server control API</title>");
  });

  it("answers as an unknown ECS path when the control API is off", async () => {
    const response = await createApp({ control: false }).request("/_reference/");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ Code: "InvalidAction.NotFound" });
  });
});
