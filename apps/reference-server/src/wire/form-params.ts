// Printable ASCII without `%` or `+`: such a query decodes to itself, so it can be split without
// URLSearchParams (a third of the cost of reading a typical request's parameters).
const PLAIN = /^[\x21-\x24\x26-\x2a\x2c-\x7e]*$/;

/**
 * Calls `visit` with every name and value of a query string or form body, in order, decoded exactly as
 * `URLSearchParams` decodes them (`+` is a space, a broken escape stays literal, invalid UTF-8 becomes
 * U+FFFD); empty segments are skipped, as there.
 */
export function forEachFormParam(text: string, visit: (name: string, value: string) => void): void {
  if (!PLAIN.test(text)) {
    for (const [name, value] of new URLSearchParams(text)) {
      visit(name, value);
    }
    return;
  }
  // URLSearchParams drops one leading `?`.
  let start = text.charCodeAt(0) === 63 ? 1 : 0;
  while (start < text.length) {
    let end = text.indexOf("&", start);
    if (end === -1) {
      end = text.length;
    }
    if (end > start) {
      const equals = text.indexOf("=", start);
      if (equals === -1 || equals > end) {
        visit(text.slice(start, end), "");
      } else {
        visit(text.slice(start, equals), text.slice(equals + 1, end));
      }
    }
    start = end + 1;
  }
}

/** The query of a request URL (after `?`, before any `#`), or undefined when there is none. */
export function queryStringOf(url: string): string | undefined {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) {
    return undefined;
  }
  const hashStart = url.indexOf("#", queryStart);
  return url.slice(queryStart + 1, hashStart === -1 ? undefined : hashStart);
}
