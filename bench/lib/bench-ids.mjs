// The task ids and the DescribeTaskAttribute request every row uses, in one place.

/** The id of the n-th task a benchmark puts straight into a store: `t-bp` + 18 base-36 digits. */
export function benchTaskId(n) {
  return `t-bp${n.toString(36).padStart(18, "0")}`;
}

/** The image of the n-th task, in the same shape. */
export function benchImageId(n) {
  return `m-bp${n.toString(36).padStart(18, "0")}`;
}

/** DescribeTaskAttribute of `taskId` in cn-hangzhou, V1 style (Action in the query), JSON. */
export function describePath(taskId) {
  return `/?${new URLSearchParams({
    Action: "DescribeTaskAttribute",
    Version: "2014-05-26",
    Format: "JSON",
    RegionId: "cn-hangzhou",
    TaskId: taskId,
  })}`;
}

/** ExportImage of one image to a bucket in cn-hangzhou, V1 style, JSON: how the rows create tasks over HTTP. */
export const EXPORT_IMAGE_PATH = `/?${new URLSearchParams({
  Action: "ExportImage",
  Version: "2014-05-26",
  Format: "JSON",
  RegionId: "cn-hangzhou",
  ImageId: "m-bp67acfmxazb4p0000",
  OSSBucket: "bench-bucket",
})}`;
