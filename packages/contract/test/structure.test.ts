import { describe, expect, it } from "vitest";
import { ecsOperations } from "../src/index.js";
import { objectAt } from "./document-value.js";

const actions = ecsOperations.map((o) => o.action);

describe("the RPC path convention", () => {
  it("describes the seven actions, each by GET and by POST", () => {
    expect([...actions].sort()).toEqual(
      [
        "CancelTask",
        "DescribeRegions",
        "DescribeTaskAttribute",
        "DescribeTasks",
        "ExportImage",
        "ImportImage",
        "ModifyDiskSpec",
      ].sort(),
    );
    for (const { action, pointer } of ecsOperations) {
      expect(Object.keys(objectAt(pointer)).filter((key) => key === "get" || key === "post")).toEqual([
        "get",
        "post",
      ]);
      expect(pointer).toBe(`/paths/~1#Action=${action}`);
    }
  });

  it.each(ecsOperations.map((o) => [o.action, o] as const))(
    "%s: path key, Action and x-acs-action agree",
    (action, { parameters }) => {
      const actionParameter = parameters.find((p) => p.name === "Action" && p.in === "query");
      const actionHeader = parameters.find((p) => p.name === "x-acs-action" && p.in === "header");
      expect(actionParameter?.schema.const).toBe(action);
      expect(actionHeader?.schema.const).toBe(action);
      expect(actionParameter?.required).toBe(false);
    },
  );

  it("lets every POST carry its parameters in a form body", () => {
    for (const { pointer } of ecsOperations) {
      expect(objectAt(`${pointer}/post`).requestBody).toEqual({ $ref: "#/components/requestBodies/RpcForm" });
    }
    const body = objectAt("/components/requestBodies/RpcForm/content");
    expect(Object.keys(body)).toEqual(["application/x-www-form-urlencoded"]);
  });

  it("names operations uniquely, GET as the action and POST with a suffix", () => {
    const ids = ecsOperations.flatMap((o) => [o.operationIds.get, o.operationIds.post]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { action, operationIds } of ecsOperations) {
      const base = action.charAt(0).toLowerCase() + action.slice(1);
      expect(operationIds).toEqual({ get: base, post: `${base}WithPost` });
    }
  });

  it("answers XML with the same schema as JSON", () => {
    const ok = ecsOperations.find((o) => o.action === "DescribeTaskAttribute")?.responses["200"];
    expect(Object.keys(ok?.schemas ?? {}).sort()).toEqual(["application/json", "text/xml"]);
    expect(ok?.schemas["text/xml"]).toBe(
      ok?.schemas["application/json"]?.replace("application~1json", "text~1xml"),
    );
  });
});
