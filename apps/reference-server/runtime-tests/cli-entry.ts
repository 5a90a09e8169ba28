// Bun, Deno and Node run this bundle as a script: the results go to stdout as one line of JSON.
import { runAppChecks } from "./app-checks.js";

console.log(JSON.stringify(await runAppChecks()));
