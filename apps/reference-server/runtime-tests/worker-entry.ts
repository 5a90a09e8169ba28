// workerd runs this bundle as a module worker: any request answers with the results as JSON.
import { runAppChecks } from "./app-checks.js";

/** The worker's fetch handler. */
export default {
  fetch: async (): Promise<Response> => Response.json(await runAppChecks()),
};
