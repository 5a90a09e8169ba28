/**
 * The most bytes of request line and headers the server reads. Long query strings are ordinary for RPC
 * (100 task ids, long names), so this is well above Node's 16 KiB; the app refuses a longer URL itself so
 * that every runtime (Node, Bun, Deno, workerd) answers the same documented error.
 */
export const MAX_REQUEST_HEAD_BYTES = 256 * 1024;
