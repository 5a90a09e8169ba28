/**
 * An answer that is not what ECS sends: a body that is not JSON (an HTML page from a proxy, XML,
 * an empty reply) or an error without a `Code`. Raised instead of a bare `SyntaxError`.
 */
export class EcsUnexpectedResponseError extends Error {
  override readonly name = "EcsUnexpectedResponseError";
  readonly status: number;
  readonly contentType: string | undefined;
  /** The start of the body as received (at most 1 kB), to show what came back. */
  readonly body: string;
  readonly action: string | undefined;

  constructor(details: {
    status: number;
    contentType: string | undefined;
    body: string;
    action?: string | undefined;
  }) {
    super(
      `Unexpected ${details.status} answer${details.action ? ` to ${details.action}` : ""}: expected a JSON body, got ${
        details.contentType ?? "no content type"
      } (${details.body.length === 0 ? "empty" : JSON.stringify(details.body.slice(0, 80))})`,
    );
    this.status = details.status;
    this.contentType = details.contentType;
    this.body = details.body.slice(0, 1024);
    this.action = details.action;
  }
}
