// CI: the built CLI, as a separate process, against the built reference server on a real port.
// Prints the pretty report (and writes JUnit XML to $CONFORMANCE_JUNIT when it is set) and exits with the CLI's
// status (0 pass, 1 fail, 2 unusable). Needs `pnpm build` first (Node loads every package from dist).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createApp, listen } from "@ecs-tasks/reference-server";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const junit = process.env.CONFORMANCE_JUNIT;
const server = await listen(createApp().fetch, { host: "127.0.0.1", port: 0 });
try {
  const code = await new Promise((resolve, reject) => {
    const report = junit === undefined || junit === "" ? [] : ["--reporter", "junit", "--output", junit];
    const child = spawn(process.execPath, [cli, "--endpoint", server.url, ...report], {
      stdio: "inherit",
    });
    child.once("error", reject);
    child.once("exit", (status) => resolve(status ?? 1));
  });
  process.exitCode = code;
} finally {
  await server.close();
}
