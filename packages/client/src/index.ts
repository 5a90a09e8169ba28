export type { Credentials, SignatureVersion } from "@ecs-tasks/signing";
export type { Middleware } from "openapi-fetch";
export {
  createEcsClient,
  type EcsClient,
  type EcsClientOptions,
  type RequestParameters,
  type WaitForTaskOptions,
} from "./client/create-ecs-client.js";
export type { CredentialsOption, CredentialsSource } from "./client/credentials.js";
export { CENTRAL_ENDPOINT, ecsEndpoint } from "./client/endpoint.js";
export type { ResponseMetadata, WithMetadata } from "./client/response-metadata.js";
export type { CallOptions, FetchLike } from "./client/rpc-transport.js";
export { EcsApiError, type EcsApiErrorCode, isEcsApiError } from "./errors/ecs-api-error.js";
export { EcsNetworkError, EcsTimeoutError } from "./errors/ecs-network-error.js";
export { EcsUnexpectedResponseError } from "./errors/unexpected-response-error.js";
export type { RetryOptions } from "./retry/retry-policy.js";
export type { NormalizedTask, NormalizedTaskPage, NormalizedTaskSummary } from "./tasks/normalize-task.js";
export type { Clock, Sleep } from "./timing/sleep.js";
export type { PollOptions } from "./waiter/poll-task.js";
export { TaskWaitError, type TaskWaitFailure } from "./waiter/task-wait-error.js";
