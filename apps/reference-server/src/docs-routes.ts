import { controlApiDocument, openapiDocument } from "@ecs-tasks/contract";
import { Scalar } from "@scalar/hono-api-reference";
import { Hono } from "hono";
import { stringify } from "yaml";
import { CONTROL_PREFIX } from "./control/control-routes.js";

const YAML_TYPE = "application/yaml; charset=utf-8";

/** `/openapi.yaml`, `/openapi.json` and the API reference page `/docs` (listing the control API when it is on). */
export function docsRoutes(options: { controlOn: boolean }): Hono {
  const app = new Hono();
  // Serialised on first use: most servers never serve it, and startup stays quick.
  let specYaml: string | undefined;
  app.get("/openapi.yaml", (c) => {
    specYaml ??= stringify(openapiDocument);
    return c.body(specYaml, 200, { "content-type": YAML_TYPE });
  });
  app.get("/openapi.json", (c) => c.json(openapiDocument));
  const sources = [{ url: "/openapi.yaml", title: "ECS task API" }];
  if (options.controlOn) {
    const info = controlApiDocument.info as { title?: unknown } | undefined;
    sources.push({
      url: `${CONTROL_PREFIX}/openapi.yaml`,
      title: typeof info?.title === "string" ? info.title : "Control API",
    });
  }
  app.get("/docs", Scalar({ pageTitle: "ECS reference server", sources }));
  return app;
}
