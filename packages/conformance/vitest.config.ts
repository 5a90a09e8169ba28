import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ecs-tasks/source"] },
  ssr: { resolve: { conditions: ["@ecs-tasks/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Several tests run the whole suite (about 1 s alone); CI runs every package's tests at once on two
    // cores, where one took 5.6 s against the default 5 s.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
  },
});
