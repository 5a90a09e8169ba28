import type { FetchLike } from "@ecs-tasks/contract";
import type { WireRequest } from "./probe-request.js";

/** The answer to one request, as received. */
export interface ReceivedResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
  /** The body parsed as JSON, when it parses. */
  json?: unknown;
}

/** One request and what came back (or why nothing did). */
export interface Exchange {
  /** Order in the run, from 1. */
  sequence: number;
  /** The operation whose contract judges the answer, when there is one. */
  operation?: string | undefined;
  /** The id of the check that sent it. */
  checkId: string;
  sent: WireRequest;
  /** The format the answer must come in. */
  expectedFormat: "JSON" | "XML";
  received?: ReceivedResponse;
  /** Set when no answer arrived: a network error or a timeout. */
  transportError?: string;
  durationMs: number;
}

/** The error for an answer that did not come in time. */
export class ExchangeTimeoutError extends Error {
  override name = "ExchangeTimeoutError";
}

/** The error for a request given up because the run was stopped. */
export class ExchangeInterruptedError extends Error {
  override name = "ExchangeInterruptedError";
}

/** Sends one wire request and reads the whole answer, giving up after `timeoutMs` or when `signal` aborts. */
export async function performExchange(
  fetcher: FetchLike,
  sent: WireRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<{ received?: ReceivedResponse; transportError?: string }> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new ExchangeTimeoutError(`no complete answer within ${timeoutMs} ms`));
    }, timeoutMs);
    stop = () => {
      controller.abort();
      reject(new ExchangeInterruptedError("the run was stopped before the answer came"));
    };
    if (signal?.aborted) {
      stop();
    } else {
      signal?.addEventListener("abort", stop, { once: true });
    }
  });
  try {
    const request = new Request(sent.url, {
      method: sent.method,
      headers: sent.headers,
      body: sent.body,
      signal: controller.signal,
    });
    const received = await Promise.race([readResponse(fetcher, request), timeout]);
    return { received };
  } catch (error) {
    return { transportError: describeError(error) };
  } finally {
    clearTimeout(timer);
    if (stop !== undefined) {
      signal?.removeEventListener("abort", stop);
    }
  }
}

async function readResponse(fetcher: FetchLike, request: Request): Promise<ReceivedResponse> {
  const response = await fetcher(request);
  const body = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const received: ReceivedResponse = { status: response.status, headers, body };
  try {
    received.json = JSON.parse(body);
  } catch {
    // Not JSON: the content-type and format checks say so; the body text is kept for the report.
  }
  return received;
}

/** A one-line description of a thrown value, with the cause a network error hides. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.message}${cause}`;
  }
  return String(error);
}
