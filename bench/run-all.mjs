#!/usr/bin/env node
// `pnpm bench`: every row of the benchmark table, each against its baseline in the same run, printed as
// ratios against the targets. `BENCH_QUICK=1` shortens every measurement (for a smoke run, not for figures);
// `BENCH_ROWS=S1,C1` runs only some rows. The full figures go to bench/results/latest.json.
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { rowC1, rowC2 } from "./rows/client.mjs";
import { rowS4 } from "./rows/cold-start.mjs";
import { rowS1, rowS3 } from "./rows/server-http.mjs";
import { rowS2, rowT2 } from "./rows/signed-and-stored.mjs";
import { rowT1 } from "./rows/task-scale.mjs";
import { rowW1 } from "./rows/waiter.mjs";

const quick = process.env.BENCH_QUICK === "1";
const settings = quick
  ? { rounds: 1, seconds: 1, calls: 300, callRounds: 1, large: 100_000, creations: 2_000, spawns: 3 }
  : { rounds: 3, seconds: 5, callRounds: 7, spawns: 15 };
const rows = {
  S1: () => rowS1(settings),
  S2: () => rowS2(settings),
  S3: () => rowS3(settings),
  S4: () => rowS4(settings),
  T1: () => rowT1(settings),
  T2: () => rowT2(settings),
  C1: () => rowC1(settings),
  C2: () => rowC2(settings),
  W1: () => rowW1(settings),
};
const selected = process.env.BENCH_ROWS ? process.env.BENCH_ROWS.split(",") : Object.keys(rows);

function meets(value, target) {
  const [operator, limit] = target.split(" ");
  return operator === ">=" ? value >= Number(limit) : value <= Number(limit);
}

const startedAt = Date.now();
const results = [];
let missed = 0;
for (const id of selected) {
  const row = rows[id];
  if (!row) {
    throw new Error(`no benchmark row ${id}; rows: ${Object.keys(rows).join(", ")}`);
  }
  process.stdout.write(`${id} ... `);
  const rowStartedAt = Date.now();
  const result = await row();
  result.seconds = (Date.now() - rowStartedAt) / 1000;
  results.push(result);
  if (result.skipped) {
    console.log(`not run: ${result.skipped}`);
    continue;
  }
  console.log(
    `${result.seconds.toFixed(0)} s${result.errors > 0 ? ` (${result.errors} errors or non-2xx answers during load!)` : ""}`,
  );
  for (const check of result.checks) {
    const ok = meets(check.value, check.target);
    missed += ok ? 0 : 1;
    console.log(
      `  ${ok ? "ok  " : "MISS"} ${check.what}: ${check.value.toFixed(3)} (target ${check.target})`,
    );
  }
}
const seconds = (Date.now() - startedAt) / 1000;
console.log(
  `\n${results.length} rows in ${seconds.toFixed(0)} s; ${missed} targets missed${quick ? " (quick run: figures not comparable)" : ""}`,
);
await mkdir(new URL("./results/", import.meta.url), { recursive: true });
await writeFile(
  new URL("./results/latest.json", import.meta.url),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        node: process.version,
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGB: totalmem() / 2 ** 30,
      },
      quick,
      seconds,
      results,
    },
    null,
    2,
  )}\n`,
);
