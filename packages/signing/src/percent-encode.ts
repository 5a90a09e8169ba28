/** A parameter as a name and an already decoded value. */
export type ParameterPair = readonly [name: string, value: string];

const RESERVED_BY_ALIBABA = /[!'()*]/g;
// Names and most values (ids, regions, dates) are made of unreserved characters only; testing for that
// costs a quarter of encoding them.
const UNRESERVED_ONLY = /^[\w.~-]*$/;

function escapeReserved(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * Percent-encodes a string the way Alibaba Cloud signs it: RFC 3986 over UTF-8, upper-case hex,
 * only `A-Z a-z 0-9 - _ . ~` left bare (so a space is `%20`, never `+`).
 */
export function percentEncode(value: string): string {
  if (UNRESERVED_ONLY.test(value)) {
    return value;
  }
  // encodeURIComponent already leaves exactly the RFC 3986 unreserved set bare, except for these five.
  return encodeURIComponent(value).replace(RESERVED_BY_ALIBABA, escapeReserved);
}

function byEncodedName(a: ParameterPair, b: ParameterPair): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

/**
 * Builds the canonical query string both signature versions sign: pairs sorted by encoded name
 * (code-unit order), each name and value percent-encoded, joined with `=` and `&`.
 */
export function canonicalizeParameters(parameters: Iterable<ParameterPair>): string {
  const encoded: ParameterPair[] = [];
  for (const [name, value] of parameters) {
    encoded.push([percentEncode(name), percentEncode(value)]);
  }
  encoded.sort(byEncodedName);
  let out = "";
  for (const [name, value] of encoded) {
    out += out === "" ? `${name}=${value}` : `&${name}=${value}`;
  }
  return out;
}
