import { controlApiTitle } from "@ecs-tasks/contract";
import { Hono, type MiddlewareHandler } from "hono";
import { etag } from "hono/etag";
import { loadApiReferenceBundle } from "./api-reference-bundle.js";
import { CONTROL_PREFIX } from "./control/control-routes.js";

const YAML_TYPE = "application/yaml; charset=utf-8";

/** Where `/docs` loads Scalar's script from: this server, never a CDN, so the page works offline. */
export const API_REFERENCE_BUNDLE_PATH = "/docs/assets/scalar-api-reference.js";

/** `/openapi.yaml`, `/openapi.json` and the API reference page `/docs` (listing the control API when it is on). */
export function docsRoutes(options: { controlOn: boolean }): Hono {
  const app = new Hono();
  // The document, the YAML library and the page's renderer are loaded on first use: most servers never serve
  // these routes, and loading them at start-up would add more than half again to the bare stack's start.
  const document = async () => (await import("@ecs-tasks/contract/openapi-document")).openapiDocument;
  let specYaml: string | undefined;
  app.get("/openapi.yaml", async (c) => {
    specYaml ??= (await import("yaml")).stringify(await document());
    return c.body(specYaml, 200, { "content-type": YAML_TYPE });
  });
  app.get("/openapi.json", async (c) => c.json(await document()));
  const sources = [{ url: "/openapi.yaml", title: "ECS task API" }];
  if (options.controlOn) {
    sources.push({ url: `${CONTROL_PREFIX}/openapi.yaml`, title: controlApiTitle });
  }

  // The URL does not change when the package is upgraded, so the browser revalidates each time (a 304 on
  // the loopback) rather than trusting a cached copy for a fixed time.
  app.get(API_REFERENCE_BUNDLE_PATH, etag(), async (c) => {
    let bundle: Awaited<ReturnType<typeof loadApiReferenceBundle>>;
    try {
      bundle = await loadApiReferenceBundle();
    } catch (error) {
      return c.text(`The API reference script cannot be read: ${(error as Error).message}`, 503);
    }
    return c.body(bundle.body, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
      etag: bundle.etag,
    });
  });
  let page: MiddlewareHandler | undefined;
  app.get("/docs", async (c, next) => {
    page ??= await referencePage(sources);
    return page(c, next);
  });
  return app;
}

async function referencePage(sources: { url: string; title: string }[]): Promise<MiddlewareHandler> {
  const { Scalar } = await import("@scalar/hono-api-reference");
  return Scalar({
    pageTitle: "ECS reference server",
    sources,
    cdn: API_REFERENCE_BUNDLE_PATH,
    // Without these two the page asks the internet at once: for fonts from Scalar's font host, and for the
    // AI agent's list of APIs through Scalar's proxy (seen in the browser test).
    withDefaultFonts: false,
    agent: { disabled: true },
    // Usage events: none seen at load, but nothing is to be sent anywhere.
    telemetry: false,
    // No toolbar of links to Scalar's hosted services; every tag open, so each operation shows without a click.
    showDeveloperTools: "never",
    defaultOpenAllTags: true,
  });
}
