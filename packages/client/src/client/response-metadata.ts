/** How a call went: what AWS SDK v3 calls `$metadata`, for the answer that ended it. */
export interface ResponseMetadata {
  /** The HTTP status of the answer. */
  readonly httpStatusCode: number;
  /** The answer's `RequestId` (or its `x-acs-request-id` header): what Alibaba Cloud support asks for. */
  readonly requestId: string | undefined;
  /** Attempts made, the successful one included: 1 when nothing was retried. */
  readonly attempts: number;
  /** Milliseconds from the call to its parsed answer, retries and waits between them included. */
  readonly totalTimeMs: number;
}

/** An answer with its `$metadata`: a non-enumerable property, so JSON, spreads and `toEqual` see the body alone. */
export type WithMetadata<T> = T & { readonly $metadata: ResponseMetadata };

/** Attaches `$metadata` to a parsed answer, out of its enumerable fields. */
export function withMetadata<T extends object>(body: T, metadata: ResponseMetadata): WithMetadata<T> {
  return Object.defineProperty(body, "$metadata", { value: metadata }) as WithMetadata<T>;
}
