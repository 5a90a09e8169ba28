/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 makes a slice of 13 or more
 * characters a view of its parent, so a short value read from a 1 MiB body would keep the whole body alive
 * for as long as the value is kept. Only for strings kept long after their request (large requests, the
 * request log's cut values): the copy costs what the string is long.
 */
export function detached(text: string): string {
  // JSON keeps every UTF-16 unit, lone surrogates included, and parsing builds a fresh string.
  return JSON.parse(JSON.stringify(text)) as string;
}
