// C1: the client's DescribeTaskAttribute in process (against app.fetch) against a raw fetch of the same
// pre-built request, and the cost of a V3 signature. C2: the client's footprint against the official SDK.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEcsClient } from "@ecs-tasks/client";
import { createApp } from "@ecs-tasks/reference-server";
import { createNonce, signRpcRequest } from "@ecs-tasks/signing";
import { interleave } from "../lib/http-load.mjs";

const run = promisify(execFile);
const origin = "http://bench.local";

// CPU time per call is reported beside the rate: on a shared machine it moves less than wall time
// does when other processes take the cores.
async function callsPerSecond(calls, once) {
  const cpuAtStart = process.cpuUsage();
  const startedAt = performance.now();
  for (let i = 0; i < calls; i += 1) {
    await once();
  }
  const elapsedMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuAtStart);
  return { rps: (calls * 1000) / elapsedMs, cpuMicrosPerCall: (cpu.user + cpu.system) / calls };
}

/** C1: the client against a raw fetch of the same request, both straight into the app. */
export async function rowC1({ rounds, calls = 3_000 }) {
  const app = createApp({ control: false, seed: "bench" });
  const created = await app.fetch(
    new Request(
      `${origin}/?Action=ExportImage&Version=2014-05-26&Format=JSON&RegionId=cn-hangzhou&ImageId=m-bench0000&OSSBucket=bench`,
    ),
  );
  const { TaskId } = await created.json();
  const client = createEcsClient({
    endpoint: origin,
    regionId: "cn-hangzhou",
    fetch: (request) => app.fetch(request),
  });
  // The raw side sends what the client sends (V3 style, unsigned), built once, and only parses the JSON.
  const prebuilt = new Request(`${origin}/?RegionId=cn-hangzhou&TaskId=${TaskId}`, {
    method: "POST",
    headers: { "x-acs-action": "DescribeTaskAttribute", "x-acs-version": "2014-05-26" },
  });
  const check = await client.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
  if (check.TaskId !== TaskId) {
    throw new Error("the client did not describe the task");
  }
  const result = await interleave(rounds, {
    client: () =>
      callsPerSecond(calls, () => client.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId })),
    raw: () => callsPerSecond(calls, async () => (await app.fetch(prebuilt.clone())).json()),
  });

  const signingCalls = 5_000;
  const credentials = { accessKeyId: "bench", accessKeySecret: "bench-secret" };
  const call = {
    action: "DescribeTaskAttribute",
    version: "2014-05-26",
    method: "POST",
    parameters: [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", TaskId],
    ],
  };
  const signOnce = () =>
    signRpcRequest(call, {
      origin,
      credentials,
      signatureVersion: "v3",
      date: new Date(),
      nonce: createNonce(),
    });
  for (let i = 0; i < 500; i += 1) {
    await signOnce();
  }
  let startedAt = performance.now();
  for (let i = 0; i < signingCalls; i += 1) {
    await signOnce();
  }
  const sequentialMicros = ((performance.now() - startedAt) * 1000) / signingCalls;
  startedAt = performance.now();
  for (let i = 0; i < signingCalls; i += 100) {
    await Promise.all(Array.from({ length: 100 }, signOnce));
  }
  const concurrentMicros = ((performance.now() - startedAt) * 1000) / signingCalls;
  return {
    id: "C1",
    figures: {
      ...result,
      v3SigningMicros: { sequential: sequentialMicros, concurrent100: concurrentMicros },
    },
    checks: [
      {
        what: "client / raw fetch (calls per second)",
        value: result.client.rps / result.raw.rps,
        target: ">= 0.9",
      },
      { what: "V3 signing, µs per request (sequential)", value: sequentialMicros, target: "<= 50" },
      { what: "V3 signing, µs per request (100 in flight)", value: concurrentMicros, target: "<= 50" },
    ],
    errors: 0,
  };
}

/** C2: the client's load time and installed size against @alicloud/ecs20140526, from the client's budget script. */
export async function rowC2() {
  const script = fileURLToPath(new URL("../../packages/client/scripts/check-budget.mjs", import.meta.url));
  // The script exits 1 when a budget is broken; the figures are on stdout either way.
  const { stdout } = await run(process.execPath, [script, "--json"], {
    cwd: fileURLToPath(new URL("../../packages/client/", import.meta.url)),
    maxBuffer: 10 * 1024 * 1024,
  }).catch((error) => ({ stdout: String(error.stdout ?? "") }));
  const figures = JSON.parse(stdout.slice(stdout.indexOf("{")));
  return { id: "C2", figures, checks: figures.checks ?? [], errors: 0 };
}
