#!/usr/bin/env node
// `pnpm reliability`: the reference server on a bad day. A crash under load, a full disk, a slow client and a
// bounded soak, against the built server; the figures go to RELIABILITY.md. The full-disk test mounts a
// tmpfs, so the run needs root. `--soak-seconds N` changes the soak's length (default 150) for a quick look.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { crashRound, fullDisk, slowClient, soak } from "./scenarios.mjs";

const report = fileURLToPath(new URL("../../RELIABILITY.md", import.meta.url));
const soakFlag = process.argv.indexOf("--soak-seconds");
const soakMs = 1000 * (soakFlag === -1 ? 150 : Number(process.argv[soakFlag + 1]));
if (!(soakMs > 0)) {
  throw new Error("--soak-seconds takes a positive number of seconds");
}
const dir = mkdtempSync(join(tmpdir(), "reliability-"));
const runStartedAt = performance.now();
const failures = [];

function check(condition, what) {
  if (!condition) {
    failures.push(what);
  }
}

const fmt = (n, digits = 0) =>
  n === undefined || Number.isNaN(n) ? "–" : n.toLocaleString("en", { maximumFractionDigits: digits });

try {
  console.log("reliability: crash under load (3 rounds, SIGKILL at 64 connections)");
  const crashes = [];
  for (const [round, killAfterMs] of [
    [1, 1_500],
    [2, 3_000],
    [3, 4_500],
  ]) {
    const result = await crashRound(dir, round, killAfterMs);
    console.log(`  round ${round}: ${result.acknowledged} acknowledged, ${result.lost} lost`);
    crashes.push(result);
    check(result.lost === 0 && result.cancelsLost === 0, `crash round ${round} lost acknowledged writes`);
    check(result.acknowledged > 0, `crash round ${round} acknowledged nothing`);
  }

  console.log("reliability: full disk (tmpfs)");
  const disk = await fullDisk(dir);
  console.log(`  ${disk.acknowledged} acknowledged, ${disk.refused} refused, lost ${disk.lostAfterKill}`);
  check(disk.refused > 0, "the disk never filled");
  check(disk.lostAfterKill === 0 && disk.lostAfterRestart === 0, "the full disk lost acknowledged writes");
  check(disk.stackLines === 0, "the full disk logged unexpected errors");
  check(
    disk.failingLines >= 1 && disk.failingLines <= disk.recoveredLines + 1,
    "storage failing not logged once",
  );
  check(disk.readOnlyBanner, "the restart on a full disk did not say it is read-only");
  check(disk.writeWhileFull.startsWith("503 ServiceUnavailable"), "a write on the full disk was not refused");
  check(disk.writeAfterSpace.startsWith("200"), "no write succeeded once space returned");
  check(disk.recoveredAfterSpace === 1, "recovery not logged once");
  check(disk.cleanExit === 0, "the server did not stop cleanly after recovering");

  console.log(`reliability: soak (${soakMs / 1000} s) and a slow client, side by side`);
  const [soaked, slow] = await Promise.all([soak(dir, soakMs), slowClient()]);
  console.log(`  slow client: ${slow.outcome} after ${slow.seconds} s`);
  const steady = soaked.samples.filter((s) => s.seconds >= 20);
  const rssGrowth = steady.length >= 2 ? (steady.at(-1)?.rssMb ?? 0) - (steady[0]?.rssMb ?? 0) : Number.NaN;
  check(!soaked.answers.includes(" 500 "), "the soak got a 500");

  const runSeconds = Math.round((performance.now() - runStartedAt) / 1000);
  const cpu = cpus();
  const lines = [
    "# Reliability",
    "",
    "`pnpm reliability` builds the server and runs it as a child process (`node apps/reference-server/dist/main.js`)",
    "through four tests of a bad day, then rewrites this file. It needs root (the full-disk test mounts a tmpfs).",
    "The load comes from `fetch` in the same process, keep-alive connections, unsigned GET calls (`--auth off`).",
    "Decision 0033 says what the server promises; the figures below are from one run after the last change.",
    "",
    "## Machine",
    "",
    `${cpu.length} cores (${cpu[0]?.model ?? "unknown"}), ${fmt(totalmem() / 1024 ** 3, 1)} GB, Node ${process.versions.node}, ${process.platform}; other sessions shared the machine. Run on ${new Date().toISOString().slice(0, 10)}, ${runSeconds} s in all.`,
    "",
    "## Crash under load (SIGKILL)",
    "",
    "64 connections create tasks (ExportImage; one call in eight is a CancelTask of a task created earlier) on a",
    "`--db` server until it is killed with SIGKILL; a new server on the same file is then asked for every",
    "acknowledged task (DescribeTaskAttribute): a creation answered 200 must be there, a cancellation answered 200",
    "must read back `Failed` (decision 0038). _Stored_ counts every task in the file, acknowledged or not (a commit whose answer",
    "the kill cut off).",
    "",
    "| round | killed after | calls sent | creations acknowledged | cancellations acknowledged | lost | stored | restart |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...crashes.map(
      (r) =>
        `| ${r.round} | ${fmt(r.killAfterMs / 1000, 1)} s | ${fmt(r.sent)} | ${fmt(r.acknowledged)} | ${fmt(r.cancelled)} | ${fmt(r.lost + r.cancelsLost)} | ${fmt(r.stored)} | ${fmt(r.restartMs)} ms |`,
    ),
    "",
    ...crashes.map((r) => `- Round ${r.round} answers: ${r.answers}.`),
    "",
    "## Full disk",
    "",
    `The database on a ${disk.sizeMb} MB tmpfs, ${disk.ballastMb} MB of it taken by a ballast file. 64 connections`,
    "create and cancel as above until 2 s after the first `ServiceUnavailable`; the server is killed (SIGKILL) on",
    "the full disk, whatever bytes it left free are taken by a second file, and it is started again on the",
    "disk; both files are deleted (space returns); the server is stopped (SIGTERM) and started a third time.",
    "",
    "| what | figure |",
    "| --- | --- |",
    `| disk full after | ${fmt(disk.fullAfterSeconds, 1)} s, ${fmt(disk.acknowledged)} creations and ${fmt(disk.cancelled)} cancellations acknowledged |`,
    `| answers under load | ${disk.answers} |`,
    `| largest WAL | ${fmt(disk.maxWalMb, 1)} MB |`,
    `| a control API write (clock/advance) after the restart on the full disk | ${disk.controlWhileFull} |`,
    `| log lines: "storage failing" / "storage recovered" / "unexpected error" | ${disk.failingLines} / ${disk.recoveredLines} / ${disk.stackLines} |`,
    `| restart on the full disk (after SIGKILL) | listening in ${fmt(disk.restartOnFullDiskMs)} ms; says read-only: ${disk.readOnlyBanner ? "yes" : "no"} |`,
    `| acknowledged writes lost, after the kill on the full disk | ${disk.lostAfterKill} |`,
    `| a creation while full / once space returned | ${disk.writeWhileFull} / ${disk.writeAfterSpace} |`,
    `| "storage recovered" lines once space returned | ${disk.recoveredAfterSpace} |`,
    `| SIGTERM after recovery (exit code) | ${disk.cleanExit} |`,
    `| acknowledged writes lost, after the third start | ${disk.lostAfterRestart} |`,
    "",
    "## Slow client",
    "",
    "One connection sends a request head one byte a second and never ends it (an in-memory server, while the",
    `soak runs on another): how long the server keeps it. The test gives up after ${slow.capSeconds} s.`,
    "",
    "| outcome | after | bytes sent | server's answer |",
    "| --- | ---: | ---: | --- |",
    `| ${slow.outcome} | ${fmt(slow.seconds, 1)} s | ${slow.sentBytes} | ${slow.answer} |`,
    "",
    "## Soak",
    "",
    `${fmt(soakMs / 1000)} s of mixed load on a \`--db\` server, 32 connections: 40 % ExportImage, 40 % DescribeTaskAttribute`,
    "of a created task, 10 % DescribeTasks (10 a page), 10 % CancelTask. The server's RSS (`/proc/<pid>/status`)",
    "every 10 s.",
    "",
    "| time | RSS | calls answered | tasks created | WAL |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...soaked.samples.map(
      (s) =>
        `| ${s.seconds} s | ${fmt(s.rssMb, 1)} MB | ${fmt(s.calls)} | ${fmt(s.tasks)} | ${fmt(s.walMb, 1)} MB |`,
    ),
    "",
    `RSS from 20 s to the end: ${rssGrowth >= 0 ? "+" : ""}${fmt(rssGrowth, 1)} MB. Answers: ${soaked.answers}. Lines on standard error: ${soaked.stderrLines}.`,
    "",
    "## Checks",
    "",
    failures.length === 0
      ? "Every check of the run passed (no acknowledged write lost, every refusal the documented `ServiceUnavailable`, one log line per change of state, a start on a full disk, recovery once space returned, no 500 in the soak)."
      : `Failed: ${failures.join("; ")}.`,
    "",
  ];
  writeFileSync(report, lines.join("\n"));
  // Biome lays the tables out as `pnpm lint` expects them.
  execFileSync(
    process.execPath,
    [
      fileURLToPath(new URL("../../node_modules/@biomejs/biome/bin/biome", import.meta.url)),
      "format",
      "--write",
      report,
    ],
    { stdio: "ignore" },
  );
  console.log(`reliability: wrote RELIABILITY.md (${runSeconds} s)`);
  if (failures.length > 0) {
    console.error(`reliability: FAILED: ${failures.join("; ")}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
