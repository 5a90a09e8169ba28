// Judgements of every answer the run received, whichever check sent the request.

import { isJsonObject } from "../spec/json-value.js";
import type { OperationModel } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import type { CheckContext, CheckDefinition } from "./check.js";

const REQUEST_ID_SCHEMA = "/components/schemas/RequestId";

function answered(context: CheckContext): Array<Exchange & { received: NonNullable<Exchange["received"]> }> {
  return context
    .exchanges()
    .filter(
      (exchange): exchange is Exchange & { received: NonNullable<Exchange["received"]> } =>
        exchange.received !== undefined,
    );
}

function requestIdOf(exchange: Exchange): string | undefined {
  const received = exchange.received;
  if (received === undefined) {
    return undefined;
  }
  if (isJsonObject(received.json)) {
    return typeof received.json.RequestId === "string" ? received.json.RequestId : undefined;
  }
  return /<RequestId>([^<]*)<\/RequestId>/.exec(received.body)?.[1];
}

function noAnswers(context: CheckContext): void {
  if (answered(context).length === 0) {
    context.skip("no answers to judge: the checks that send requests did not run");
  }
}

/** Checks over every answer: content type, RequestId present and unique, body valid for its operation and status. */
export function responseInvariantChecks(operations: readonly OperationModel[]): CheckDefinition[] {
  const checks: CheckDefinition[] = [
    {
      id: "response.content-type",
      title: "Every answer is JSON as application/json (or XML as text/xml when XML is due)",
      tags: ["response", "content-type"],
      phase: "invariant",
      async run(context) {
        noAnswers(context);
        for (const exchange of answered(context)) {
          const type = exchange.received.headers["content-type"] ?? "(none)";
          if (exchange.expectedFormat === "XML") {
            if (!/^(text|application)\/xml\b/i.test(type)) {
              context.fail({
                message: `content-type ${type} for an answer due in XML`,
                expected: { summary: "text/xml" },
                exchange,
              });
            }
            continue;
          }
          const problems: string[] = [];
          if (!/^application\/json\s*(;|$)/i.test(type)) {
            problems.push(`content-type ${type}`);
          }
          if (exchange.received.json === undefined) {
            problems.push("a body that is not JSON");
          }
          if (problems.length > 0) {
            context.fail({
              message: `${problems.join(" and ")} (status ${exchange.received.status})`,
              expected: {
                summary: "application/json with a JSON body",
                specPointer: `${operationPointer(operations, exchange)}`,
              },
              exchange,
            });
          }
        }
      },
    },
    {
      id: "response.request-id",
      title: "Every answer, successful or not, carries a RequestId in the documented form",
      tags: ["response", "request-id"],
      phase: "invariant",
      specPointer: REQUEST_ID_SCHEMA,
      async run(context) {
        noAnswers(context);
        for (const exchange of answered(context)) {
          const requestId = requestIdOf(exchange);
          const problems =
            requestId === undefined ? ["no RequestId"] : context.validate(REQUEST_ID_SCHEMA, requestId);
          if (problems.length > 0) {
            context.fail({
              message: `${requestId === undefined ? "no RequestId" : `RequestId ${JSON.stringify(requestId)}: ${problems.join("; ")}`} (status ${exchange.received.status})`,
              expected: { summary: "a RequestId: an upper-case UUID", specPointer: REQUEST_ID_SCHEMA },
              exchange,
            });
          }
        }
      },
    },
    {
      id: "response.request-id-unique",
      title: "No two answers share a RequestId",
      tags: ["response", "request-id"],
      phase: "invariant",
      specPointer: REQUEST_ID_SCHEMA,
      async run(context) {
        noAnswers(context);
        const seen = new Map<string, Exchange>();
        for (const exchange of answered(context)) {
          const requestId = requestIdOf(exchange);
          if (requestId === undefined) {
            continue;
          }
          const first = seen.get(requestId);
          if (first !== undefined) {
            context.fail({
              message: `RequestId ${requestId} was already the RequestId of answer #${first.sequence} (${first.checkId})`,
              expected: { summary: "a RequestId no other answer has", specPointer: REQUEST_ID_SCHEMA },
              exchange,
            });
          } else {
            seen.set(requestId, exchange);
          }
        }
      },
    },
  ];
  for (const operation of operations) {
    checks.push({
      id: `schema.${operation.action}`,
      title: `Every JSON answer of ${operation.action} validates against the spec's schema for its status`,
      tags: ["schema", operation.action],
      phase: "invariant",
      specPointer: `${operation.pointer}/get/responses`,
      async run(context) {
        const mine = answered(context).filter(
          (exchange) => exchange.operation === operation.action && exchange.expectedFormat === "JSON",
        );
        if (mine.length === 0) {
          context.skip(`no answer of ${operation.action} to judge`);
        }
        for (const exchange of mine) {
          const { status, json } = exchange.received;
          const schema = operation.responseSchemas.get(status);
          if (schema === undefined) {
            context.fail({
              message: `status ${status} is not documented for ${operation.action} (documented: ${[...operation.responseSchemas.keys()].join(", ")})`,
              expected: { summary: "a documented status", specPointer: `${operation.pointer}/get/responses` },
              exchange,
            });
            continue;
          }
          if (json === undefined) {
            // The content-type check reports a body that is not JSON; the schema cannot judge it.
            continue;
          }
          const problems = context.validate(schema, json);
          if (problems.length > 0) {
            context.fail({
              message: `the ${status} body does not match the schema: ${problems.slice(0, 5).join("; ")}`,
              expected: { summary: `a body valid against the ${status} schema`, specPointer: schema },
              exchange,
            });
          }
        }
      },
    });
  }
  return checks;
}

function operationPointer(operations: readonly OperationModel[], exchange: Exchange): string {
  const operation = operations.find((candidate) => candidate.action === exchange.operation);
  const status = exchange.received?.status;
  const schema = status === undefined ? undefined : operation?.responseSchemas.get(status);
  return schema === undefined ? "/paths" : schema.replace(/\/schema$/, "");
}
