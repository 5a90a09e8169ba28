import { createRequire } from "node:module";
import { expect } from "vitest";
import { type CheckedServer, startLiveServer } from "./live-server.js";

// The SDKs are CommonJS; `require` gives the same module objects Node gives their users.
const require = createRequire(import.meta.url);
export const Ecs = require("@alicloud/ecs20140526") as typeof import("@alicloud/ecs20140526");
export const OpenApi = require("@alicloud/openapi-core") as typeof import("@alicloud/openapi-core");
export const PopCore = require("@alicloud/pop-core") as typeof import("@alicloud/pop-core");

export type Json = Record<string, unknown>;

// A verifying server serves its control API only to the holder of its token.
export const SDK_CONTROL_TOKEN = "sdk-operator-token";

/**
 * A server for the official SDK's tests: in verify mode, so every SDK call also proves that its V3 or V1
 * signature verifies, and every answer checked against the spec on the way out.
 */
export function startSdkServer(seed: string): Promise<CheckedServer> {
  return startLiveServer({
    seed,
    taskDurationMs: 600_000,
    auth: "verify",
    accessKeys: [{ accessKeyId: "testid", accessKeySecret: "testsecret" }],
    controlToken: SDK_CONTROL_TOKEN,
  });
}

/** The official ECS client for `server`, signing V3 unless told `"v2"` (the SDK's name for V1). */
export function sdkClient(server: CheckedServer, signatureAlgorithm?: "v2") {
  return new Ecs.default(
    new OpenApi.$OpenApiUtil.Config({
      accessKeyId: "testid",
      accessKeySecret: "testsecret",
      endpoint: `127.0.0.1:${server.port}`,
      protocol: "http",
      regionId: "cn-hangzhou",
      ...(signatureAlgorithm === undefined ? {} : { signatureAlgorithm }),
    }),
  );
}

/** A call to `server`'s control API as its operator; fails the test unless it succeeds. */
export async function controlCall(
  server: CheckedServer,
  path: string,
  body?: unknown,
  method = "POST",
): Promise<Json> {
  const response = await fetch(`${server.url}/_reference${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${SDK_CONTROL_TOKEN}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.status).toBeLessThan(300);
  return response.status === 204 ? {} : ((await response.json()) as Json);
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Json> {
  try {
    await promise;
  } catch (error) {
    return error as Json;
  }
  throw new Error("Expected the call to fail.");
}
