import {
  API_VERSION,
  type DocumentedError,
  type OperationModel,
  TASK_ID_PLACEHOLDER,
} from "../spec/operation-model.js";
import type { ProbeRequest } from "../wire/probe-request.js";
import { expectDocumentedError } from "./answer-expectations.js";
import type { CheckContext, CheckDefinition } from "./check.js";
import { sampleParams } from "./sample-request.js";

// A task id no server has; used when a check needs only some task id and the target has no task to offer.
const ABSENT_TASK_ID = "t-conformance000000000";

async function taskFor(context: CheckContext, error: DocumentedError): Promise<string> {
  if (error.trigger.precondition === "finished-task") {
    return context.fixtures.finishedTask();
  }
  if (error.trigger.precondition === "uncancellable-task") {
    return context.fixtures.uncancellableTask();
  }
  // Parameter errors come before any lookup, so a target without tasks is still checked with an absent id.
  return context.fixtures.existingTask().catch(() => ABSENT_TASK_ID);
}

async function provoke(
  context: CheckContext,
  operation: OperationModel,
  error: DocumentedError,
): Promise<void> {
  const trigger = error.trigger;
  if (trigger.provokable === false) {
    context.skip("documented, but a client cannot provoke it (x-ecs-trigger provokable: false)");
  }
  if (trigger.needs?.includes("auth-verify") && !context.limits.verifiesSignatures) {
    context.skip("needs a target that verifies signatures (--verify-signatures with credentials)");
  }
  if (trigger.needs?.includes("control-api") && context.control === undefined) {
    context.skip("needs the reference server's control API to inject it");
  }
  const removed = new Set(trigger.remove ?? []);
  let params = sampleParams(operation, context.region, undefined).filter(([name]) => !removed.has(name));
  if (params.some(([, value]) => value === TASK_ID_PLACEHOLDER)) {
    const taskId = await taskFor(context, error);
    params = params.map(([name, value]) => [name, value === TASK_ID_PLACEHOLDER ? taskId : value]);
  }
  for (const [name, value] of Object.entries(trigger.set ?? {})) {
    params = params.filter(([existing]) => existing !== name);
    params.push([name, value]);
  }
  if (trigger.bodyBytes !== undefined) {
    // A filler parameter makes the form body as large as the trigger asks.
    params.push(["Pad", "x".repeat(trigger.bodyBytes)]);
  }
  if (trigger.queryBytes !== undefined) {
    // The same filler in the query string makes the request line as long as the trigger asks.
    params.push(["Pad", "x".repeat(trigger.queryBytes)]);
  }
  const call: ProbeRequest = {
    action: trigger.action === undefined ? operation.action : trigger.action,
    version: trigger.version === undefined ? API_VERSION : trigger.version,
    method:
      trigger.bodyBytes !== undefined
        ? "POST"
        : trigger.queryBytes !== undefined
          ? "GET"
          : (trigger.method ?? "GET"),
    params,
    placement: trigger.bodyBytes === undefined ? "query" : "form",
  };
  if (trigger.auth !== undefined) {
    call.authFault = trigger.auth;
  }
  if (trigger.needs?.includes("control-api")) {
    await context.control?.injectFault(operation.action, error.name);
  }
  if (trigger.auth === "reused-nonce") {
    // The first use of the nonce is legitimate; only its replay must be refused.
    await context.send(operation.action, call);
  }
  const exchange = await context.send(operation.action, call);
  expectDocumentedError(context, exchange, error);
}

function tagsOf(error: DocumentedError): string[] {
  const tags = [
    "errors",
    error.action,
    `status-${error.status}`,
    error.common ? "common-errors" : "operation-errors",
  ];
  if (error.trigger.needs?.includes("control-api")) {
    tags.push("control-api");
  }
  if (error.trigger.needs?.includes("auth-verify") || error.trigger.auth !== undefined) {
    tags.push("signature");
  }
  if (error.trigger.precondition !== undefined) {
    tags.push("precondition");
  }
  if (error.trigger.provokable === false) {
    tags.push("unprovokable");
  }
  return tags;
}

/** One check per documented error of every operation: provoke it as its trigger says, expect it exactly. */
export function documentedErrorChecks(operations: readonly OperationModel[]): CheckDefinition[] {
  return operations.flatMap((operation) =>
    operation.errors.map(
      (error): CheckDefinition => ({
        id: `errors.${operation.action}.${error.name}`,
        title: `${operation.action}: ${error.summary} → ${error.status} ${error.code}`,
        tags: tagsOf(error),
        phase: "request",
        specPointer: error.pointer,
        run: (context) => provoke(context, operation, error),
      }),
    ),
  );
}
