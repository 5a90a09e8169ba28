import { ecsOperations } from "@ecs-tasks/contract";
import type { ListedHeaders } from "./listed-headers.js";

/** A parameter over its limit: the spec's `maxLength` for it, or the general limit. */
export interface OverlongParameter {
  readonly name: string;
  /** In characters (code points for a documented maximum, as JSON Schema counts them). */
  readonly length: number;
  readonly limit: number;
  /** Whether the limit is the parameter's own documented `maxLength`. */
  readonly documented: boolean;
}

/** Each action's parameters that the spec gives a `maxLength`, by name. */
const DOCUMENTED_MAXIMA: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  ecsOperations.map(({ action, parameters }) => [
    action,
    new Map(
      parameters.flatMap(({ name, schema }) =>
        typeof schema.maxLength === "number" ? [[name, schema.maxLength] as const] : [],
      ),
    ),
  ]),
);

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) {
    count++;
  }
  return count;
}

/**
 * The `x-acs-*` headers a server reads without verifying signatures, each with the parameter that takes its
 * place when sent (see `readRpcRequest`): the action and the version.
 */
const ACS_HEADERS_READ_UNSIGNED = [
  ["x-acs-action", "Action"],
  ["x-acs-version", "Version"],
] as const;

/**
 * Finds the first parameter (name or value) longer than allowed, so that no client can make the server
 * store, log or page through values of any size: a value the spec bounds (`maxLength`) is held to that bound,
 * every other name and value, and every `x-acs-*` header the server reads, to `maxLength` characters. A server
 * that verifies signatures reads every `x-acs-*` header (V3 signs them all, and keeps the nonce); one that
 * does not reads only `x-acs-action` and `x-acs-version` (docs/decisions/0035).
 */
export function findOverlongParameter(
  action: string | undefined,
  params: ReadonlyMap<string, string>,
  headers: ListedHeaders,
  readsEveryAcsHeader: boolean,
  maxLength: number,
): OverlongParameter | undefined {
  const documented = action === undefined ? undefined : DOCUMENTED_MAXIMA.get(action);
  for (const [name, value] of params) {
    if (name.length > maxLength) {
      return { name: name.slice(0, 64), length: name.length, limit: maxLength, documented: false };
    }
    const own = documented?.get(name);
    // A string's length counts UTF-16 units, never fewer than its code points: only a long one is counted.
    if (own !== undefined && value.length > own && codePoints(value) > own) {
      return { name, length: codePoints(value), limit: own, documented: true };
    }
    if (value.length > maxLength) {
      return { name, length: value.length, limit: maxLength, documented: false };
    }
  }
  if (readsEveryAcsHeader) {
    for (const [name, value] of headers.list()) {
      if (name.startsWith("x-acs-") && value.length > maxLength) {
        return { name, length: value.length, limit: maxLength, documented: false };
      }
    }
    return undefined;
  }
  for (const [name, parameter] of ACS_HEADERS_READ_UNSIGNED) {
    const length = params.get(parameter) ? 0 : (headers.get(name)?.length ?? 0);
    if (length > maxLength) {
      return { name, length, limit: maxLength, documented: false };
    }
  }
  return undefined;
}
