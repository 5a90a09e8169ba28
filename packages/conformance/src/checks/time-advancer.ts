import type { CheckContext } from "./check.js";

/** Moves time forward between two observations of a task: the target's clock when it can, else real time. */
export interface TimeAdvancer {
  /** Lets time pass; false once the run may not wait any longer. */
  advance(): Promise<boolean>;
  /** How much time has passed, in words, for failure messages. */
  elapsed(): string;
  /** Gives the clock back as it was found. */
  close(): Promise<void>;
}

const FIRST_STEP_MS = 1000;
const MAX_STEP_MS = 6 * 60 * 60 * 1000;
// Doubling from 1 s, 40 steps reach far past any task a server plans (weeks of simulated time).
const MAX_STEPS = 40;

/**
 * Starts a timeline; with the control API the clock is frozen until {@link TimeAdvancer.close}, which puts it
 * back as the run found it (a server that verifies timestamps then accepts the next requests).
 */
export async function startTimeAdvancer(context: CheckContext): Promise<TimeAdvancer> {
  const control = context.control;
  if (control !== undefined) {
    await control.freezeClock();
    let step = FIRST_STEP_MS;
    let steps = 0;
    let simulated = 0;
    return {
      async advance() {
        if (steps >= MAX_STEPS) {
          return false;
        }
        await control.advanceClock(step);
        simulated += step;
        steps += 1;
        step = Math.min(step * 2, MAX_STEP_MS);
        return true;
      },
      elapsed: () => `${Math.round(simulated / 1000)} s of the target's clock (control API)`,
      close: () => control.restoreClock(),
    };
  }
  const started = context.now();
  return {
    async advance() {
      if (context.now() - started >= context.limits.lifecycleTimeoutMs) {
        return false;
      }
      await context.sleep(context.limits.pollIntervalMs);
      return true;
    },
    elapsed: () => `${Math.round((context.now() - started) / 1000)} s (no control API: real time)`,
    close: async () => undefined,
  };
}
