/** A documented ECS error on its way to the client; `onError` turns it into the error body. */
export class EcsError extends Error {
  readonly status: number;
  readonly code: string;
  /** Extra response headers, such as `x-acs-retry-after` on `Throttling`. */
  readonly headers: Readonly<Record<string, string>>;

  /** An error with its HTTP status, `Code` and exact `Message`. */
  constructor(status: number, code: string, message: string, headers: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = "EcsError";
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}
