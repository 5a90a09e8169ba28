import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** Debian's package; `CHROMIUM_PATH` names any other Chromium or Chrome binary. */
const DEFAULT_CHROMIUM = "/usr/bin/chromium";

// Everything that would let the browser itself reach the network is off, so the only requests are the page's.
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The Chromium to drive; throws how to get one when there is none (a missing browser fails, never skips). */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH ` +
        "to a Chromium or Chrome binary.",
    );
  }
  return path;
}

/** A headless Chromium with a fresh profile, and a way to close it and delete that profile. */
export interface HeadlessChromium {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Starts Chromium with a new, empty profile. */
export async function launchChromium(): Promise<HeadlessChromium> {
  const executablePath = chromiumPath();
  const profile = await mkdtemp(join(tmpdir(), "ecs-docs-chromium-"));
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...FLAGS, `--user-data-dir=${profile}`],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Every URL a page asks for. */
export interface RequestRecord {
  readonly urls: string[];
  /** The URLs that would leave the machine: anything but `data:`, `blob:` and the server under test. */
  offHost(): string[];
  /** Resolves with the first such URL, so that a wait can stop at once. */
  readonly leftHost: Promise<string>;
  /**
   * The scripts of the workers the page started. Puppeteer reports none of a worker's requests (its issue 2781),
   * so a page that starts one cannot be vouched for by `offHost` alone.
   */
  readonly workers: string[];
}

/**
 * Records every request of `page` and answers those bound elsewhere than `origin` with a network error at once,
 * so that a page that would load from the internet fails fast here, whether or not the machine is online.
 */
export async function recordRequests(page: Page, origin: string): Promise<RequestRecord> {
  const urls: string[] = [];
  const workers: string[] = [];
  page.on("workercreated", (worker) => workers.push(worker.url()));
  const isLocal = (url: string) =>
    url.startsWith("data:") || url.startsWith("blob:") || new URL(url).origin === origin;
  let reportLeftHost: (url: string) => void = () => {};
  const leftHost = new Promise<string>((resolve) => {
    reportLeftHost = resolve;
  });
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    urls.push(url);
    if (isLocal(url)) {
      void request.continue();
    } else {
      reportLeftHost(url);
      void request.abort("internetdisconnected");
    }
  });
  return { urls, offHost: () => urls.filter((url) => !isLocal(url)), leftHost, workers };
}
