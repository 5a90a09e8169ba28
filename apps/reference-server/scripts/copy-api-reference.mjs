// Copies Scalar's standalone browser bundle into dist/, so that the published server serves /docs from its own
// files: Scalar's package (about 300 packages, 230 MB installed) is then needed only to build, not to run.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";

const bundle = createRequire(import.meta.url).resolve("@scalar/api-reference/browser/standalone.js");
mkdirSync(new URL("../dist/assets/", import.meta.url), { recursive: true });
copyFileSync(bundle, new URL("../dist/assets/scalar-api-reference.js", import.meta.url));
