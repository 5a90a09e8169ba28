import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { listen } from "../src/listen.js";
import { control, rpcForm, rpcGet, rpcV3 } from "./support/rpc.js";
import { expectDocumentedResponse } from "./support/spec-validator.js";

type Json = Record<string, unknown>;

describe("wire: parameters, methods and formats", () => {
  it("answers a V1 request without Format in XML, as documented, and a V3 one in JSON", async () => {
    const app = createApp({ seed: "format" });
    const v1 = await app.request("/?Action=DescribeRegions&Version=2014-05-26");
    expect(v1.headers.get("content-type")).toBe("text/xml;charset=utf-8");
    const xml = String((await expectDocumentedResponse(v1, "DescribeRegions")).xml);
    expect(xml).toContain("<Regions><Region><RegionId>cn-qingdao</RegionId>");
    const v3 = await rpcV3(app, "DescribeRegions");
    expect(v3.headers.get("content-type")).toBe("application/json;charset=utf-8");
    await expectDocumentedResponse(v3, "DescribeRegions");
  });

  it("compares Format without case and lets an explicit Format win", async () => {
    const app = createApp({ seed: "format" });
    for (const [format, type] of [
      ["json", "application/json;charset=utf-8"],
      ["JsOn", "application/json;charset=utf-8"],
      ["xml", "text/xml;charset=utf-8"],
      ["yaml", "text/xml;charset=utf-8"],
    ] as const) {
      const response = await app.request(`/?Action=DescribeRegions&Version=2014-05-26&Format=${format}`);
      expect(response.headers.get("content-type")).toBe(type);
      await expectDocumentedResponse(response, "DescribeRegions");
    }
    const v3xml = await app.request("/?Format=XML", {
      method: "POST",
      headers: { "x-acs-action": "DescribeRegions", "x-acs-version": "2014-05-26" },
    });
    expect(v3xml.headers.get("content-type")).toBe("text/xml;charset=utf-8");
  });

  it("writes errors as ECS XML when XML is asked for", async () => {
    const app = createApp({ seed: "xml-error" });
    const response = await app.request(
      "/?Action=DescribeTaskAttribute&Version=2014-05-26&RegionId=cn-hangzhou",
    );
    expect(response.status).toBe(400);
    const xml = String((await expectDocumentedResponse(response, "DescribeTaskAttribute")).xml);
    expect(xml).toContain("<Code>MissingParameter</Code>");
    expect(xml).toContain(
      "<Message>An input parameter &quot;TaskId&quot; that is mandatory for processing the request is not supplied.</Message>",
    );
  });

  it("takes everything from a pop-core style form body, and merges query and body (the body wins)", async () => {
    const app = createApp({ seed: "form" });
    const viaForm = await rpcForm(app, "ExportImage", {
      RegionId: "cn-hangzhou",
      ImageId: "m-1",
      OSSBucket: "b",
    });
    expect(viaForm.status).toBe(200);
    await expectDocumentedResponse(viaForm, "ExportImage");

    const merged = await app.request(
      "/?Action=DescribeTasks&Version=2014-05-26&Format=JSON&RegionId=xx-nowhere-1",
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded; charset=UTF-8" },
        body: "RegionId=cn-hangzhou&PageSize=5",
      },
    );
    const page = await expectDocumentedResponse(merged, "DescribeTasks");
    expect(page).toMatchObject({ RegionId: "cn-hangzhou", PageSize: 5, TotalCount: 1 });
  });

  it("keeps the first of duplicated parameters and ignores a body that is not a form", async () => {
    const app = createApp({ seed: "dup" });
    const dup = await app.request(
      "/?Action=DescribeTasks&Action=Nothing&Version=2014-05-26&Format=JSON&RegionId=cn-beijing&RegionId=cn-hangzhou",
    );
    expect((await expectDocumentedResponse(dup, "DescribeTasks")).RegionId).toBe("cn-beijing");
    const json = await app.request("/?Action=DescribeTasks&Version=2014-05-26&Format=JSON", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ RegionId: "cn-hangzhou" }),
    });
    expect(json.status).toBe(400);
    expect((await expectDocumentedResponse(json, "DescribeTasks")).Message).toContain('"RegionId"');
  });

  it("refuses a form body beyond the limit, unread, with the documented RequestBodyTooLarge error", async () => {
    const app = createApp({ seed: "huge", maxBodyBytes: 1024 });
    const huge = await app.request("/?Format=JSON", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `Action=DescribeRegions&Version=2014-05-26&Pad=${"x".repeat(4096)}`,
    });
    expect(huge.status).toBe(400);
    expect(await expectDocumentedResponse(huge, "DescribeRegions")).toMatchObject({
      Code: "InvalidParameter",
      Message: "The request body is too large; send fewer or shorter parameters.",
    });
    const small = await rpcForm(app, "DescribeRegions");
    expect(small.status).toBe(200);
  });

  it("applies the same limit to a body with a declared length, over a real socket", async () => {
    const server = await listen(createApp({ seed: "huge-live", maxBodyBytes: 1024 }).fetch, { port: 0 });
    try {
      const post = (body: string) =>
        fetch(`${server.url}/?Format=JSON`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
        });
      const huge = await post(`Action=DescribeRegions&Version=2014-05-26&Pad=${"x".repeat(4096)}`);
      expect(huge.status).toBe(400);
      expect((await huge.json()) as Json).toMatchObject({ Code: "InvalidParameter" });
      const fits = await post("Action=DescribeRegions&Version=2014-05-26");
      expect(fits.status).toBe(200);
      await fits.arrayBuffer();
    } finally {
      await server.close();
    }
  });

  it("routes on x-acs-action and x-acs-version when the parameters are absent, the parameter winning over the header", async () => {
    const app = createApp({ seed: "route" });
    const response = await app.request("/?Action=DescribeRegions&Format=JSON", {
      headers: { "x-acs-action": "DescribeTasks", "x-acs-version": "2014-05-26" },
    });
    expect(response.status).toBe(200);
    expect((await response.json()) as Json).toHaveProperty("Regions");
  });

  it("answers any other path as an unknown API, in JSON", async () => {
    const app = createApp({ seed: "path" });
    for (const path of ["/favicon.ico", "/v1/tasks", "/openapi.yaml"]) {
      const response = await app.request(path, { method: "POST" });
      expect(response.status).toBe(404);
      expect((await response.json()) as Json).toMatchObject({ Code: "InvalidAction.NotFound" });
    }
  });

  it("serves its spec and an API reference page", async () => {
    const app = createApp({ seed: "docs" });
    const spec = await app.request("/openapi.yaml");
    expect(spec.headers.get("content-type")).toContain("application/yaml");
    expect(await spec.text()).toContain("/#Action=DescribeTaskAttribute:");
    expect((await (await app.request("/openapi.json")).json()) as Json).toHaveProperty("openapi", "3.1.0");
    const docs = await app.request("/docs");
    expect(docs.status).toBe(200);
    const html = await docs.text();
    expect(html).toContain("<title>ECS reference server</title>");
    expect(html).toContain("/openapi.yaml");
    expect(html).toContain("/_reference/openapi.yaml");
  });

  it("gives unique request ids, also across errors", async () => {
    const app = createApp();
    const ids = new Set<string | null>();
    for (let i = 0; i < 20; i++) {
      ids.add((await rpcGet(app, i % 2 === 0 ? "DescribeRegions" : "Nope")).headers.get("x-acs-request-id"));
    }
    expect(ids.size).toBe(20);
  });
});

describe("DescribeTasks filters and paging", () => {
  async function seeded() {
    const app = createApp({ seed: "paging", taskDurationMs: 36_000_000 });
    await control(app, "POST", "/clock/freeze");
    await control(app, "POST", "/clock/set", { time: "2026-05-01T00:00:00Z" });
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      const response = await control(app, "POST", "/tasks", {
        taskAction: i % 5 === 0 ? "ModifyDiskSpec" : "ExportImage",
        status: i % 3 === 0 ? "Finished" : "Processing",
        // Zero queue and, for finished tasks, zero duration: every task is created at the current time.
        queuedMs: 0,
        durationMs: i % 3 === 0 ? 0 : 36_000_000,
        resourceId: `m-res${i % 4}`,
      });
      ids.push(String(((await response.json()) as Json).TaskId));
      await control(app, "POST", "/clock/advance", { ms: 60_000 });
    }
    return { app, ids };
  }

  const list = async (app: ReturnType<typeof createApp>, params: Record<string, string>) => {
    const response = await rpcGet(app, "DescribeTasks", { RegionId: "cn-hangzhou", ...params });
    expect(response.status).toBe(200);
    return expectDocumentedResponse(response, "DescribeTasks");
  };
  const taskIds = (page: Json) => ((page.TaskSet as Json).Task as Json[]).map((t) => t.TaskId);

  it("pages newest first with the documented defaults and limits", async () => {
    const { app, ids } = await seeded();
    const first = await list(app, {});
    expect(first).toMatchObject({ TotalCount: 25, PageNumber: 1, PageSize: 10 });
    expect(taskIds(first)).toEqual(ids.slice(-10).reverse());
    expect(await list(app, { PageSize: "500" })).toMatchObject({ PageSize: 100 });
    expect(await list(app, { PageSize: "0", PageNumber: "-2" })).toMatchObject({
      PageSize: 10,
      PageNumber: 1,
    });
    const third = await list(app, { PageNumber: "3" });
    expect(taskIds(third)).toEqual(ids.slice(0, 5).reverse());
    expect(taskIds(await list(app, { PageNumber: "9" }))).toEqual([]);
  });

  it("filters by ids, action, status, resources and creation time", async () => {
    const { app, ids } = await seeded();
    expect(taskIds(await list(app, { TaskIds: `${ids[3]}, ${ids[1]},t-unknown` }))).toEqual([ids[3], ids[1]]);
    expect((await list(app, { TaskAction: "ModifyDiskSpec", PageSize: "100" })).TotalCount).toBe(5);
    expect((await list(app, { TaskAction: "RedeployInstance" })).TotalCount).toBe(0);
    expect((await list(app, { TaskStatus: "Finished", PageSize: "100" })).TotalCount).toBe(9);
    expect((await list(app, { TaskStatus: "Processing", PageSize: "100" })).TotalCount).toBe(16);
    // Not a documented filter value (the 2015-era name of a cancelled task), so ignored.
    expect((await list(app, { TaskStatus: "Deleted" })).TotalCount).toBe(25);
    expect(
      (await list(app, { "ResourceIds.1": "m-res1", "ResourceIds.2": "m-res2", PageSize: "100" })).TotalCount,
    ).toBe(12);
    const window = await list(app, { StartTime: "2026-05-01T00:02:00Z", EndTime: "2026-05-01T00:04Z" });
    expect(taskIds(window)).toEqual([ids[4], ids[3], ids[2]]);
    expect((await list(app, { TaskGroupId: "tg-1" })).TotalCount).toBe(0);
  });
});

describe("ModifyDiskSpec", () => {
  it("files its task under the region of a regional endpoint host, and makes none for a level-only change", async () => {
    const app = createApp({ seed: "disk" });
    const created = await app.request("/?DiskId=d-1&DiskCategory=cloud_essd", {
      method: "POST",
      headers: {
        host: "ecs.cn-beijing.aliyuncs.com",
        "x-acs-action": "ModifyDiskSpec",
        "x-acs-version": "2014-05-26",
      },
    });
    const { TaskId: taskId } = await expectDocumentedResponse(created, "ModifyDiskSpec");
    const found = await rpcGet(app, "DescribeTaskAttribute", {
      RegionId: "cn-beijing",
      TaskId: String(taskId),
    });
    expect(await expectDocumentedResponse(found, "DescribeTaskAttribute")).toMatchObject({
      TaskAction: "ModifyDiskSpec",
      SupportCancel: false,
    });
    const levelOnly = await rpcGet(app, "ModifyDiskSpec", { DiskId: "d-1", PerformanceLevel: "PL2" });
    expect(Object.keys(await expectDocumentedResponse(levelOnly, "ModifyDiskSpec"))).toEqual(["RequestId"]);
  });

  it("uses the default region otherwise", async () => {
    const app = createApp({ seed: "disk2", defaultRegionId: "eu-central-1" });
    const created = await rpcGet(app, "ModifyDiskSpec", { DiskId: "d-9", DiskCategory: "cloud_auto" });
    const { TaskId: taskId } = await expectDocumentedResponse(created, "ModifyDiskSpec");
    const found = await rpcGet(app, "DescribeTaskAttribute", {
      RegionId: "eu-central-1",
      TaskId: String(taskId),
    });
    expect(found.status).toBe(200);
  });
});

describe("createApp options", () => {
  it.each([
    [{ taskDurationMs: -1 }, /taskDurationMs/],
    [{ defaultRegionId: "moon-1" }, /defaultRegionId/],
    [{ maxBodyBytes: 0 }, /maxBodyBytes/],
  ])("refuses %j with a message that says how to fix it", (options, message) => {
    expect(() => createApp(options)).toThrow(message);
  });
});
