import { describe, expect, it } from "vitest";
import { ControlApiError, createControlClient } from "../src/control-client.js";

// What the client puts on the wire and how it reads answers, seen by a handler in place of the server (the
// reference server's own tests drive the real control API with it).
function recordingHandler(answer: (request: Request) => Response) {
  const seen: { method: string; url: string; authorization: string | null; body: string }[] = [];
  const fetch = async (request: Request) => {
    seen.push({
      method: request.method,
      url: request.url,
      authorization: request.headers.get("authorization"),
      body: await request.text(),
    });
    return answer(request);
  };
  return { seen, fetch };
}

describe("createControlClient", () => {
  it("sends each operation to its path under /_reference, with the token and the JSON body", async () => {
    const { seen, fetch } = recordingHandler(() =>
      Response.json({ id: "fault-1", action: "DescribeTasks", remaining: 2 }, { status: 201 }),
    );
    const control = createControlClient({ endpoint: "http://127.0.0.1:9/", token: "secret-1", fetch });
    const fault = await control.injectFault({ action: "DescribeTasks", error: "Throttling", times: 2 });
    expect(fault.id).toBe("fault-1");
    expect(seen).toEqual([
      {
        method: "POST",
        url: "http://127.0.0.1:9/_reference/faults",
        authorization: "Bearer secret-1",
        body: '{"action":"DescribeTasks","error":"Throttling","times":2}',
      },
    ]);
  });

  it("sends no Authorization header without a token, and puts ids and queries in the URL", async () => {
    const { seen, fetch } = recordingHandler((request) =>
      request.method === "DELETE" ? new Response(null, { status: 204 }) : Response.json({ requests: [] }),
    );
    const control = createControlClient({ endpoint: "http://127.0.0.1:9", fetch });
    await control.disarmFault("fault/1");
    await control.listRequests({ limit: 5 });
    expect(seen.map(({ method, url, authorization }) => [method, url, authorization])).toEqual([
      ["DELETE", "http://127.0.0.1:9/_reference/faults/fault%2F1", null],
      ["GET", "http://127.0.0.1:9/_reference/requests?limit=5", null],
    ]);
  });

  it("rejects with the status and the control API's message", async () => {
    const { fetch } = recordingHandler(() =>
      Response.json({ message: "progress must be an integer from 0 to 100." }, { status: 400 }),
    );
    const control = createControlClient({ endpoint: "http://127.0.0.1:9", fetch });
    const failure = await control.createTask({ taskAction: "ExportImage", progress: 101 }).catch((e) => e);
    expect(failure).toBeInstanceOf(ControlApiError);
    expect(failure).toMatchObject({
      operation: "createTask",
      status: 400,
      body: { message: "progress must be an integer from 0 to 100." },
      message: "createTask: the control API answered 400: progress must be an integer from 0 to 100.",
    });
  });

  it("rejects a failure without a body, and names the ECS error of a server whose control API is off", async () => {
    const empty = createControlClient({
      endpoint: "http://127.0.0.1:9",
      fetch: () =>
        new Response(null, {
          status: 401,
          headers: { "content-length": "0", "www-authenticate": 'Bearer realm="control"' },
        }),
    });
    const refused = await empty.reset().catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 401, operation: "reset" });
    expect((refused as ControlApiError).headers.get("www-authenticate")).toBe('Bearer realm="control"');

    const off = createControlClient({
      endpoint: "http://127.0.0.1:9",
      fetch: () =>
        Response.json(
          {
            Code: "InvalidAction.NotFound",
            Message: "Specified api is not found, please check your url and method.",
          },
          { status: 404 },
        ),
    });
    await expect(off.getClock()).rejects.toThrow(
      "getClock: the control API answered 404: InvalidAction.NotFound (Specified api is not found",
    );
  });

  it("rejects a success that has no body where the operation answers one", async () => {
    const control = createControlClient({
      endpoint: "http://127.0.0.1:9",
      fetch: () => new Response(null, { status: 204 }),
    });
    await expect(control.freezeClock()).rejects.toMatchObject({ status: 204, operation: "freezeClock" });
  });
});
