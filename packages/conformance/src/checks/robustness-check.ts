import fc from "fast-check";
import { isJsonObject } from "../spec/json-value.js";
import { API_VERSION, type OperationModel } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import type { ProbeRequest } from "../wire/probe-request.js";
import type { CheckContext, CheckDefinition } from "./check.js";
import { sampleParams } from "./sample-request.js";

// Parameters that choose the dialect, the format or the signature: changing them tests the signer, not the
// server's handling of bad input, and a changed Format would make JSON the wrong thing to expect.
const FIXED = new Set([
  "Action",
  "Format",
  "AccessKeyId",
  "Signature",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "SignatureType",
  "Timestamp",
  "SecurityToken",
]);

const ABSENT_TASK_ID = "t-conformance000000000";

type Mutation =
  | { kind: "remove"; name: string }
  | { kind: "set"; name: string; value: string }
  | { kind: "add"; name: string; value: string }
  | { kind: "raw"; suffix: string };

interface MalformedRequest {
  operation: OperationModel;
  method: "GET" | "POST";
  form: boolean;
  mutations: Mutation[];
}

const hostileValue = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary-ascii", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "true",
    "[]",
    "{}",
    "<x/>",
    "'\"",
    "../../etc",
    "%00",
    "t-",
  ),
  fc.string({ minLength: 300, maxLength: 3000 }),
);

// Query text no well-behaved encoder writes: broken escapes, bare names, stray separators.
const rawSuffix = fc.constantFrom(
  "%",
  "%zz",
  "%E0%A4%A",
  "RegionId=%FF%FE",
  "&&=&",
  "=orphan",
  "RegionId",
  "TaskId=%00",
  "a[b]=c",
);

function mutableNames(operation: OperationModel): string[] {
  const names = new Set([...operation.parameterNames, ...Object.keys(operation.sampleRequest)]);
  return [...names].filter((name) => !FIXED.has(name) && !name.startsWith("x-acs-"));
}

function malformedRequest(operations: readonly OperationModel[]): fc.Arbitrary<MalformedRequest> {
  return fc.constantFrom(...operations).chain((operation) => {
    const names = fc.constantFrom(...mutableNames(operation));
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ kind: fc.constant("remove" as const), name: names }),
      fc.record({ kind: fc.constant("set" as const), name: names, value: hostileValue }),
      fc.record({
        kind: fc.constant("add" as const),
        name: fc.string({ minLength: 1, maxLength: 20 }),
        value: hostileValue,
      }),
      fc.record({ kind: fc.constant("raw" as const), suffix: rawSuffix }),
    );
    return fc.record({
      operation: fc.constant(operation),
      method: fc.constantFrom("GET" as const, "POST" as const),
      form: fc.boolean(),
      mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }),
    });
  });
}

function toCall(request: MalformedRequest, region: string): ProbeRequest {
  let params = sampleParams(request.operation, region, ABSENT_TASK_ID);
  let rawQuerySuffix: string | undefined;
  for (const mutation of request.mutations) {
    if (mutation.kind === "remove") {
      params = params.filter(([name]) => name !== mutation.name);
    } else if (mutation.kind === "set") {
      params = [...params.filter(([name]) => name !== mutation.name), [mutation.name, mutation.value]];
    } else if (mutation.kind === "add") {
      params = [...params, [mutation.name, mutation.value]];
    } else {
      rawQuerySuffix =
        rawQuerySuffix === undefined ? mutation.suffix : `${rawQuerySuffix}&${mutation.suffix}`;
    }
  }
  const call: ProbeRequest = {
    action: request.operation.action,
    version: API_VERSION,
    method: request.method,
    params,
    placement: request.method === "POST" && request.form ? "form" : "query",
  };
  if (rawQuerySuffix !== undefined) {
    call.rawQuerySuffix = rawQuerySuffix;
  }
  return call;
}

/** Why an answer to a malformed request breaks the contract, or undefined when it does not. */
export function judgeMalformedAnswer(
  context: CheckContext,
  operation: OperationModel,
  exchange: Exchange,
): string | undefined {
  const received = exchange.received;
  if (received === undefined) {
    return `no answer: ${exchange.transportError ?? "unknown"}`;
  }
  if (received.status >= 500) {
    return `answered ${received.status}: bad input must get a documented 4xx error, never a 5xx`;
  }
  const type = received.headers["content-type"] ?? "";
  if (!isJsonObject(received.json) || !/^application\/json\b/i.test(type)) {
    return `answered ${received.status} ${type || "(no content-type)"} with a body that is not a JSON object`;
  }
  const schema = operation.responseSchemas.get(received.status);
  if (schema === undefined) {
    return `answered ${received.status}, a status ${operation.action} does not document`;
  }
  const problems = context.validate(schema, received.json);
  if (problems.length > 0) {
    return `the ${received.status} body does not match the spec: ${problems.slice(0, 3).join("; ")}`;
  }
  const code = received.json.Code;
  const documented = operation.errors.filter((error) => error.code === code);
  if (
    received.status !== 200 &&
    documented.length > 0 &&
    !documented.some((error) => error.status === received.status)
  ) {
    const statuses = [...new Set(documented.map((error) => error.status))].join(" or ");
    return `${String(code)} came with status ${received.status}; the spec documents it as ${statuses}`;
  }
  return undefined;
}

async function robustnessPass(context: CheckContext): Promise<void> {
  const operations = context.operations;
  let failure: { reason: string; exchange: Exchange } | undefined;
  const property = fc.asyncProperty(malformedRequest(operations), async (request) => {
    const exchange = await context.send(request.operation.action, toCall(request, context.region));
    const reason = judgeMalformedAnswer(context, request.operation, exchange);
    if (reason !== undefined) {
      failure = { reason, exchange };
      return false;
    }
    return true;
  });
  // endOnFailure: shrinking could send hundreds more requests; the first counterexample is reported as is.
  const details = await fc.check(property, {
    seed: context.seed,
    numRuns: context.limits.robustnessRuns,
    endOnFailure: true,
  });
  if (details.failed) {
    context.fail({
      message: failure?.reason ?? `the property failed: ${String(details.errorInstance)}`,
      expected: {
        summary:
          "a documented error (documented status, JSON ErrorBody) or a valid success, never a 5xx or a non-JSON body",
        specPointer: "/components/schemas/ErrorBody",
      },
      ...(failure === undefined ? {} : { exchange: failure.exchange }),
    });
  }
}

/** A seeded, bounded fast-check pass of malformed requests. */
export function robustnessChecks(): CheckDefinition[] {
  return [
    {
      id: "robustness.malformed-requests",
      title: "Malformed requests get documented errors: never a 5xx, a hang or a body that is not JSON",
      tags: ["robustness"],
      phase: "request",
      specPointer: "/components/schemas/ErrorBody",
      run: robustnessPass,
    },
  ];
}
