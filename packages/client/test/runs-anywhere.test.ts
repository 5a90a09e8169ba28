import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe("runs anywhere", () => {
  it("bundles src/index.ts for the browser with no Node built-in", async () => {
    const result = await build({
      entryPoints: [join(srcDir, "index.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      conditions: ["@ecs-tasks/source"],
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.includes("openapi-fetch"))).toBe(true);
    expect(
      inputs.filter((input) => input.startsWith("node:") || input.includes("@ecs-tasks/contract")),
    ).toEqual([]);
  });

  it("imports nothing from node: and uses no Buffer, and process only to read credentials where it exists", () => {
    const files = sourceFiles(srcDir);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|\bBuffer\b/);
      if (!file.endsWith(join("client", "credentials.ts"))) {
        expect(text, file).not.toMatch(/\bprocess[.?]/);
      }
    }
    expect(readFileSync(join(srcDir, "client", "credentials.ts"), "utf8")).toMatch(
      /globalThis as \{ process\?:/,
    );
  });
});
