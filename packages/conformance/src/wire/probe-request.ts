import type { AuthFault } from "../spec/operation-model.js";

/** Where the parameters of a request travel. */
export type ParameterPlacement = "query" | "form";

/** Which wire dialect names the action: V3 (`x-acs-action` header) or V1 (`Action` parameter). */
export type WireStyle = "v3" | "v1";

/** A request to send, before it is put on the wire and signed. */
export interface ProbeRequest {
  /** The action to name; `null` names none at all. */
  action: string | null;
  /** The API version to name; `null` names none at all. */
  version: string | null;
  method: string;
  params: Array<[string, string]>;
  placement: ParameterPlacement;
  /** Appended to the query string as is, to send what a well-behaved encoder never would. */
  rawQuerySuffix?: string;
  /** Extra headers (not signed). */
  headers?: Record<string, string>;
  /** What to get wrong when signing. */
  authFault?: AuthFault;
  /**
   * The `Format` parameter: absent sends the dialect's default (none for V3, which then answers JSON;
   * `JSON` for V1), `null` sends none at all, a string sends that.
   */
  format?: string | null;
  /** Overrides the run's dialect for this request. */
  style?: WireStyle;
}

/** The format a request's answer must come in (docs/decisions/0006-response-format.md). */
export function expectedFormat(call: ProbeRequest, style: WireStyle): "JSON" | "XML" {
  if (typeof call.format === "string") {
    return call.format.toUpperCase() === "XML" ? "XML" : "JSON";
  }
  // Without Format, a request naming its action in the Action parameter gets XML, as ECS documents.
  return call.format === null && style === "v1" && call.action !== null ? "XML" : "JSON";
}

/** A request exactly as it goes on the wire. */
export interface WireRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Serialises parameters as `application/x-www-form-urlencoded` (the same encoding for query and body). */
export function encodeParameters(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
}
