// A failed check's request as the report shows it: secrets left out, and as a curl command to paste.
import type { WireRequest } from "../wire/probe-request.js";
import type { ReportedRequest } from "./conformance-report.js";

/** What stands in the report for a value that must not be shown. */
export const REDACTED = "REDACTED";

/** How a run's requests are shown: which headers carry secrets, and how to sign a request again. */
export interface ReproductionSettings {
  /** Lower-case names of the headers whose values are secret (an STS token, a gateway's token). */
  secretHeaders: ReadonlySet<string>;
  /** The command that sends the request again, signed afresh (`ecs-conformance ... --only <id>`). */
  rerun: string;
}

/** A request as reported, the curl command that sends it again, and what to mind before pasting it. */
export interface Reproduction {
  request: ReportedRequest;
  curl: string;
  note?: string;
}

// The V1 parameter that carries an STS token: a secret, in the query or the form body.
const SECRET_PARAMETERS = ["SecurityToken"];

function redactParameters(encoded: string, redacted: Set<string>): string {
  return encoded
    .split("&")
    .map((pair) => {
      const name = pair.split("=", 1)[0] ?? "";
      if (SECRET_PARAMETERS.includes(name)) {
        redacted.add(name);
        return `${name}=${REDACTED}`;
      }
      return pair;
    })
    .join("&");
}

/** Single-quotes a word for a POSIX shell: nothing inside is expanded. */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'"'"'`)}'`;
}

function isSigned(request: ReportedRequest): boolean {
  if ((request.headers.authorization ?? "").startsWith("ACS3-")) {
    return true;
  }
  const query = request.url.includes("?") ? request.url.slice(request.url.indexOf("?") + 1) : "";
  return [query, request.body ?? ""].some((encoded) => /(^|&)Signature=/.test(encoded));
}

/** The curl command that sends exactly this request (globbing off, so `[` and `{` in a URL stay as they are). */
export function curlCommand(request: ReportedRequest): string {
  const words = ["curl", "-sS", "-i", "-g"];
  if (request.method !== "GET" || request.body !== undefined) {
    words.push("-X", request.method);
  }
  words.push(shellQuote(request.url));
  for (const [name, value] of Object.entries(request.headers)) {
    // `-H 'name:'` would remove the header; `name;` is curl's way to send it empty.
    words.push("-H", shellQuote(value === "" ? `${name};` : `${name}: ${value}`));
  }
  if (request.body !== undefined) {
    words.push("--data-raw", shellQuote(request.body));
  }
  return words.join(" ");
}

/** The report's view of a request: secrets replaced by {@link REDACTED}, with its curl command and a note. */
export function reproduce(sent: WireRequest, settings: ReproductionSettings): Reproduction {
  const redacted = new Set<string>();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(sent.headers)) {
    if (settings.secretHeaders.has(name.toLowerCase())) {
      redacted.add(name);
      headers[name] = REDACTED;
    } else {
      headers[name] = value;
    }
  }
  const queryAt = sent.url.indexOf("?");
  const url =
    queryAt < 0
      ? sent.url
      : `${sent.url.slice(0, queryAt + 1)}${redactParameters(sent.url.slice(queryAt + 1), redacted)}`;
  const request: ReportedRequest = { method: sent.method, url, headers };
  if (sent.body !== undefined) {
    request.body =
      (sent.headers["content-type"] ?? "").includes("form-urlencoded") && sent.body !== ""
        ? redactParameters(sent.body, redacted)
        : sent.body;
  }
  const notes: string[] = [];
  if (isSigned(request)) {
    notes.push(
      `It is signed with a one-time nonce and a timestamp: a server that verifies signatures accepts it once, within 15 minutes. To send it again there, sign it again: ${settings.rerun}`,
    );
  }
  if (redacted.size > 0) {
    notes.push(`${[...redacted].join(", ")} is left out (${REDACTED}): put your own value in its place.`);
  }
  const reproduction: Reproduction = { request, curl: curlCommand(request) };
  if (notes.length > 0) {
    reproduction.note = notes.join(" ");
  }
  return reproduction;
}
