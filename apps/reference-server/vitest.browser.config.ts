import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../vitest.shared.js";

// The API reference page in a real headless Chromium: `pnpm test:browser`, apart from `pnpm test` because it
// needs a Chromium that a fresh machine does not have (see test/browser/chromium.ts). mergeConfig would append
// to the shared include and reporters, so this config replaces the `test` section.
const { test: _sharedTest, ...shared } = packageTestConfig();
export default defineConfig({
  ...shared,
  test: {
    include: ["test/browser/**/*.browser-test.ts"],
    reporters: ["default", ["json", { outputFile: ".vitest/results-browser.json" }]],
  },
});
