import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";

const README = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const SAMPLE_TASK_ID = "t-68vedakl799y6qnh4d7y";

/** The README's curl commands, continuation lines joined, comments dropped. */
function curlCommands(): string[] {
  return README.replace(/\\\n\s*/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("curl "))
    .map((line) => line.replace(/\s+#.*$/, ""));
}

/** Splits a command line the way a shell does for these simple commands (quotes, no expansions). */
function words(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

describe("the README's curl commands", () => {
  it("run as written against the server: create a task, poll it, drive the control API", async () => {
    const app = createApp({ seed: "readme" });
    const commands = curlCommands();
    expect(commands.length).toBeGreaterThanOrEqual(13);
    let taskId = "";
    for (const command of commands) {
      const args = words(
        command.replaceAll("$C", "http://127.0.0.1:8080/_reference").replaceAll(SAMPLE_TASK_ID, taskId),
      );
      let method = "GET";
      let body: string | undefined;
      const headers = new Headers();
      let url = "";
      for (let i = 1; i < args.length; i++) {
        const arg = args[i] as string;
        if (arg === "-s") {
        } else if (arg === "-X") {
          method = args[++i] as string;
        } else if (arg === "-H") {
          const [name, ...value] = (args[++i] as string).split(":");
          headers.set(name as string, value.join(":").trim());
        } else if (arg === "-d") {
          body = args[++i];
          method = method === "GET" ? "POST" : method;
          headers.set("content-type", "application/x-www-form-urlencoded");
        } else {
          url = arg;
        }
      }
      expect(url.startsWith("http://127.0.0.1:8080/"), command).toBe(true);
      const response = await app.request(url.replace("http://127.0.0.1:8080", ""), { method, headers, body });
      expect(response.status, `${command} → ${response.status}`).toBeLessThan(300);
      if (url.includes("Action=ExportImage")) {
        taskId = ((await response.json()) as { TaskId: string }).TaskId;
      } else if (url.includes("TaskId=")) {
        expect(((await response.json()) as { TaskId: string }).TaskId).toBe(taskId);
      }
    }
    expect(taskId).toMatch(/^t-[0-9a-z]{20}$/);
  });
});
