import type { EcsErrorCode } from "@ecs-tasks/contract";

/**
 * An error code: one of the codes the spec documents, or another string, because a real endpoint
 * (or a proxy in front of it) may answer with a code the spec does not list.
 */
export type EcsApiErrorCode = EcsErrorCode | (string & {});

/** What an ECS error body says, plus the HTTP status it came with. */
export interface EcsApiErrorDetails<C extends string = EcsApiErrorCode> {
  status: number;
  code: C;
  message: string;
  requestId: string | undefined;
  hostId: string | undefined;
  recommend: string | undefined;
  /** The action that failed. */
  action?: string | undefined;
  /** Delay the server asked for in `x-acs-retry-after`, in milliseconds. */
  retryAfterMs?: number | undefined;
}

/** An error answer from ECS (HTTP 4xx/5xx with an error body): status, code, message and ids, as sent. */
export class EcsApiError<C extends string = EcsApiErrorCode> extends Error {
  override readonly name = "EcsApiError";
  readonly status: number;
  readonly code: C;
  readonly requestId: string | undefined;
  readonly hostId: string | undefined;
  readonly recommend: string | undefined;
  readonly action: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(details: EcsApiErrorDetails<C>) {
    // The server's Message verbatim, so callers can compare it with the documented one.
    super(details.message);
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.hostId = details.hostId;
    this.recommend = details.recommend;
    this.action = details.action;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Narrows an unknown caught value to an `EcsApiError` (any code, documented or not). */
export function isEcsApiError(error: unknown): error is EcsApiError;
/** Narrows an unknown caught value to an `EcsApiError` with one of the given documented codes. */
export function isEcsApiError<C extends EcsErrorCode>(
  error: unknown,
  ...codes: [C, ...C[]]
): error is EcsApiError<C>;
export function isEcsApiError(error: unknown, ...codes: string[]): boolean {
  return error instanceof EcsApiError && (codes.length === 0 || codes.includes(error.code));
}
