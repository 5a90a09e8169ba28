// CI: the built CLI, as a separate process, against the built reference server on a real port.
// 1. The default run (JUnit XML to $CONFORMANCE_JUNIT when it is set).
// 2. A long-lived server that verifies signatures, as a CI job meets it: two runs in a row, the credentials in
//    the environment variables the official SDKs read and the control token in ECS_REFERENCE_CONTROL_TOKEN.
//    The second passes only if the first put the server's clock back.
// Exits with the first non-zero status of the CLI (1 fail, 2 unusable). Needs `pnpm build` first.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import { createApp } from "@ecs-tasks/reference-server";
import { listen } from "@ecs-tasks/reference-server/node";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const junit = process.env.CONFORMANCE_JUNIT;

function runCli(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.once("error", reject);
    child.once("exit", (status) => resolve(status ?? 1));
  });
}

async function withServer(options, body) {
  const server = await listen(createApp(options).fetch, { host: "127.0.0.1", port: 0 });
  try {
    return await body(server.url);
  } finally {
    await server.close();
  }
}

const report = junit === undefined || junit === "" ? [] : ["--reporter", "junit", "--output", junit];
const statuses = [await withServer({}, (url) => runCli(["--endpoint", url, ...report]))];

const key = { accessKeyId: "ci-conformance", accessKeySecret: randomUUID() };
// A verifying server serves its control API only to the holder of its token; the CLI reads it from the
// variable the server reads it from.
const controlToken = randomUUID();
const credentials = {
  ALIBABA_CLOUD_ACCESS_KEY_ID: key.accessKeyId,
  ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.accessKeySecret,
  ECS_REFERENCE_CONTROL_TOKEN: controlToken,
};
await withServer({ auth: "verify", accessKeys: [key], controlToken }, async (url) => {
  for (const run of [1, 2]) {
    console.log(`\nA server that verifies signatures, run ${run} of 2:`);
    statuses.push(await runCli(["--endpoint", url, "--verify-signatures"], credentials));
  }
});
process.exitCode = statuses.find((status) => status !== 0) ?? 0;
