import { createApp } from "@ecs-tasks/reference-server";
import { type ListeningServer, listen } from "@ecs-tasks/reference-server/node";
import { parseV3Authorization } from "@ecs-tasks/signing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createEcsClient, EcsApiError } from "../src/index.js";

// The reference server verifies signatures exactly as the official SDK signs them, so this proves our
// signer agrees with the official one, over a real socket.
const key = { accessKeyId: "client-key", accessKeySecret: "client-secret" };
let server: ListeningServer;

beforeAll(async () => {
  server = await listen(createApp({ seed: "client-verify", auth: "verify", accessKeys: [key] }).fetch, {
    host: "127.0.0.1",
    port: 0,
  });
});
afterAll(async () => {
  await server.close();
});

describe.each([
  ["V3", "v3", undefined],
  ["V1", "v1", undefined],
  ["V3 with an STS token", "v3", "sts-token"],
  ["V1 with an STS token", "v1", "sts-token"],
] as const)("our client, %s, against the server in verify mode", (_, signatureVersion, securityToken) => {
  it("drives a task from creation to cancel, and a wrong secret is refused", async () => {
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      endpoint: server.url,
      credentials: { ...key, securityToken },
      signatureVersion,
    });
    const { TaskId } = await ecs.exportImage({ RegionId: "cn-hangzhou", ImageId: "m-1", OSSBucket: "b" });
    const task = await ecs.describeTaskAttribute({ RegionId: "cn-hangzhou", TaskId });
    expect(task.TaskId).toBe(TaskId);
    const listed = await ecs.describeTasks({ RegionId: "cn-hangzhou", TaskIds: TaskId });
    expect(JSON.stringify(listed)).toContain(TaskId);
    await ecs.cancelTask({ RegionId: "cn-hangzhou", TaskId });
    expect((await ecs.describeRegions({})).Regions).toBeDefined();

    const wrong = createEcsClient({
      regionId: "cn-hangzhou",
      endpoint: server.url,
      credentials: { ...key, accessKeySecret: "nope", securityToken },
      signatureVersion,
      retry: { maxAttempts: 1 },
    });
    const error = await wrong.describeRegions({}).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(EcsApiError);
    expect((error as EcsApiError).code).toBe("SignatureDoesNotMatch");
  });
});

describe.each([
  ["V3", "v3"],
  ["V1", "v1"],
] as const)("%s in a runtime that keeps its own User-Agent (a browser)", (_, signatureVersion) => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends x-acs-user-agent instead, signed when V3 signs headers, and the verifying server accepts it", async () => {
    vi.stubGlobal("document", {});
    const sent: Request[] = [];
    const ecs = createEcsClient({
      regionId: "cn-hangzhou",
      endpoint: server.url,
      credentials: key,
      signatureVersion,
      fetch: (request) => {
        sent.push(request.clone());
        return fetch(request);
      },
    });
    await expect(ecs.describeRegions()).resolves.toMatchObject({ $metadata: { httpStatusCode: 200 } });
    const [request] = sent;
    expect(request?.headers.get("x-acs-user-agent")).toMatch(/^ecs-tasks-client\/\d+\.\d+\.\d+$/);
    expect(request?.headers.get("user-agent")).toBeNull();
    const signedHeaders = parseV3Authorization(request?.headers.get("authorization") ?? "")?.signedHeaders;
    expect(signedHeaders).toEqual(
      signatureVersion === "v3" ? expect.arrayContaining(["x-acs-user-agent"]) : undefined,
    );
  });
});
