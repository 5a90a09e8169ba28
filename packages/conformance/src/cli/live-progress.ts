// Progress for a terminal: a line per finished check, and below them one line, rewritten in place, that says
// what the checks still running are waiting for (tasks watched in real time can take minutes).
import { formatProgress } from "../report/pretty-reporter.js";
import type { ProgressEvent } from "../run/run-conformance.js";

const CLEAR_LINE = "\r\u001b[2K";

/** Writes progress events as lines; on a terminal, also keeps a status line of what is being waited for. */
export function createProgressWriter(
  write: (text: string) => void,
  terminal: { isTTY: boolean; columns?: number | undefined; now?: () => number },
): { onProgress(event: ProgressEvent): void; finish(): void } {
  const waits = new Map<string, string>();
  const now = terminal.now ?? Date.now;
  let firstWaitMs: number | undefined;
  let shown = false;

  const statusLine = (): string => {
    const elapsed = firstWaitMs === undefined ? 0 : Math.round((now() - firstWaitMs) / 1000);
    const text = `⧗ waiting ${elapsed} s for ${waits.size} check${waits.size === 1 ? "" : "s"}: ${[...waits.values()].join(" · ")}`;
    const width = Math.max(20, (terminal.columns ?? 100) - 1);
    return text.length > width ? `${text.slice(0, width - 1)}…` : text;
  };
  const clear = () => {
    if (shown) {
      write(CLEAR_LINE);
      shown = false;
    }
  };
  const redraw = () => {
    if (terminal.isTTY && waits.size > 0) {
      write(`${CLEAR_LINE}${statusLine()}`);
      shown = true;
    }
  };

  return {
    onProgress(event) {
      if (event.type === "waiting") {
        firstWaitMs ??= now();
        waits.set(event.id, event.what);
        redraw();
        return;
      }
      if (event.type === "check-end") {
        waits.delete(event.result.id);
      }
      const line = formatProgress(event);
      if (line !== undefined) {
        clear();
        write(line);
        redraw();
      }
    },
    finish: clear,
  };
}
