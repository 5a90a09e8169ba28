import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { REGIONS } from "../src/regions/region-catalogue.js";
import { rpcGet } from "./support/rpc.js";
import { documentedErrorsOf, expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

const ACTIONS = [
  "DescribeTaskAttribute",
  "DescribeTasks",
  "CancelTask",
  "ExportImage",
  "ImportImage",
  "ModifyDiskSpec",
  "DescribeRegions",
];
const STATUSES = [400, 403, 404, 409, 500, 503];

/**
 * Every (status, code, message) the spec documents for an action, common errors included; an error whose
 * message the server may continue (`x-ecs-message-match: prefix`) matches any answer that starts with it.
 */
function documentedErrors(action: string): { has(key: string): boolean } {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const status of STATUSES) {
    for (const error of documentedErrorsOf(action, status).values()) {
      const key = `${status} ${error.code} ${error.message}`;
      if (error.messageMatch === "prefix") {
        prefixes.push(key);
      } else {
        exact.add(key);
      }
    }
  }
  return { has: (key) => exact.has(key) || prefixes.some((prefix) => key.startsWith(prefix)) };
}
const documented = new Map(ACTIONS.map((a) => [a, documentedErrors(a)]));
const MISSING_OPERATION_PARAMETER =
  /^400 MissingParameter An input parameter "[^"]+" that is mandatory for processing the request is not supplied\.$/;

const NAMES = [
  "Action",
  "Version",
  "Format",
  "RegionId",
  "TaskId",
  "TaskIds",
  "TaskStatus",
  "TaskAction",
  "PageNumber",
  "PageSize",
  "StartTime",
  "EndTime",
  "ResourceIds.1",
  "ImageId",
  "OSSBucket",
  "OSSPrefix",
  "ImageFormat",
  "DiskId",
  "DiskCategory",
  "PerformanceLevel",
  "DiskDeviceMapping.1.OSSBucket",
  "DiskDeviceMapping.1.OSSObject",
  "DiskDeviceMapping.2.Format",
  "ImageName",
  "Architecture",
  "OSType",
  "AcceptLanguage",
  "ResourceType",
  "DryRun",
  "TaskGroupId",
];
const GOOD_VALUES = [
  ...ACTIONS,
  "2014-05-26",
  "JSON",
  "xml",
  "cn-hangzhou",
  "cn-beijing",
  "t-aaaaaaaaaaaaaaaaaaaa",
  "m-bp67acfmxazb4p0000",
  "d-1",
  "b",
  "vhd",
  "RAW",
  "cloud_essd",
  "PL1",
  "Processing",
  "ExportImage",
  "2026-01-01T00:00:00Z",
  "100",
  "1",
  "true",
  "en-US",
  "instance",
];

/** A raw query or form value: well-formed, empty, odd, broken escapes, non-UTF-8 bytes, or enormous. */
const rawValue = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...GOOD_VALUES).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }).map(encodeURIComponent) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "%",
      "%Z",
      "%ZZ",
      "%FF%FE",
      "%C3%28",
      "%ED%A0%80",
      "+%2B+",
      "%00",
      "a=b",
      "&&",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => "x".repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom("-1", "0", "1e9", "NaN", "99999999999999999999", "1.5") },
);
const rawName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }).map(encodeURIComponent) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "%ZZ",
      "ResourceIds.0",
      "ResourceIds.101",
      "DiskDeviceMapping.99.OSSBucket",
    ),
  },
);
const rawPairs = fc
  .array(fc.tuple(rawName, rawValue), { maxLength: 12 })
  .map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join("&"));

const SAMPLES: Record<string, string> = {
  ExportImage: "RegionId=cn-hangzhou&ImageId=m-bp67acfmxazb4p0000&OSSBucket=b",
  ImportImage: "RegionId=cn-hangzhou&DiskDeviceMapping.1.OSSBucket=b&DiskDeviceMapping.1.OSSObject=o.raw",
  ModifyDiskSpec: "DiskId=d-1&DiskCategory=cloud_essd",
};
/** A nearly valid request that creates a task, with some garbage mixed in, so that some are accepted. */
const nearlyValid = fc
  .tuple(fc.constantFrom(...Object.keys(SAMPLES)), rawPairs, fc.boolean())
  .map(
    ([action, extra, upper]) =>
      `Action=${action}&Version=2014-05-26&Format=${upper ? "JSON" : "json"}&${SAMPLES[action]}&${extra}`,
  );

const requestArb = fc.record({
  method: fc.constantFrom("GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"),
  path: fc.constantFrom("/", "/", "/", "/?", "//", "/x"),
  query: fc.oneof({ weight: 3, arbitrary: rawPairs }, { weight: 1, arbitrary: nearlyValid }),
  headerAction: fc.option(fc.constantFrom(...ACTIONS, "", "Nope"), { nil: undefined }),
  headerVersion: fc.option(fc.constantFrom("2014-05-26", "2099-01-01", ""), { nil: undefined }),
  contentType: fc.constantFrom(
    undefined,
    "application/x-www-form-urlencoded",
    "APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8",
    "application/json",
    "text/plain",
  ),
  body: fc.oneof(
    fc.constant(undefined),
    rawPairs,
    fc.uint8Array({ maxLength: 200 }),
    fc.integer({ min: 100_000, max: 2_500_000 }).map((n) => `Action=DescribeRegions&Pad=${"y".repeat(n)}`),
  ),
});

describe("bad input never gets a 5xx, a non-JSON/XML body, a stack trace or a hang", () => {
  it("answers every generated request with a documented answer (seeded, bounded)", async () => {
    const app = createApp({ seed: "fuzz", taskDurationMs: 1_000 });
    const accepted: string[] = [];
    await fc.assert(
      fc.asyncProperty(requestArb, async (r) => {
        const url = `http://127.0.0.1${r.path}${r.path.includes("?") ? "" : "?"}${r.query}`;
        const headers = new Headers();
        if (r.headerAction !== undefined) {
          headers.set("x-acs-action", r.headerAction);
        }
        if (r.headerVersion !== undefined) {
          headers.set("x-acs-version", r.headerVersion);
        }
        if (r.contentType !== undefined) {
          headers.set("content-type", r.contentType);
        }
        const hasBody = r.body !== undefined && r.method !== "GET" && r.method !== "HEAD";
        // A well-behaved client's request runs alongside the bad one and must not notice it.
        const [response, neighbour] = await Promise.all([
          app.request(url, { method: r.method, headers, body: hasBody ? r.body : undefined }),
          rpcGet(app, "DescribeRegions"),
        ]);
        expect(neighbour.status).toBe(200);
        expect(response.status).toBeLessThan(500);
        const text = await response.clone().text();
        expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
        if (r.method === "HEAD") {
          return;
        }
        const type = response.headers.get("content-type") ?? "";
        expect(type === "application/json;charset=utf-8" || type === "text/xml;charset=utf-8").toBe(true);
        if (type.startsWith("text/xml")) {
          expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?><')).toBe(true);
          return;
        }
        const body = JSON.parse(text) as Json;
        // The request log says which action the server routed on; the spec then judges the answer.
        const requestId = response.headers.get("x-acs-request-id");
        const log = (await (await app.request("/_reference/requests?limit=10")).json()) as {
          requests: Json[];
        };
        const routed = log.requests.find((entry) => entry.requestId === requestId)?.action;
        if (response.status === 200) {
          expect(ACTIONS).toContain(routed);
          await expectDocumentedResponse(response, String(routed));
          if (typeof body.TaskId === "string") {
            accepted.push(body.TaskId);
          }
          return;
        }
        const key = `${response.status} ${String(body.Code)} ${String(body.Message)}`;
        if (typeof routed === "string" && ACTIONS.includes(routed)) {
          const own = documented.get(routed)?.has(key) || MISSING_OPERATION_PARAMETER.test(key);
          expect(own, `${routed}: ${key}`).toBe(true);
          await expectDocumentedResponse(response, routed);
        } else {
          // Not routed to an operation (no, unknown or wrong action, version or method): a common error.
          expect([
            "MissingParameter",
            "InvalidParameter",
            "InvalidVersion",
            "InvalidAction.NotFound",
            "UnsupportedHTTPMethod",
          ]).toContain(body.Code);
          expect(
            ACTIONS.some((a) => documented.get(a)?.has(key)),
            key,
          ).toBe(true);
        }
      }),
      { seed: 20_261_128, numRuns: 400, endOnFailure: true },
    );

    // Nothing accepted was lost: every task the server said it created can still be found.
    expect(accepted.length).toBeGreaterThan(10);
    for (const taskId of accepted) {
      // ModifyDiskSpec may have been sent a RegionId among the garbage, so look in every region.
      const statuses = await Promise.all(
        REGIONS.map(
          async (region) =>
            (await rpcGet(app, "DescribeTaskAttribute", { RegionId: region.regionId, TaskId: taskId }))
              .status,
        ),
      );
      expect(
        statuses.filter((status) => status === 200),
        taskId,
      ).toHaveLength(1);
    }
  }, 120_000);
});
