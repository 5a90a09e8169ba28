// T1: a million tasks in the in-memory store: memory, DescribeTaskAttribute throughput against a thousand
// tasks, and the latency of a DescribeTasks page filtered by status.
import { fileURLToPath } from "node:url";
import { benchTaskId, describePath } from "../lib/bench-ids.mjs";
import { rssMegabytes, startChildServer } from "../lib/child-server.mjs";
import { httpSide, interleave, measureHttp } from "../lib/http-load.mjs";

const prefilled = fileURLToPath(new URL("../subjects/prefilled-server.mjs", import.meta.url));

function start(count) {
  return startChildServer(process.execPath, ["--expose-gc", prefilled, String(count)], {
    timeoutMs: 300_000,
  });
}

const describePage = (pageNumber) =>
  `/?${new URLSearchParams({
    Action: "DescribeTasks",
    Version: "2014-05-26",
    Format: "JSON",
    RegionId: "cn-hangzhou",
    TaskStatus: "Finished",
    PageSize: "100",
    PageNumber: String(pageNumber),
  })}`;

/** T1 with `large` tasks (1,000,000 by default) against `small` (1,000). */
export async function rowT1({ rounds, seconds, large = 1_000_000, small = 1_000 }) {
  const startedAt = Date.now();
  const big = await start(large);
  const fillSeconds = (Date.now() - startedAt) / 1000;
  const rssAfterFill = await rssMegabytes(big.pid);
  const little = await start(small);
  try {
    const throughput = await interleave(rounds, {
      large: httpSide({ url: big.url, path: describePath(benchTaskId(large - 7)) }, seconds),
      small: httpSide({ url: little.url, path: describePath(benchTaskId(small - 7)) }, seconds),
    });
    const firstPage = await measureHttp({
      url: big.url,
      path: describePage(1),
      connections: 4,
      durationSeconds: seconds,
    });
    const deepPage = await measureHttp({
      url: big.url,
      path: describePage(4_000),
      connections: 4,
      durationSeconds: seconds,
    });
    const rssAfterLoad = await rssMegabytes(big.pid);
    return {
      id: "T1",
      figures: { fillSeconds, rssAfterFill, rssAfterLoad, throughput, firstPage, deepPage },
      checks: [
        {
          what: `RSS with ${large} tasks (MB)`,
          value: Math.max(rssAfterFill ?? 0, rssAfterLoad ?? 0),
          target: "<= 600",
        },
        {
          what: `throughput at ${large} / at ${small} tasks`,
          value: throughput.large.rps / throughput.small.rps,
          target: ">= 0.9",
        },
        { what: "DescribeTasks page 1 (status filter) p99 ms", value: firstPage.p99, target: "<= 20" },
        { what: "DescribeTasks page 4000 (status filter) p99 ms", value: deepPage.p99, target: "<= 20" },
      ],
      errors: throughput.large.errors + throughput.large.non2xx + firstPage.non2xx + deepPage.non2xx,
    };
  } finally {
    await Promise.all([big.stop(), little.stop()]);
  }
}
