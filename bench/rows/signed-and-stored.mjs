// S2: DescribeTaskAttribute with `--auth verify` and V3-signed requests, against S1's server (auth off, the
// same request unsigned) in the same row, so the ratio holds on its own and drift hits both sides alike.
// T2: the SQLite store: durable task creations per second, and S1 throughput against the in-memory store's.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqlitePersistence } from "@ecs-tasks/reference-server/node";
import { createNonce, signRpcRequest } from "@ecs-tasks/signing";
import { benchImageId, benchTaskId, describePath, EXPORT_IMAGE_PATH } from "../lib/bench-ids.mjs";
import {
  httpSide,
  interleave,
  measureHttpOneShot,
  OneShotRequests,
  WARMUP_SECONDS,
} from "../lib/http-load.mjs";
import { createTask, startReferenceServer } from "./server-http.mjs";

const KEY = { accessKeyId: "bench", accessKeySecret: "bench-secret" };
// The most one verify-mode server could answer per second here; each connection gets requests for it.
const S2_MAX_RPS = 30_000;

/**
 * Signs `count` distinct DescribeTaskAttribute requests: every request needs its own nonce, and signing
 * inside the load generator would measure the generator, not the server. Called when the pool runs short.
 */
async function presign(url, taskId, count) {
  const origin = new URL(url).origin;
  const call = {
    action: "DescribeTaskAttribute",
    version: "2014-05-26",
    // GET, as in S1: the same request, only signed.
    method: "GET",
    parameters: [
      ["RegionId", "cn-hangzhou"],
      ["TaskId", taskId],
    ],
  };
  const signed = [];
  for (let i = 0; i < count; i += 500) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(500, count - i) }, () =>
        signRpcRequest(call, {
          origin,
          credentials: KEY,
          signatureVersion: "v3",
          date: new Date(),
          nonce: createNonce(),
        }),
      ),
    );
    signed.push(...batch);
  }
  return signed.map((request) => ({
    method: request.method,
    path: request.url.slice(origin.length),
    headers: request.headers,
  }));
}

/** S2: verify mode with pre-signed V3 requests, against S1's server (auth off) answering the same request. */
export async function rowS2({ rounds, seconds }) {
  const subject = await startReferenceServer([
    "--auth",
    "verify",
    "--access-key",
    `${KEY.accessKeyId}:${KEY.accessKeySecret}`,
  ]);
  const unsigned = await startReferenceServer();
  try {
    const taskId = await createSignedTask(subject.url);
    const signed = new OneShotRequests((count) => presign(subject.url, taskId, count));
    const result = await interleave(rounds, {
      verify: ({ warmup }) =>
        measureHttpOneShot({
          url: subject.url,
          pool: signed,
          durationSeconds: warmup ? WARMUP_SECONDS : seconds,
          maxRps: S2_MAX_RPS,
        }),
      authOff: httpSide({ url: unsigned.url, path: describePath(await createTask(unsigned.url)) }, seconds),
    });
    return {
      id: "S2",
      figures: { ...result, signed: signed.made },
      checks: [
        {
          what: "verify-mode throughput / S1's server (auth off)",
          value: result.verify.rps / result.authOff.rps,
          target: ">= 0.5",
        },
      ],
      errors: result.verify.errors + result.verify.non2xx + result.authOff.errors + result.authOff.non2xx,
    };
  } finally {
    await Promise.all([subject.stop(), unsigned.stop()]);
  }
}

async function createSignedTask(url) {
  const origin = new URL(url).origin;
  const request = await signRpcRequest(
    {
      action: "ExportImage",
      version: "2014-05-26",
      method: "POST",
      parameters: [
        ["ImageId", "m-bp67acfmxazb4p0000"],
        ["OSSBucket", "bench-bucket"],
        ["RegionId", "cn-hangzhou"],
      ],
    },
    { origin, credentials: KEY, signatureVersion: "v3", date: new Date(), nonce: createNonce() },
  );
  const response = await fetch(request.url, { method: request.method, headers: request.headers });
  const body = await response.json();
  if (!response.ok) {
    throw new Error(`signed ExportImage failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.TaskId;
}

/** An ExportImage task record for the store-level measurement, the n-th since `t0`. */
function benchRecord(n, t0) {
  return {
    accountId: "default",
    regionId: "cn-hangzhou",
    taskId: benchTaskId(n),
    taskAction: "ExportImage",
    resourceId: benchImageId(n),
    details: { kind: "export", ossBucket: "bench-bucket", ossPrefix: undefined, imageFormat: "raw" },
    createdAtMs: t0 + n,
    queuedMs: 3_000,
    durationMs: 57_000,
    fate: { outcome: "finish" },
    cancelledAtMs: null,
  };
}

/**
 * Durable creations per second into a new SQLite file, `inFlight` at a time: 1 is a caller that waits for
 * each commit; 32 is what a server under 32 connections sees, where the store commits them in groups.
 */
async function storeCreationsPerSecond(file, creations, inFlight) {
  const persistence = openSqlitePersistence(file);
  try {
    const t0 = Date.now();
    const startedAt = performance.now();
    for (let i = 0; i < creations; i += inFlight) {
      const batch = [];
      for (let n = i; n < Math.min(i + inFlight, creations); n += 1) {
        batch.push(persistence.store.insert(benchRecord(n, t0)));
      }
      await Promise.all(batch);
    }
    return (creations * 1000) / (performance.now() - startedAt);
  } finally {
    persistence.close();
  }
}

/** T2: durable creations per second into the SQLite store, and S1 throughput on SQLite against in memory. */
export async function rowT2({ rounds, seconds, creations = 20_000 }) {
  const dir = await mkdtemp(join(tmpdir(), "ecs-bench-sqlite-"));
  try {
    const creationsPerSecond = await storeCreationsPerSecond(join(dir, "insert-rate.db"), creations, 1);
    const concurrentCreationsPerSecond = await storeCreationsPerSecond(
      join(dir, "insert-rate-32.db"),
      creations,
      32,
    );

    const sqlite = await startReferenceServer(["--db", join(dir, "server.db")]);
    const memory = await startReferenceServer();
    try {
      const sqlitePath = describePath(await createTask(sqlite.url));
      const memoryPath = describePath(await createTask(memory.url));
      // The same calls on the in-memory store, interleaved: what the HTTP path allows without a database.
      const creationLoad = await interleave(rounds, {
        sqlite: httpSide({ url: sqlite.url, path: EXPORT_IMAGE_PATH }, seconds),
        memory: httpSide({ url: memory.url, path: EXPORT_IMAGE_PATH }, seconds),
      });
      const result = await interleave(rounds, {
        sqlite: httpSide({ url: sqlite.url, path: sqlitePath }, seconds),
        memory: httpSide({ url: memory.url, path: memoryPath }, seconds),
      });
      return {
        id: "T2",
        figures: {
          creationsPerSecond,
          concurrentCreationsPerSecond,
          httpCreations: creationLoad.sqlite,
          httpCreationsInMemory: creationLoad.memory,
          ...result,
        },
        checks: [
          { what: "durable creations per second (store)", value: creationsPerSecond, target: ">= 5000" },
          {
            what: "durable ExportImage calls per second (HTTP, 32 connections)",
            value: creationLoad.sqlite.rps,
            target: ">= 5000",
          },
          {
            what: "S1 throughput, SQLite / in memory",
            value: result.sqlite.rps / result.memory.rps,
            target: ">= 0.7",
          },
        ],
        errors:
          result.sqlite.errors +
          result.sqlite.non2xx +
          creationLoad.sqlite.errors +
          creationLoad.sqlite.non2xx,
      };
    } finally {
      await Promise.all([sqlite.stop(), memory.stop()]);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
