/** The request never got an answer: the connection failed, was reset, or the body could not be read. */
export class EcsNetworkError extends Error {
  override readonly name: string = "EcsNetworkError";
  /** The action that was being called. */
  readonly action: string | undefined;

  constructor(message: string, options: { cause?: unknown; action?: string | undefined } = {}) {
    super(message, { cause: options.cause });
    this.action = options.action;
  }
}

/** No answer arrived within the per-attempt timeout; a kind of network failure, retried the same way. */
export class EcsTimeoutError extends EcsNetworkError {
  override readonly name: string = "EcsTimeoutError";
  readonly timeoutMs: number;

  constructor(timeoutMs: number, options: { action?: string | undefined } = {}) {
    super(`No answer within ${timeoutMs} ms`, options);
    this.timeoutMs = timeoutMs;
  }
}
