/**
 * A request's headers, listed at most once. Listing a web `Request`'s headers makes @hono/node-server build a
 * whole `Headers` object (every name validated and lower-cased, the list sorted on each walk), and reading one
 * from that object costs a WebIDL conversion. A server that verifies signatures lists them (the parameter
 * length check, the signature's coverage) and then reads a dozen: once listed, they are read from the list.
 * One that does not never lists them, and reads the few it needs from the request.
 */
export class ListedHeaders {
  readonly #headers: Headers;
  readonly #parsed: readonly unknown[] | undefined;
  #listed: Map<string, string> | undefined;

  /**
   * Wraps a request's headers; nothing is read yet. `parsed` is the same headers as the runtime's HTTP parser
   * listed them, names and values alternating (Node's `IncomingMessage.rawHeaders`), where there is one.
   */
  constructor(headers: Headers, parsed?: readonly unknown[]) {
    this.#headers = headers;
    this.#parsed = parsed;
  }

  /** A header by its lower-case name, repeated ones joined with `, ` as `Headers.get` does; undefined when absent. */
  get(lowerCaseName: string): string | undefined {
    return this.#listed === undefined
      ? (this.#headers.get(lowerCaseName) ?? undefined)
      : this.#listed.get(lowerCaseName);
  }

  /** Every header, by lower-case name, as `Headers.forEach` lists them. */
  list(): ReadonlyMap<string, string> {
    if (this.#listed === undefined) {
      this.#listed = this.#fromParsed() ?? this.#fromHeaders();
    }
    return this.#listed;
  }

  #fromHeaders(): Map<string, string> {
    const listed = new Map<string, string>();
    // Headers has no iterator in the server's library types (no DOM.Iterable), so forEach lists them.
    this.#headers.forEach((value, name) => {
      listed.set(name, value);
    });
    return listed;
  }

  // The one trick of the request path (docs/decisions/0035): on Node, the list the HTTP parser made is read
  // as `Headers` would read it (names lower-cased, repeated values joined with `, `; the parser has already
  // refused invalid names and values and trimmed the values), which costs 0.5 µs against 3 µs for the
  // adapter to build a `Headers` object and list it; a verifying server lists every request's headers.
  #fromParsed(): Map<string, string> | undefined {
    const parsed = this.#parsed;
    if (parsed === undefined) {
      return undefined;
    }
    const listed = new Map<string, string>();
    for (let i = 0; i + 1 < parsed.length; i += 2) {
      const name = parsed[i];
      const value = parsed[i + 1];
      if (typeof name !== "string" || typeof value !== "string") {
        return undefined;
      }
      // HTTP/2 pseudo-headers (`:path`...) are not headers, as the adapter's own list leaves them out.
      if (!name.startsWith(":")) {
        const lowerCaseName = name.toLowerCase();
        const earlier = listed.get(lowerCaseName);
        listed.set(lowerCaseName, earlier === undefined ? value : `${earlier}, ${value}`);
      }
    }
    return listed;
  }
}
