// C1: the client's own CPU per DescribeTaskAttribute over a raw fetch of the same request to the same
// in-process app, carrying the same timeout signal and parsing the same JSON; and the cost of a V3 signature.
// C2: the client's footprint against the official SDK.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createEcsClient } from "@ecs-tasks/client";
import { createApp } from "@ecs-tasks/reference-server";
import { createNonce, signRpcRequest } from "@ecs-tasks/signing";
import { interleaveRuns, median } from "../lib/http-load.mjs";

const run = promisify(execFile);
const origin = "http://bench.local";
/** The per-attempt timeout both sides carry: long enough never to fire, so only its cost is measured. */
const TIMEOUT_MS = 30_000;

// Process CPU time, not wall time: on a shared machine it moves less when other processes take the cores,
// and it is what the client costs its caller. The rate is kept beside it for reference.
async function cpuPerCall(calls, once) {
  const cpuAtStart = process.cpuUsage();
  const startedAt = performance.now();
  for (let i = 0; i < calls; i += 1) {
    await once();
  }
  const elapsedMs = performance.now() - startedAt;
  const cpu = process.cpuUsage(cpuAtStart);
  return { rps: (calls * 1000) / elapsedMs, cpuMicrosPerCall: (cpu.user + cpu.system) / calls };
}

/** C1: the client against a raw fetch of the request it sends, both straight into the same app. */
export async function rowC1({ calls = 5_000, callRounds }) {
  const app = createApp({ control: false, seed: "bench" });
  const created = await app.fetch(
    new Request(
      `${origin}/?Action=ExportImage&Version=2014-05-26&Format=JSON&RegionId=cn-hangzhou&ImageId=m-bench0000&OSSBucket=bench`,
    ),
  );
  const { TaskId } = await created.json();
  // The app as a fetch: takes what the global fetch takes, so the client may hand it a Request or a URL
  // with init, and passes the request's signal through as a network fetch would.
  const appFetch = (input, init) =>
    app.fetch(input instanceof Request && init === undefined ? input : new Request(input, init));
  // Unsigned, as before clients refused to send without credentials: the raw side replays the same bytes.
  const clientOptions = {
    endpoint: origin,
    regionId: "cn-hangzhou",
    credentials: "anonymous",
    timeoutMs: TIMEOUT_MS,
  };
  // A probe client records the request the client sends, so the raw side sends the same one.
  let sent;
  const probe = createEcsClient({
    ...clientOptions,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const copy = request.clone();
      sent = { url: copy.url, method: copy.method, headers: Object.fromEntries(copy.headers) };
      const body = await copy.text();
      if (body !== "") {
        sent.body = body;
      }
      return app.fetch(request);
    },
  });
  await probe.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
  const client = createEcsClient({ ...clientOptions, fetch: appFetch });
  const check = await client.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
  if (check.TaskId !== TaskId) {
    throw new Error("the client did not describe the task");
  }
  // The raw side sends what the client sent (unsigned, so the same bytes every call), as a caller of
  // `fetch` would: a new request per call with its own timeout signal, and the body parsed as JSON.
  const { url, ...init } = sent;
  const raw = async () => {
    const response = await appFetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.json();
    if (body.TaskId !== TaskId) {
      throw new Error("the raw fetch did not describe the task");
    }
  };
  await raw();
  const runs = await interleaveRuns(callRounds, {
    client: () => cpuPerCall(calls, () => client.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId })),
    raw: () => cpuPerCall(calls, raw),
  });
  const medianOf = (side, key) => median(runs[side].map((run) => run[key]));
  const result = Object.fromEntries(
    ["client", "raw"].map((side) => [
      side,
      { rps: medianOf(side, "rps"), cpuMicrosPerCall: medianOf(side, "cpuMicrosPerCall") },
    ]),
  );
  // Each round's client and raw measurements run back to back; the median of their differences is
  // steadier than the difference of the two medians when the machine's load drifts between rounds.
  const overheadMicros = median(
    runs.client.map((run, round) => run.cpuMicrosPerCall - runs.raw[round].cpuMicrosPerCall),
  );

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
      overheadMicros,
      v3SigningMicros: { sequential: sequentialMicros, concurrent100: concurrentMicros },
    },
    checks: [
      {
        what: "client CPU over a raw fetch, µs per call",
        value: overheadMicros,
        target: "<= 20",
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
