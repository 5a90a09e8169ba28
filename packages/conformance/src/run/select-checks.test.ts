import { describe, expect, test } from "vitest";
import { planChecks } from "./plan-checks.js";
import { selectChecks, unknownSelectors } from "./select-checks.js";

const plan = planChecks();
const ids = (only: string[], skip: string[] = []) => selectChecks(plan, only, skip).map((check) => check.id);

describe("selectChecks", () => {
  test("everything when nothing is selected", () => {
    expect(ids([])).toHaveLength(plan.length);
  });

  test("by exact id, by dotted prefix and by tag", () => {
    expect(ids(["format.xml-error"])).toEqual(["format.xml-error"]);
    expect(ids(["errors.CancelTask"]).every((id) => id.startsWith("errors.CancelTask."))).toBe(true);
    expect(ids(["errors.CancelTask"]).length).toBeGreaterThan(5);
    // A prefix ends at a dot: "errors.Cancel" is not a prefix of "errors.CancelTask...".
    expect(ids(["errors.Cancel"])).toEqual([]);
    expect(ids(["lifecycle"])).toContain("lifecycle.cancel");
    expect(ids(["control-api"]).every((id) => id.startsWith("errors.") || id.endsWith(".failure"))).toBe(
      true,
    );
    expect(ids(["control-api"])).toContain("errors.DescribeTaskAttribute.Throttling");
  });

  test("skip wins over only", () => {
    expect(ids(["format"], ["format.xml-error", "format.v1-default-xml"])).toEqual([
      "format.xml-when-asked",
      "format.json-any-case",
    ]);
  });

  test("reports selectors that match nothing", () => {
    expect(unknownSelectors(plan, ["lifecycle", "lifecycel", "errors.Nope"])).toEqual([
      "lifecycel",
      "errors.Nope",
    ]);
  });
});
