import type { OperationModel } from "../spec/operation-model.js";
import type { ParameterPlacement, ProbeRequest, WireStyle } from "../wire/probe-request.js";
import { expectSuccess } from "./answer-expectations.js";
import type { CheckContext, CheckDefinition } from "./check.js";
import { needsTask, sampleCall } from "./sample-request.js";

interface Variant {
  suffix: string;
  title: string;
  method: "GET" | "POST";
  placement: ParameterPlacement;
  style?: WireStyle;
}

// Every way the official SDKs and pop-core put a request on the wire (docs/decisions/0007-post-parameters.md).
const VARIANTS: Variant[] = [
  {
    suffix: "v3",
    title: "GET, action in the x-acs-action header",
    method: "GET",
    placement: "query",
    style: "v3",
  },
  {
    suffix: "v1",
    title: "GET, action in the Action parameter",
    method: "GET",
    placement: "query",
    style: "v1",
  },
  { suffix: "post-query", title: "POST, parameters in the query string", method: "POST", placement: "query" },
  { suffix: "post-form", title: "POST, parameters in a form body", method: "POST", placement: "form" },
];

async function taskForSample(context: CheckContext, operation: OperationModel): Promise<string | undefined> {
  if (!needsTask(operation)) {
    return undefined;
  }
  // A successful sample of a non-idempotent call (CancelTask) uses up its task, so it gets a new one.
  return operation.idempotent ? context.fixtures.existingTask() : context.fixtures.freshCancellableTask();
}

async function sendSample(context: CheckContext, operation: OperationModel, variant: Variant): Promise<void> {
  const taskId = await taskForSample(context, operation);
  const call: ProbeRequest = {
    ...sampleCall(operation, context.region, taskId),
    method: variant.method,
    placement: variant.placement,
  };
  if (variant.style !== undefined) {
    call.style = variant.style;
  }
  const exchange = await context.send(operation.action, call);
  expectSuccess(context, exchange, {
    summary: `200 with a ${operation.action} result for the spec's sample request`,
    specPointer: `${operation.pointer}/x-ecs-sample-request`,
  });
}

/** For every operation, its sample request must succeed however it is put on the wire. */
export function operationChecks(operations: readonly OperationModel[]): CheckDefinition[] {
  return operations.flatMap((operation) =>
    VARIANTS.map(
      (variant): CheckDefinition => ({
        id: `operations.${operation.action}.${variant.suffix}`,
        title: `${operation.action}: the sample request succeeds (${variant.title})`,
        tags: ["operations", operation.action, "transport"],
        phase: "request",
        specPointer: `${operation.pointer}/x-ecs-sample-request`,
        run: (context) => sendSample(context, operation, variant),
      }),
    ),
  );
}
