import type { IncomingMessage } from "node:http";

/** Reads one request header by its lower-case name: its value, or null when it is absent. */
export type HeaderReader = (lowerCaseName: string) => string | null;

const EDGE_WHITESPACE = /^[\t\n\r ]+|[\t\n\r ]+$/g;

// Node keeps only the first of these when a request repeats them, where Headers (and so @hono/node-server)
// joins every value: they are read from the raw header list instead.
const FIRST_ONLY_IN_NODE = new Set([
  "age",
  "authorization",
  "content-length",
  "content-type",
  "etag",
  "expires",
  "from",
  "host",
  "if-modified-since",
  "if-unmodified-since",
  "last-modified",
  "location",
  "max-forwards",
  "proxy-authorization",
  "referer",
  "retry-after",
  "server",
  "user-agent",
]);

function isHttpWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The headers of a request, read from Node's own parsed header object when the request came through
 * @hono/node-server: @hono/node-server's `Headers` reads that same object, but checks the name against a
 * pattern and wraps every read, which costs a signed request's nine reads about as much as its HMAC.
 * Values are the ones `Headers.get` gives: repeated names joined with ", ", surrounding whitespace trimmed.
 * Only single-valued names are read here (not `set-cookie`).
 */
export function headerReaderOf(request: Request, incoming: IncomingMessage | undefined): HeaderReader {
  if (incoming === undefined || incoming.httpVersionMajor !== 1) {
    return (name) => request.headers.get(name);
  }
  const headers = incoming.headers;
  const rawHeaders = incoming.rawHeaders;
  return (name) => {
    if (FIRST_ONLY_IN_NODE.has(name)) {
      let joined: string | null = null;
      for (let i = 0; i < rawHeaders.length; i += 2) {
        const rawName = rawHeaders[i] as string;
        if (rawName.length === name.length && rawName.toLowerCase() === name) {
          const value = trimmed(rawHeaders[i + 1] as string);
          joined = joined === null ? value : `${joined}, ${value}`;
        }
      }
      return joined;
    }
    const value = headers[name];
    return typeof value === "string" ? trimmed(value) : null;
  };
}

function trimmed(value: string): string {
  return value.length > 0 &&
    (isHttpWhitespace(value.charCodeAt(0)) || isHttpWhitespace(value.charCodeAt(value.length - 1)))
    ? value.replace(EDGE_WHITESPACE, "")
    : value;
}
