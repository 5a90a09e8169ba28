import { type ControlApiPaths, controlApiTitle, controlOperations } from "@ecs-tasks/contract";
import type { Context } from "hono";
import { accepts } from "hono/accepts";
import { html } from "hono/html";

/** What `GET /_reference/` answers, as the control API's document describes it. */
export type ControlIndex = ControlApiPaths["/"]["get"]["responses"]["200"]["content"]["application/json"];

/** One route of the control API, as its OpenAPI document describes it. */
export type ControlRoute = ControlIndex["routes"][number];

/** The index, read from the control API's own document so that it cannot list a route the document does not. */
export function controlIndex(prefix: string): ControlIndex {
  return {
    title: controlApiTitle,
    openapi: `${prefix}/openapi.yaml`,
    docs: "/docs",
    routes: controlOperations.map(({ method, path, operationId, summary }) => ({
      method,
      path: `${prefix}${path}`,
      operationId,
      summary,
    })),
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
