// S1 (reference server vs the bare stack) and S3 (reference server vs Prism's mock of our spec).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describePath, EXPORT_IMAGE_PATH } from "../lib/bench-ids.mjs";
import { startChildServer } from "../lib/child-server.mjs";
import { httpSide, interleave } from "../lib/http-load.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const serverBin = `${repo}apps/reference-server/dist/main.js`;
/** The S1 and S4 baseline: the bare stack answering the same fixed JSON. */
export const bareHonoPath = fileURLToPath(new URL("../baselines/bare-hono.mjs", import.meta.url));
const prismBin = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));

/** Starts the built reference server on a free port. */
export function startReferenceServer(extraArgs = [], env = {}) {
  if (!existsSync(serverBin)) {
    throw new Error(`${serverBin} is missing: run \`pnpm build\` first`);
  }
  return startChildServer(process.execPath, [serverBin, "--port", "0", ...extraArgs], { env });
}

/** Creates one ExportImage task over HTTP and returns its id. */
export async function createTask(url) {
  const response = await fetch(`${url}${EXPORT_IMAGE_PATH}`);
  const body = await response.json();
  if (!response.ok || typeof body.TaskId !== "string") {
    throw new Error(`ExportImage failed: ${response.status} ${JSON.stringify(body)}`);
  }
  return body.TaskId;
}

/** S1: DescribeTaskAttribute over keep-alive, 32 connections, auth off, against the bare Hono app. */
export async function rowS1({ rounds, seconds }) {
  const subject = await startReferenceServer();
  const baseline = await startChildServer(process.execPath, [bareHonoPath]);
  try {
    const path = describePath(await createTask(subject.url));
    const result = await interleave(rounds, {
      reference: httpSide({ url: subject.url, path }, seconds),
      bare: httpSide({ url: baseline.url, path }, seconds),
    });
    return {
      id: "S1",
      figures: result,
      checks: [
        { what: "throughput / bare Hono", value: result.reference.rps / result.bare.rps, target: ">= 0.75" },
        {
          what: "p99 latency / bare Hono",
          value: result.reference.p99 / Math.max(result.bare.p99, 1),
          target: "<= 1.5",
        },
      ],
      errors: result.reference.errors + result.reference.non2xx,
    };
  } finally {
    await Promise.all([subject.stop(), baseline.stop()]);
  }
}

/** S3: the same request against Prism's mock of our spec (Prism routes on the path key, so `#` is escaped). */
export async function rowS3({ rounds, seconds }) {
  const subject = await startReferenceServer();
  const prism = await startChildServer(
    prismBin,
    [
      "mock",
      "--host",
      "127.0.0.1",
      "--port",
      String(4600 + Math.floor(Math.random() * 300)),
      `${repo}openapi/openapi.yaml`,
    ],
    { match: /Prism is listening on (http:\/\/127\.0\.0\.1:\d+)/ },
  );
  try {
    const taskId = await createTask(subject.url);
    const query = describePath(taskId).slice(1);
    // Prism enforces the declared security schemes; any Authorization value satisfies its check.
    const headers = { authorization: "ACS3-HMAC-SHA256 Credential=bench,SignedHeaders=host,Signature=0" };
    const result = await interleave(rounds, {
      reference: httpSide({ url: subject.url, path: `/${query}` }, seconds),
      prism: httpSide({ url: prism.url, path: `/%23Action=DescribeTaskAttribute${query}`, headers }, seconds),
    });
    return {
      id: "S3",
      figures: result,
      checks: [
        { what: "throughput / Prism", value: result.reference.rps / result.prism.rps, target: ">= 10" },
      ],
      errors: result.prism.errors + result.prism.non2xx,
    };
  } finally {
    await Promise.all([subject.stop(), prism.stop()]);
  }
}
