import { type ControlApiPaths, controlApiDocument } from "@ecs-tasks/contract";
import type { Context } from "hono";
import { accepts } from "hono/accepts";
import { html } from "hono/html";

/** What `GET /_reference/` answers, as the control API's document describes it. */
export type ControlIndex = ControlApiPaths["/"]["get"]["responses"]["200"]["content"]["application/json"];

/** One route of the control API, as its OpenAPI document describes it. */
export type ControlRoute = ControlIndex["routes"][number];

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

/** The index, read from the control API's own document so that it cannot list a route the document does not. */
export function controlIndex(prefix: string): ControlIndex {
  const routes: ControlRoute[] = [];
  for (const [path, item] of Object.entries(record(controlApiDocument.paths))) {
    for (const method of HTTP_METHODS) {
      const operation = record(item)[method];
      if (operation !== undefined) {
        routes.push({
          method: method.toUpperCase(),
          path: `${prefix}${path}`,
          operationId: text(record(operation).operationId),
          summary: text(record(operation).summary),
        });
      }
    }
  }
  return {
    title: text(record(controlApiDocument.info).title) ?? "Control API",
    openapi: `${prefix}/openapi.yaml`,
    docs: "/docs",
    routes,
  };
}

/** Answers with the index as JSON, or as a page of links when a browser asks for HTML. */
export function controlIndexResponse(c: Context, index: ControlIndex): Response | Promise<Response> {
  const wanted = accepts(c, {
    header: "Accept",
    supports: ["application/json", "text/html"],
    default: "application/json",
  });
  if (wanted !== "text/html") {
    return c.json(index);
  }
  return c.html(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${index.title}</title>
  </head>
  <body>
    <h1>${index.title}</h1>
    <p>
      OpenAPI document: <a href="${index.openapi}">${index.openapi}</a>; rendered on the reference page
      <a href="${index.docs}">${index.docs}</a>.
    </p>
    <table>
      <thead>
        <tr><th>Method</th><th>Path</th><th>What it does</th></tr>
      </thead>
      <tbody>
        ${index.routes.map(
          (route) =>
            html`<tr><td>${route.method}</td><td><code>${route.path}</code></td><td>${route.summary ?? ""}</td></tr>`,
        )}
      </tbody>
    </table>
  </body>
</html>`);
}
