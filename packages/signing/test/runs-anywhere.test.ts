import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const srcDir = fileURLToPath(new URL("../src/", import.meta.url));

function shippedSourceFiles(): string[] {
  return readdirSync(srcDir)
    .filter((name) => name.endsWith(".ts") && !/\.test(-d)?\.ts$/.test(name))
    .map((name) => join(srcDir, name));
}

// The client ships this code to browsers and Workers: no Node built-in, and no dependency but the
// hashes, which are plain JavaScript.
describe("runs anywhere", () => {
  it("bundles for the browser with no Node built-in and no dependency but @noble/hashes", async () => {
    const result = await build({
      entryPoints: [join(srcDir, "index.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(3);
    expect(inputs.filter((input) => input.startsWith("node:"))).toEqual([]);
    const dependencies = inputs.filter((input) => input.includes("node_modules"));
    expect(dependencies.length).toBeGreaterThan(0);
    expect(dependencies.filter((input) => !input.includes("node_modules/@noble/hashes/"))).toEqual([]);
  });

  it("imports nothing from node: and uses no Buffer or process in the shipped source", () => {
    const files = shippedSourceFiles();
    expect(files.length).toBeGreaterThan(4);
    for (const file of files) {
      // Asking for a built-in module is how a runtime that has none answers undefined (see the next test).
      expect(readFileSync(file, "utf8"), file).not.toMatch(
        /from "node:|require\(|\bBuffer\b|\bprocess\.(?!getBuiltinModule\b)/,
      );
    }
  });

  it("asks the runtime for node:crypto in one place only, and never by a static import", () => {
    const askers = shippedSourceFiles().filter((file) =>
      readFileSync(file, "utf8").includes("getBuiltinModule"),
    );
    expect(askers.map((file) => file.slice(srcDir.length))).toEqual(["hashes.ts"]);
  });
});
