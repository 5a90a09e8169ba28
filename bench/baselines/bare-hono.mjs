// The S1 baseline: the bare stack (Hono on @hono/node-server) answering every request on `/` with the
// same fixed JSON the reference server would give, and nothing else.
import { serve } from "@hono/node-server";
import { Hono } from "hono";

const body = {
  CreationTime: "2015-11-23T02:13Z",
  SupportCancel: true,
  TotalCount: 1,
  SuccessCount: 1,
  RegionId: "cn-hangzhou",
  TaskAction: "ExportImage",
  FailedCount: 0,
  RequestId: "473469C7-AA6F-4DC5-B3DB-A3DC0DE3C83E",
  TaskStatus: "Finished",
  TaskProcess: "100%",
  FinishedTime: "2015-11-23T02:19Z",
  TaskId: "t-ce946ntx4wr****",
  OperationProgressSet: {
    OperationProgress: [
      {
        ErrorMsg: "",
        ErrorCode: "",
        OperationStatus: "Success",
        RelatedItemSet: {
          RelatedItem: [{ Name: "OSSObject", Value: "MYOSSPRE_m-23f8tcp***_t-23ym6mv***.vhd" }],
        },
      },
    ],
  },
};

const app = new Hono();
app.all("/", (c) => c.json(body));
const server = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, (info) => {
  console.log(`bare hono listening on http://127.0.0.1:${info.port}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
