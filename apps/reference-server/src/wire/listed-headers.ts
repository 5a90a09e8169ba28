/**
 * A request's headers, listed at most once. Listing a web `Request`'s headers makes @hono/node-server build a
 * whole `Headers` object (every name validated and lower-cased, the list sorted on each walk), and reading one
 * from that object costs a WebIDL conversion. A server that verifies signatures lists them (the parameter
 * length check, the signature's coverage) and then reads a dozen: once listed, they are read from the list.
 * One that does not never lists them, and reads the few it needs from the request.
 */
export class ListedHeaders {
  readonly #headers: Headers;
  #listed: Map<string, string> | undefined;

  /** Wraps a request's headers; nothing is read yet. */
  constructor(headers: Headers) {
    this.#headers = headers;
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
      const listed = new Map<string, string>();
      // Headers has no iterator in the server's library types (no DOM.Iterable), so forEach lists them.
      this.#headers.forEach((value, name) => {
        listed.set(name, value);
      });
      this.#listed = listed;
    }
    return this.#listed;
  }
}
