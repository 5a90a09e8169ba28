// Node, Bun and Deno run this bundle as a script: the results go to stdout as one line of JSON.
import { checkTarget } from "./check-target.js";
import { runClientChecks } from "./client-checks.js";

console.log(JSON.stringify(await runClientChecks(checkTarget)));
