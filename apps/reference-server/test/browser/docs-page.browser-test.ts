// The callbacks given to `page.evaluate` run in the page. The build (tsconfig.build.json) never sees this file,
// so the DOM types stay out of the server's own type check.
/// <reference lib="dom" />

import { documentedErrors, ecsOperations } from "@ecs-tasks/contract";
import { controlApiDocument } from "@ecs-tasks/contract/control-api-document";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { API_REFERENCE_BUNDLE_PATH } from "../../src/docs-routes.js";
import { type ListeningServer, listen } from "../../src/listen.js";
import { type HeadlessChromium, launchChromium, type RequestRecord, recordRequests } from "./chromium.js";

type Json = Record<string, unknown>;

const SCREENSHOT = "/tmp/ecs-reference-server-docs.png";
const ERRORS_SCREENSHOT = "/tmp/ecs-reference-server-docs-errors.png";
const RENDER_TIMEOUT_MS = 60_000;

/** One documented operation: its action and, per error status, the codes of its error examples. */
interface DocumentedOperation {
  readonly action: string;
  readonly errors: ReadonlyMap<string, readonly string[]>;
}

/** The ECS operations and their documented errors, as the spec has them (the GET and POST forms share them). */
function documentedOperations(): DocumentedOperation[] {
  return ecsOperations.map(({ action }) => {
    const errors = new Map<string, string[]>();
    for (const error of documentedErrors.filter((e) => e.action === action)) {
      errors.set(String(error.status), [...(errors.get(String(error.status)) ?? []), error.code]);
    }
    return { action, errors };
  });
}

/**
 * The error codes the page shows for one operation and status, gathered as a reader would: open the status's tab
 * of the example responses, then pick each example in turn and read the `Code` it shows.
 */
async function shownErrorCodes(page: Page, action: string, status: string): Promise<string[]> {
  return page.evaluate(
    async (action: string, status: string) => {
      // Two frames: Vue has patched the DOM after a click by the next frame, and the browser has laid it out.
      const settle = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const section = document.querySelector(`[id$="/GET/#Action=${action}"]`);
      if (section === null) {
        throw new Error(`no section for GET ${action}`);
      }
      const tab = Array.from(section.querySelectorAll<HTMLElement>("[role=tab]")).find((candidate) =>
        (candidate.textContent ?? "").trim().endsWith(status),
      );
      if (tab === undefined) {
        throw new Error(`no ${status} tab for GET ${action}`);
      }
      tab.click();
      await settle();
      // The card of the example responses holds the tabs and, when a status has several examples, their picker.
      const card = tab.closest<HTMLElement>('[role=region][aria-label="Example Responses"]');
      if (card === null) {
        throw new Error(`no example responses for GET ${action}`);
      }
      // biome-ignore lint/performance/useDomNodeTextContent: only what is shown counts, not hidden text
      const codeShown = () => /"Code": "([^"]+)"/.exec(card.innerText)?.[1] ?? "(none)";
      const picker = card.querySelector<HTMLElement>("[aria-haspopup=listbox]");
      if (picker === null) {
        return [codeShown()];
      }
      const codes: string[] = [];
      picker.click();
      await settle();
      const count = document.querySelectorAll("[role=option]").length;
      for (let index = 0; index < count; index++) {
        if (index > 0) {
          picker.click();
          await settle();
        }
        document.querySelectorAll<HTMLElement>("[role=option]")[index]?.click();
        await settle();
        codes.push(codeShown());
      }
      return codes;
    },
    action,
    status,
  );
}

describe("/docs in a headless Chromium", () => {
  let server: ListeningServer;
  let chromium: HeadlessChromium | undefined;

  beforeAll(async () => {
    server = await listen(createApp({ seed: "docs-browser" }).fetch, { host: "127.0.0.1", port: 0 });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** A new page of a Chromium started on first use, so that a missing Chromium fails each test that needs it. */
  async function openDocs(): Promise<{ page: Page; requests: RequestRecord; renderedMs: number }> {
    chromium ??= await launchChromium();
    const page = await chromium.browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    const requests = await recordRequests(page, server.url);
    const paths = ecsOperations.map((o) => `/#Action=${o.action}`);
    const started = performance.now();
    await page.goto(`${server.url}/docs`, { waitUntil: "load" });
    // Scalar renders the operations a few at a time after the first paint: wait for the last one's examples.
    const rendered = page.waitForFunction(
      (paths: string[]) =>
        paths.every((path) =>
          ["GET", "POST"].every(
            (method) =>
              document.querySelector(`[id$="/${method}${path}"] [aria-label="Example Responses"]`) !== null,
          ),
        ),
      { timeout: RENDER_TIMEOUT_MS },
      paths,
    );
    const outcome = await Promise.race([
      rendered.then(() => undefined),
      requests.leftHost.then((url) => `it asked another host for ${url}`),
    ]).catch((error: unknown) => `it did not render every operation (${String(error)})`);
    if (outcome !== undefined) {
      throw new Error(`/docs fails offline: ${outcome}. Requests: ${requests.urls.join(", ")}`);
    }
    return { page, requests, renderedMs: Math.round(performance.now() - started) };
  }

  it("renders every ECS operation and each one's documented errors, asking nothing of any other host", async () => {
    const { page, requests, renderedMs } = await openDocs();
    const bundleBytes = (await (await fetch(`${server.url}${API_REFERENCE_BUNDLE_PATH}`)).arrayBuffer())
      .byteLength;
    console.info(
      `/docs rendered every operation ${renderedMs} ms after navigation; its script is ${bundleBytes} bytes. ` +
        `Screenshots: ${SCREENSHOT}, ${ERRORS_SCREENSHOT}`,
    );
    await page.screenshot({ path: SCREENSHOT });

    const operations = documentedOperations();
    expect(operations.map((operation) => operation.action)).toHaveLength(7);
    // biome-ignore lint/performance/useDomNodeTextContent: only what is shown counts, not hidden text
    const text = await page.evaluate(() => document.body.innerText);
    for (const { action } of operations) {
      expect(text).toContain(`/#Action=${action}`);
    }
    for (const { action, errors } of operations) {
      for (const [status, codes] of errors) {
        expect(await shownErrorCodes(page, action, status), `${action} ${status}`).toEqual(codes);
      }
    }
    await shownErrorCodes(page, "DescribeTaskAttribute", "400");
    await page.evaluate(() =>
      document
        .querySelector('[id$="/GET/#Action=DescribeTaskAttribute"] [aria-label="Example Responses"]')
        ?.scrollIntoView(),
    );
    await page.screenshot({ path: ERRORS_SCREENSHOT });
    expect(requests.offHost()).toEqual([]);
    expect(requests.workers, "a worker's requests are not recorded").toEqual([]);
    expect(requests.urls).toContain(`${server.url}/openapi.yaml`);
    await page.close();
  }, 180_000);

  it("lists the control API's document and renders it when chosen", async () => {
    const { page, requests } = await openDocs();
    const title = (controlApiDocument.info as Json).title as string;
    const picked = await page.evaluate(async (title: string) => {
      const settle = () => new Promise((done) => setTimeout(done, 100));
      const chooser = document.querySelector<HTMLElement>("[aria-haspopup=listbox]");
      chooser?.click();
      await settle();
      const options = Array.from(document.querySelectorAll<HTMLElement>("[role=option]"));
      options.find((option) => option.textContent?.trim() === title)?.click();
      return options.map((option) => option.textContent?.trim());
    }, title);
    expect(picked).toEqual(["ECS task API", title]);

    const summaries = Object.values(controlApiDocument.paths as Record<string, Json>)
      .flatMap((item) => Object.values(item).map((operation) => (operation as Json).summary))
      .filter((summary): summary is string => typeof summary === "string");
    expect(summaries.length).toBeGreaterThan(10);
    await page.waitForFunction(
      // biome-ignore lint/performance/useDomNodeTextContent: only what is shown counts, not hidden text
      (summaries: string[]) => summaries.every((summary) => document.body.innerText.includes(summary)),
      { timeout: RENDER_TIMEOUT_MS },
      summaries,
    );
    expect(requests.urls).toContain(`${server.url}/_reference/openapi.yaml`);
    expect(requests.offHost()).toEqual([]);
    expect(requests.workers, "a worker's requests are not recorded").toEqual([]);
    await page.close();
  }, 120_000);
});
