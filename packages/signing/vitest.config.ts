import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@ecs-tasks/source"] },
  ssr: { resolve: { conditions: ["@ecs-tasks/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
  },
});
