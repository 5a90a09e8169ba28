// A proxy in front of a shared server may guard the control API by its prefix (`location /_reference`).
// Such a rule compares the path as sent, while a URL parser resolves `/%2e%2e/_reference/reset` to
// `/_reference/reset`: the two disagree on what the path names. The server therefore routes only paths that
// have one spelling, and answers every other spelling as an unknown path, before any route sees it.

// Bytes that RFC 3986 says are the same encoded or not (unreserved), and the two separators a decoder might
// turn an encoded one into.
const ALIASED_BYTES = /^(?:[A-Za-z0-9._~-]|\/|\\)$/;
// What a plain path never needs: a fast test that lets the usual path (`/`) through without a loop.
const MAYBE_NOT_PLAIN = /[%\\#]|\/\/|\/\.(?:\.)?(?:\/|$)/;

/** The path of a request target: origin form as sent (`/a?b`), or absolute form (`http://host/a?b`). */
export function pathOfTarget(target: string): string {
  let start = 0;
  if (!target.startsWith("/")) {
    const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(target);
    start = scheme === null ? 0 : scheme[0].length;
  }
  const query = target.indexOf("?", start);
  const path = target.slice(start, query === -1 ? target.length : query);
  return path === "" ? "/" : path;
}

/**
 * Whether a path has a single spelling: no `.` or `..` segment, no empty segment except a final one (`/a/`),
 * no backslash or `#`, and no percent-encoding of an unreserved character, `/` or `\` (nor a stray `%`).
 */
export function isPlainPath(path: string): boolean {
  if (!path.startsWith("/")) {
    return false;
  }
  if (!MAYBE_NOT_PLAIN.test(path)) {
    return true;
  }
  if (path.includes("\\") || path.includes("#")) {
    return false;
  }
  for (let at = path.indexOf("%"); at !== -1; at = path.indexOf("%", at + 1)) {
    const hex = path.slice(at + 1, at + 3);
    if (!/^[0-9A-Fa-f]{2}$/.test(hex) || ALIASED_BYTES.test(String.fromCharCode(Number.parseInt(hex, 16)))) {
      return false;
    }
  }
  const segments = path.slice(1).split("/");
  return segments.every(
    (segment, index) =>
      segment !== "." && segment !== ".." && (segment !== "" || index === segments.length - 1),
  );
}
