import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentedErrorCodes, documentedErrors, ecsOperations } from "../src/index.js";
import { objectAt } from "./document-value.js";

const pageErrors = JSON.parse(
  readFileSync(new URL("./fixtures/describe-task-attribute.page-errors.json", import.meta.url), "utf8"),
) as { status: number; code: string; message: string }[];

const operationOf = (action: string) => {
  const found = ecsOperations.find((candidate) => candidate.action === action);
  if (found === undefined) {
    throw new Error(`no operation ${action}`);
  }
  return found;
};

/** `DiskDeviceMapping.1.OSSBucket` names the repeat-list parameter `DiskDeviceMapping`. */
function declares(action: string, wireName: string): boolean {
  return operationOf(action).parameters.some(
    (p) =>
      p.name === wireName ||
      (p.repeatList === true && new RegExp(`^${p.name}\\.[1-9][0-9]*(\\.[A-Za-z]+)?$`).test(wireName)),
  );
}

const where = (e: (typeof documentedErrors)[number]) => `${e.action} ${e.status} ${e.name}`;

describe("DescribeTaskAttribute documents the errors of its reference page exactly", () => {
  it.each(pageErrors.map((e) => [e.code, e.message, e] as const))("%s: %s", (_code, _message, documented) => {
    const match = documentedErrors.find(
      (e) =>
        e.action === "DescribeTaskAttribute" &&
        e.code === documented.code &&
        e.message === documented.message,
    );
    expect(match?.status).toBe(documented.status);
  });
});

describe("errors as data", () => {
  it("has error examples for every operation", () => {
    const actions = new Set(documentedErrors.map((e) => e.action));
    expect([...actions].sort()).toEqual(ecsOperations.map((o) => o.action).sort());
  });

  it.each(documentedErrors.map((e) => [where(e), e] as const))(
    "%s has an x-ecs-trigger that names only declared parameters",
    (_where, { action, trigger }) => {
      for (const name of [...(trigger.remove ?? []), ...Object.keys(trigger.set ?? {})]) {
        expect(declares(action, name), `${name} is not a parameter of ${action}`).toBe(true);
      }
    },
  );

  it.each(documentedErrors.map((e) => [where(e), e] as const))(
    "%s links its troubleshooting page to its own code and request",
    (_where, { pointer }) => {
      const value = objectAt(`${pointer}/value`);
      expect(String(value.Recommend)).toContain(`q=${String(value.Code)}`);
      expect(String(value.Recommend)).toContain(`requestId=${String(value.RequestId)}`);
    },
  );

  it("lists in DocumentedErrorCode exactly the codes of the examples", () => {
    const used = [...new Set(documentedErrors.map((e) => e.code))].sort();
    expect([...documentedErrorCodes].sort()).toEqual(used);
  });

  it("documents MissingParameter, with the exact message, for every required parameter", () => {
    for (const { action, parameters } of ecsOperations) {
      for (const parameter of parameters.filter((p) => p.required && p.repeatList !== true)) {
        const message = `An input parameter "${parameter.name}" that is mandatory for processing the request is not supplied.`;
        const found = documentedErrors.some(
          (e) =>
            e.action === action && e.status === 400 && e.code === "MissingParameter" && e.message === message,
        );
        expect(found, `${action} lacks MissingParameter for ${parameter.name}`).toBe(true);
      }
    }
  });

  it("gives every operation a sample request with every required parameter, all declared", () => {
    for (const { action, pointer, sampleRequest, parameters } of ecsOperations) {
      const names = Object.keys(sampleRequest);
      expect(objectAt(pointer)["x-ecs-sample-request"], `${action} has no x-ecs-sample-request`).toBeTypeOf(
        "object",
      );
      for (const name of names) {
        expect(declares(action, name), `${name} is not a parameter of ${action}`).toBe(true);
      }
      for (const parameter of parameters.filter((p) => p.required)) {
        const present = names.some((n) => n === parameter.name || n.startsWith(`${parameter.name}.`));
        expect(present, `${action}'s sample request lacks ${parameter.name}`).toBe(true);
      }
    }
  });
});

describe("common errors are declared once and referenced by every operation", () => {
  const common = Object.keys(objectAt("/components/examples"));

  it("declares the common errors the contract promises", () => {
    const codes = documentedErrors.filter((e) => e.common).map((e) => e.code);
    for (const code of [
      "SignatureDoesNotMatch",
      "InvalidTimeStamp.Expired",
      "InvalidAction.NotFound",
      "InvalidVersion",
      "Throttling",
      "InternalError",
      "ServiceUnavailable",
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(ecsOperations.map((o) => [o.action] as const))("%s references each of them", (action) => {
    const referenced = documentedErrors.filter((e) => e.action === action).map((e) => e.name);
    for (const name of common) {
      expect(referenced).toContain(name);
    }
  });
});
