import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/index.js";
import { isObject, objectAt, operationsOf } from "./spec-document.js";

const entries = operationsOf();
const actions = [...new Set(entries.map((e) => e.action))];

describe("the RPC path convention", () => {
  it("describes the seven actions, each by GET and by POST", () => {
    expect(actions.sort()).toEqual(
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
    for (const action of actions) {
      expect(
        entries
          .filter((e) => e.action === action)
          .map((e) => e.method)
          .sort(),
      ).toEqual(["get", "post"]);
    }
  });

  it.each(actions.map((a) => [a] as const))("%s: path key, Action and x-acs-action agree", (action) => {
    const entry = entries.find((e) => e.action === action);
    expect(entry?.pathKey).toBe(`/#Action=${action}`);
    const parameters = Array.isArray(entry?.pathItem.parameters) ? entry.pathItem.parameters : [];
    const inline = parameters.filter(isObject);
    const actionParameter = inline.find((p) => p.name === "Action" && p.in === "query");
    const actionHeader = inline.find((p) => p.name === "x-acs-action" && p.in === "header");
    expect(isObject(actionParameter?.schema) ? actionParameter.schema.const : undefined).toBe(action);
    expect(isObject(actionHeader?.schema) ? actionHeader.schema.const : undefined).toBe(action);
    expect(actionParameter?.required).toBe(false);
  });

  it("lets every POST carry its parameters in a form body", () => {
    for (const entry of entries.filter((e) => e.method === "post")) {
      expect(entry.operation.requestBody).toEqual({ $ref: "#/components/requestBodies/RpcForm" });
    }
    const body = objectAt(openapiDocument, "components", "requestBodies", "RpcForm", "content");
    expect(Object.keys(body)).toEqual(["application/x-www-form-urlencoded"]);
  });

  it("names operations uniquely, GET as the action and POST with a suffix", () => {
    const ids = entries.map((e) => String(e.operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      const base = entry.action.charAt(0).toLowerCase() + entry.action.slice(1);
      expect(entry.operation.operationId).toBe(entry.method === "get" ? base : `${base}WithPost`);
    }
  });

  it("answers XML with the same schema as JSON", () => {
    const ok = objectAt(openapiDocument, "components", "responses", "DescribeTaskAttributeOk", "content");
    expect(Object.keys(ok).sort()).toEqual(["application/json", "text/xml"]);
  });
});
