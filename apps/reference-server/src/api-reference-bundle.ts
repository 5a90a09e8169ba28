/** Scalar's standalone browser bundle: the copy the build puts in `dist/assets/`. */
export interface ApiReferenceBundle {
  readonly body: Uint8Array<ArrayBuffer>;
  /** A strong ETag of the body, so a browser revalidates instead of downloading it again. */
  readonly etag: string;
}

// The build copies the bundle next to the compiled modules (scripts/copy-api-reference.mjs), so the published
// server does not depend on Scalar's package at run time. Run from source (this repository's tests), there is
// no copy, and the bundle comes from the development dependency it is copied from.
const BUNDLE_COPY = "./assets/scalar-api-reference.js";
const BUNDLE_SPECIFIER = "@scalar/api-reference/browser/standalone.js";

let loading: Promise<ApiReferenceBundle> | undefined;

/**
 * Reads the bundle on first use and keeps it: most servers never serve the page, so neither their start-up nor
 * their memory pays for 3.5 MB of JavaScript they do not send.
 */
export function loadApiReferenceBundle(): Promise<ApiReferenceBundle> {
  loading ??= readBundle().catch((error: unknown) => {
    // A failed read is not remembered: the next request for the page tries again.
    loading = undefined;
    throw error;
  });
  return loading;
}

async function readBundle(): Promise<ApiReferenceBundle> {
  // The only file this app reads. The Node modules are imported here, on the first request for the page, so
  // importing `createApp` loads none of them: Node, Bun and Deno provide both; a runtime without a file system
  // (workerd) answers the page's script with 503 and everything else as usual.
  const [{ createRequire }, { readFile }] = await Promise.all([
    import("node:module"),
    import("node:fs/promises"),
  ]);
  // Resolved here, not at load: workerd gives a module no file URL to resolve against.
  const body = new Uint8Array(
    await readFile(new URL(BUNDLE_COPY, import.meta.url)).catch(() =>
      readFile(createRequire(import.meta.url).resolve(BUNDLE_SPECIFIER)),
    ),
  );
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
  const hex = Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { body, etag: `"${hex}"` };
}
