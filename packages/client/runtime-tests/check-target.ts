import type { ClientCheckTarget } from "./client-checks.js";

// The runner starts the reference server first and bundles its address in (esbuild's `define`): the one way
// to hand a value to a script, a worker and a page alike.
declare const CLIENT_CHECK_TARGET: ClientCheckTarget;

/** The reference server the checks call. */
export const checkTarget: ClientCheckTarget = CLIENT_CHECK_TARGET;
