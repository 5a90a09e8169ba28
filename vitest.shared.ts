import { defineConfig, mergeConfig, type ViteUserConfig } from "vitest/config";

/**
 * The one vitest setup of every package: workspace packages resolve to their TypeScript sources (the
 * `@ecs-tasks/source` export condition), so a test never needs a build; type tests run beside the others;
 * results go to `.vitest/results.json`, which `pnpm test` (tools/run-tests.mjs) adds up.
 */
const shared = defineConfig({
  resolve: { conditions: ["@ecs-tasks/source"] },
  ssr: { resolve: { conditions: ["@ecs-tasks/source"] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
  },
});

/** The shared setup, with what one package needs beyond it. */
export function packageTestConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  return mergeConfig(shared, overrides);
}
