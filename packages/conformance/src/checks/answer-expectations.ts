// Shared judgements of one answer, so every check words its failures the same way.

import { isJsonObject } from "../spec/json-value.js";
import type { DocumentedError } from "../spec/operation-model.js";
import type { Exchange } from "../wire/exchange.js";
import type { CheckContext, Expectation } from "./check.js";

/** The expectation of a documented error, in the words the report prints. */
export function errorExpectation(error: DocumentedError): Expectation {
  const match = error.messageMatch === "prefix" ? "starting with " : "";
  return {
    summary: `${error.status} ${error.code}, Message ${match}${JSON.stringify(error.message)}`,
    specPointer: error.pointer,
  };
}

/** Fails the check unless the answer is `error` exactly: status, Code and Message. */
export function expectDocumentedError(
  context: CheckContext,
  exchange: Exchange,
  error: DocumentedError,
): void {
  const expected = errorExpectation(error);
  const received = exchange.received;
  if (received === undefined) {
    context.fail({ message: `no answer: ${exchange.transportError ?? "unknown"}`, expected, exchange });
    return;
  }
  const problems: string[] = [];
  if (received.status !== error.status) {
    problems.push(`status ${received.status}, expected ${error.status}`);
  }
  const body = received.json;
  if (!isJsonObject(body)) {
    problems.push("the body is not a JSON object");
  } else {
    if (body.Code !== error.code) {
      problems.push(`Code ${JSON.stringify(body.Code)}, expected ${JSON.stringify(error.code)}`);
    }
    const message = body.Message;
    const messageOk =
      typeof message === "string" &&
      (error.messageMatch === "prefix" ? message.startsWith(error.message) : message === error.message);
    if (!messageOk) {
      problems.push(`Message ${JSON.stringify(message)}, expected ${JSON.stringify(error.message)}`);
    }
  }
  if (problems.length > 0) {
    context.fail({ message: problems.join("; "), expected, exchange });
  }
}

/** Fails the check unless the answer is a 200 with a JSON object body; returns that body. */
export function expectSuccess(
  context: CheckContext,
  exchange: Exchange,
  expected: Expectation,
): Record<string, unknown> | undefined {
  const received = exchange.received;
  if (received === undefined) {
    context.fail({ message: `no answer: ${exchange.transportError ?? "unknown"}`, expected, exchange });
    return undefined;
  }
  if (received.status !== 200 || !isJsonObject(received.json)) {
    const what = isJsonObject(received.json)
      ? `${received.status} ${String(received.json.Code ?? "")} ${String(received.json.Message ?? "")}`.trim()
      : `${received.status} with a body that is not a JSON object`;
    context.fail({ message: `answered ${what}`, expected, exchange });
    return undefined;
  }
  return received.json;
}
