import { defineConfig } from "vitest/config";

// The API reference page in a real headless Chromium: `pnpm test:browser`, apart from `pnpm test` because it
// needs a Chromium that a fresh machine does not have (see test/browser/chromium.ts).
export default defineConfig({
  resolve: { conditions: ["@ecs-tasks/source"] },
  ssr: { resolve: { conditions: ["@ecs-tasks/source"] } },
  test: {
    include: ["test/browser/**/*.browser-test.ts"],
    reporters: ["default", ["json", { outputFile: ".vitest/results-browser.json" }]],
  },
});
