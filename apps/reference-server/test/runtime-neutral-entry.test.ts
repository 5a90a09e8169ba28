import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** The module graph of an entry as a bundler for no platform in particular sees it (nothing is written). */
async function moduleGraph(entry: string): Promise<Metafile> {
  const result = await build({
    // Paths in the graph are relative to the package: `src/app.ts`.
    absWorkingDir: packageDir,
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    // Neutral: Node's built-in modules do not resolve, so one imported without the `node:` prefix fails here.
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@ecs-tasks/source"],
    external: ["node:*"],
    logLevel: "silent",
  });
  return result.metafile;
}

/** `importer → module` for each import of a `node:` module of the given kind. */
function nodeImports(graph: Metafile, kind: "import-statement" | "dynamic-import"): string[] {
  return Object.entries(graph.inputs).flatMap(([file, input]) =>
    input.imports
      .filter((imported) => imported.kind === kind && imported.path.startsWith("node:"))
      .map((imported) => `${file} → ${imported.path}`),
  );
}

describe("the main entry (@ecs-tasks/reference-server)", () => {
  it("loads no Node module, so createApp runs on any runtime Hono runs on", async () => {
    const graph = await moduleGraph("src/index.ts");
    expect(nodeImports(graph, "import-statement")).toEqual([]);
    // Read only on the first request for the API reference page's script, which a runtime without a file
    // system answers with 503.
    expect(nodeImports(graph, "dynamic-import")).toEqual([
      "src/api-reference-bundle.ts → node:module",
      "src/api-reference-bundle.ts → node:fs/promises",
    ]);
  });

  it("uses none of Node's globals in its own modules", async () => {
    const graph = await moduleGraph("src/index.ts");
    const own = Object.keys(graph.inputs).filter((file) => file.startsWith("src/"));
    expect(own.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of own) {
      const source = await readFile(join(packageDir, file), "utf8");
      for (const match of source.matchAll(
        /\b(?:Buffer|process)\.\w+|\brequire\(|\b__dirname\b|\b__filename\b/g,
      )) {
        offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("is told apart from the Node entry, which does load Node's modules", async () => {
    const graph = await moduleGraph("src/node.ts");
    expect(nodeImports(graph, "import-statement")).toEqual(
      expect.arrayContaining(["src/listen.ts → node:http", "src/store/sqlite-database.ts → node:module"]),
    );
  });
});
