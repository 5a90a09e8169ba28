import { IncomingMessage } from "node:http";
import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headerReaderOf } from "../src/wire/header-reader.js";

// Names the server reads, repeated and padded in every way HTTP/1.1 allows.
const RAW_REQUEST = [
  "GET /?a=1 HTTP/1.1",
  "Host: example.com",
  "Host: second.example.com",
  "X-Acs-Action: DescribeTaskAttribute",
  "x-acs-action: Again",
  "x-acs-version:    2014-05-26   ",
  "Authorization: first",
  "authorization: second",
  "X-Acs-Signature-Nonce:\tnonce\t",
  "Content-Type: application/x-www-form-urlencoded",
  "Content-Type: text/plain",
  "X-Acs-Empty:",
  "Connection: close",
  "",
  "",
].join("\r\n");

const NAMES = [
  "host",
  "x-acs-action",
  "x-acs-version",
  "authorization",
  "x-acs-signature-nonce",
  "content-type",
  "x-acs-empty",
  "x-acs-absent",
];

describe("headerReaderOf", () => {
  let server: ReturnType<typeof serve>;
  let port = 0;
  let compared: { name: string; fromNode: string | null; fromHeaders: string | null }[] = [];

  beforeAll(async () => {
    await new Promise<void>((ready) => {
      server = serve(
        {
          port: 0,
          hostname: "127.0.0.1",
          fetch: (request, env) => {
            const read = headerReaderOf(
              request,
              env.incoming instanceof IncomingMessage ? env.incoming : undefined,
            );
            compared = NAMES.map((name) => ({
              name,
              fromNode: read(name),
              fromHeaders: request.headers.get(name),
            }));
            return new Response("ok");
          },
        },
        (info) => {
          port = info.port;
          ready();
        },
      );
    });
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("reads Node's parsed headers to the same values as the Request's Headers", async () => {
    const socket = connect(port, "127.0.0.1");
    socket.write(RAW_REQUEST);
    const answer = await new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("end", () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(compared).toHaveLength(NAMES.length);
    for (const { name, fromNode, fromHeaders } of compared) {
      expect({ name, value: fromNode }).toEqual({ name, value: fromHeaders });
    }
    // The values themselves, so that both sides cannot agree on something wrong.
    expect(Object.fromEntries(compared.map(({ name, fromNode }) => [name, fromNode]))).toEqual({
      host: "example.com, second.example.com",
      "x-acs-action": "DescribeTaskAttribute, Again",
      "x-acs-version": "2014-05-26",
      authorization: "first, second",
      "x-acs-signature-nonce": "nonce",
      "content-type": "application/x-www-form-urlencoded, text/plain",
      "x-acs-empty": "",
      "x-acs-absent": null,
    });
  });

  it("falls back to the Request's Headers outside @hono/node-server", () => {
    const request = new Request("http://h/", { headers: { "X-Acs-Action": " Describe " } });
    expect(headerReaderOf(request, undefined)("x-acs-action")).toBe("Describe");
  });
});
