import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { type ListeningServer, listen } from "../src/listen.js";
import { isPlainPath, pathOfTarget } from "../src/wire/plain-path.js";

type Json = Record<string, unknown>;

const TOKEN = "spellings-operator-token";

/** Other spellings of `/_reference/reset` (and of the prefix), as a proxy's prefix rule would not see them. */
const RESET_SPELLINGS = [
  "/%2e%2e/_reference/reset",
  "/%2E%2E/_reference/reset",
  "/./_reference/reset",
  "/../_reference/reset",
  "/x/../_reference/reset",
  "//_reference/reset",
  "/_reference//reset",
  "/_reference/./reset",
  "/_reference/%2e/reset",
  "/_reference/%2e%2e/_reference/reset",
  "/_reference/clock/../reset",
  "/_reference%2Freset",
  "/_reference%2freset",
  "/_reference%5Creset",
  "/_r%65ference/reset",
  "/_reference/r%65set",
  "/_reference/reset%2e",
  "/_reference/reset#",
  "/_reference/reset/.",
  "/_reference/reset/..",
  "http://127.0.0.1/%2e%2e/_reference/reset",
  "http://127.0.0.1//_reference/reset",
];
// The Node adapter cannot make a URL of a backslash in the path: `listen` answers them before the app.
const BACKSLASH_SPELLINGS = ["/_reference\\reset", "/\\_reference/reset", "/_reference/clock\\..\\reset"];

interface RawAnswer {
  status: number;
  body: string;
}

/** Sends a request line exactly as written: fetch and every URL parser would resolve the spelling first. */
function rawRequest(
  port: number,
  method: string,
  target: string,
  headers: string[] = [],
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => {
      socket.write(
        [
          `${method} ${target} HTTP/1.1`,
          `Host: 127.0.0.1:${port}`,
          "Content-Length: 0",
          "Connection: close",
          ...headers,
          "",
          "",
        ].join("\r\n"),
      );
    });
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      text += chunk;
    });
    socket.on("end", () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
      resolve({ status, body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
    socket.on("error", reject);
  });
}

describe.each([
  { name: "without a control token", controlToken: undefined, headers: [] as string[] },
  {
    name: "with a control token, sent along",
    controlToken: TOKEN,
    headers: [`Authorization: Bearer ${TOKEN}`],
  },
])("a listening server $name", ({ controlToken, headers }) => {
  let server: ListeningServer;
  beforeAll(async () => {
    // app.fetch itself, so that Node's listener hands the app the request target as sent.
    server = await listen(createApp({ seed: "spellings", controlToken }).fetch, { port: 0 });
    const armed = await fetch(`${server.url}/_reference/faults`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ action: "DescribeTasks", error: "Throttling", times: 1 }),
    });
    expect(armed.status).toBe(201);
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers every other spelling of a control path as an unknown ECS path, and runs no route", async () => {
    for (const target of RESET_SPELLINGS) {
      for (const method of ["POST", "GET"]) {
        const answer = await rawRequest(server.port, method, target, headers);
        expect(answer.status, `${method} ${target}`).toBe(404);
        expect((JSON.parse(answer.body) as Json).Code, `${method} ${target}`).toBe("InvalidAction.NotFound");
      }
    }
    for (const target of BACKSLASH_SPELLINGS) {
      const answer = await rawRequest(server.port, "POST", target, headers);
      expect(answer.status, target).toBe(404);
      expect((JSON.parse(answer.body) as Json).Code, target).toBe("InvalidAction.NotFound");
    }
    for (const target of ["/%2e%2e/_reference/requests", "//_reference/requests", "/_reference/%72equests"]) {
      const answer = await rawRequest(server.port, "GET", target, headers);
      expect(answer.status, target).toBe(404);
      expect(answer.body).not.toContain("requests");
    }
    for (const target of ["/_reference/clock/../clock/advance", "/_reference/clock%2Fadvance"]) {
      expect((await rawRequest(server.port, "POST", target, headers)).status, target).toBe(404);
    }
    // The fault armed before is still there: no spelling reached reset.
    const faults = await rawRequest(server.port, "GET", "/_reference/faults", headers);
    expect(faults.status).toBe(200);
    expect((JSON.parse(faults.body) as { faults: Json[] }).faults).toHaveLength(1);
  });

  it("routes the plain spellings: the control API, the ECS endpoint and the docs", async () => {
    expect((await rawRequest(server.port, "GET", "/_reference/clock", headers)).status).toBe(200);
    expect((await rawRequest(server.port, "GET", "/_reference/", headers)).status).toBe(200);
    expect(
      (await rawRequest(server.port, "GET", "/?Action=DescribeRegions&Version=2014-05-26&Format=JSON&x=/../"))
        .status,
    ).toBe(200);
    expect((await rawRequest(server.port, "GET", "/openapi.yaml")).status).toBe(200);
    const unknown = await rawRequest(server.port, "DELETE", "/_reference/faults/fault%20404", headers);
    expect(unknown.status).toBe(404);
    expect((JSON.parse(unknown.body) as Json).message).toContain("fault 404");
  });
});

/** The URL a client would build from a spelling (`new URL(path, base)` would read `//x` as a host). */
function absolute(spelling: string): string {
  return spelling.startsWith("/") ? `http://127.0.0.1${spelling}` : spelling;
}

describe("in process", () => {
  it("refuses every spelling a web Request keeps, with or without a token", async () => {
    for (const controlToken of [undefined, TOKEN]) {
      const app = createApp({ seed: "spellings-in-process", controlToken });
      const authorization = { authorization: `Bearer ${TOKEN}` };
      const armed = await app.request("/_reference/faults", {
        method: "POST",
        headers: authorization,
        body: JSON.stringify({ action: "DescribeTasks", error: "Throttling", times: 1 }),
      });
      expect(armed.status).toBe(201);
      let kept = 0;
      for (const spelling of [...RESET_SPELLINGS, ...BACKSLASH_SPELLINGS]) {
        const request = new Request(absolute(spelling), { method: "POST", headers: authorization });
        // What the URL standard already resolved (`/./`, `/%2e%2e/`, a `\` before the path) is, to any
        // runtime's server, a request for the path it resolved to.
        if (isPlainPath(pathOfTarget(request.url))) {
          continue;
        }
        kept++;
        const response = await app.fetch(request);
        expect(response.status, spelling).toBe(404);
        expect(((await response.json()) as Json).Code).toBe("InvalidAction.NotFound");
      }
      // `//`, `%2F`, `%5C`, `%65`, `#` and the backslashes that become `//` survive a URL parser.
      expect(kept).toBeGreaterThanOrEqual(10);
      const faults = await app.request("/_reference/faults", { headers: authorization });
      expect(((await faults.json()) as { faults: Json[] }).faults).toHaveLength(1);
    }
  });

  it("without the token, even a spelling the URL standard resolves meets the guard", async () => {
    const app = createApp({ seed: "spellings-guarded", controlToken: TOKEN });
    for (const spelling of RESET_SPELLINGS) {
      const response = await app.fetch(
        new Request(new URL(spelling, "http://127.0.0.1"), { method: "POST" }),
      );
      expect([401, 404], spelling).toContain(response.status);
    }
  });
});
