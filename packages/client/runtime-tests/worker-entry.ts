// workerd runs this bundle as a module worker: any request answers with the results as JSON.
import { checkTarget } from "./check-target.js";
import { runClientChecks } from "./client-checks.js";

/** The worker's fetch handler. */
export default {
  fetch: async (): Promise<Response> => Response.json(await runClientChecks(checkTarget)),
};
