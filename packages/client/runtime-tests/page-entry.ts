// Chromium runs this bundle as the module script of a page served from the reference server's origin: the
// runner reads the results from `window.clientCheckResults`.
import { checkTarget } from "./check-target.js";
import { type CheckResult, runClientChecks } from "./client-checks.js";

declare global {
  interface Window {
    clientCheckResults: Promise<CheckResult[]>;
  }
}

window.clientCheckResults = runClientChecks(checkTarget);
