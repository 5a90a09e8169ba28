import { createApp, type ReferenceServerOptions } from "../../src/app.js";
import { type ListeningServer, listen } from "../../src/listen.js";
import { readRpcRequest } from "../../src/wire/rpc-request.js";
import { documentedResponse, expectDocumentedResponse } from "./spec-validator.js";

/** A live server that also checks every ECS answer it gives against the spec. */
export interface CheckedServer extends ListeningServer {
  /** Answers that did not validate, with the reason; a test asserts this stays empty. */
  readonly violations: string[];
  /** How many ECS answers were checked. */
  readonly checked: () => number;
}

/**
 * Starts the app on a real socket at 127.0.0.1 (a port the OS picks). Each answer to an ECS request is
 * validated against the spec for its action, method and status on the way out.
 */
export async function startLiveServer(options: ReferenceServerOptions = {}): Promise<CheckedServer> {
  const app = createApp(options);
  const violations: string[] = [];
  let checked = 0;
  const server = await listen(
    async (request) => {
      const url = new URL(request.url);
      const probe =
        url.pathname === "/" ? await readRpcRequest(request.clone(), { maxBodyBytes: 1 << 20 }) : undefined;
      const response = await app.fetch(request);
      const action = probe?.action;
      if (action !== undefined && probe !== undefined) {
        checked++;
        // An unknown action gets a common error, which the spec lists under every operation alike.
        const specAction = documentedResponse(action, 200) === undefined ? "DescribeRegions" : action;
        await expectDocumentedResponse(response.clone(), specAction).catch((error: unknown) => {
          violations.push(`${probe.method} ${action} → ${response.status}: ${String(error)}`);
        });
      }
      return response;
    },
    { host: "127.0.0.1", port: 0 },
  );
  return { ...server, violations, checked: () => checked };
}
