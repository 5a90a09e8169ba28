import { loops, rpc } from "./server.mjs";

const ACCOUNTS = ["acc-reliability-a", "acc-reliability-b"];

/**
 * Creates tasks (ExportImage) on `connections` concurrent loops, one call in eight a CancelTask of a task
 * created earlier, until `until()` is true. Returns what was acknowledged (answered 200), and how every
 * other answer was made: the caller decides which of them a scenario allows. `until` sees the answers so far
 * (a map from `status Code` to a count).
 */
export async function creationLoad(url, connections, until) {
  const acknowledged = [];
  const cancelled = new Set();
  const answers = new Map();
  let sent = 0;
  const count = (key) => answers.set(key, (answers.get(key) ?? 0) + 1);
  await loops(
    connections,
    () => until(answers),
    async () => {
      const n = sent++;
      const accountId = ACCOUNTS[n % ACCOUNTS.length];
      const target = n % 8 === 7 ? acknowledged[(n * 7919) % Math.max(acknowledged.length, 1)] : undefined;
      const params =
        target === undefined
          ? {
              Action: "ExportImage",
              AccessKeyId: accountId,
              RegionId: "cn-hangzhou",
              ImageId: `m-${n}`,
              OSSBucket: "b",
            }
          : {
              Action: "CancelTask",
              AccessKeyId: target.accountId,
              RegionId: "cn-hangzhou",
              TaskId: target.taskId,
            };
      let answer;
      try {
        answer = await rpc(url, params);
      } catch {
        count("no answer (connection failed)");
        return;
      }
      if (answer.status === 200 && target !== undefined) {
        cancelled.add(target.taskId);
      } else if (answer.status === 200 && typeof answer.body.TaskId === "string") {
        acknowledged.push({ accountId, taskId: answer.body.TaskId });
      }
      count(`${answer.status} ${answer.body.Code ?? "OK"}`);
    },
  );
  return { acknowledged, cancelled, answers, sent };
}

/** `answers` as `200 OK × 812, 503 ServiceUnavailable × 40`. */
export function describeAnswers(answers) {
  return [...answers]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key} × ${n.toLocaleString("en")}`)
    .join(", ");
}
