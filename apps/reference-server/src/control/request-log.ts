import { DEFAULT_LIMITS } from "../resource-limits.js";
import { detached } from "../wire/detached-string.js";

/** Longer values are kept as their first this many characters and a marker saying how much was cut. */
export const LOGGED_VALUE_LENGTH = 1024;
/** One entry keeps parameters up to this many characters; the rest are counted in a marker parameter. */
const LOGGED_ENTRY_LENGTH = 64 * 1024;
/** What an entry costs besides its parameters: ids, time, method, action, status, code and the JSON around them. */
const ENTRY_OVERHEAD = 256;
/** The parameter that stands for the parameters an entry does not keep. */
const CUT_PARAMETERS = "…";

/** One request as the control API lists it. */
export interface LoggedRequest {
  readonly requestId: string;
  /** Server clock time of arrival, ISO 8601. */
  readonly receivedAt: string;
  readonly method: string;
  readonly action: string | null;
  readonly params: Readonly<Record<string, string>>;
  readonly status: number;
  /** The error code, or null for a success. */
  readonly code: string | null;
}

/** A request as recorded on the hot path: raw values, formatted only when someone lists them. */
export interface RecordedRequest {
  readonly requestId: string;
  readonly receivedAtMs: number;
  readonly method: string;
  readonly action: string | undefined;
  readonly params: ReadonlyMap<string, string> | undefined;
  readonly status: number;
  readonly code: string | null;
}

// An STS token is a credential and a signature lets a captured request be replayed within its window:
// neither is shown. Redacting when listing keeps the hot path free of the work.
const REDACTED_PARAMETERS = new Set(["SecurityToken", "Signature", "AccessKeySecret"]);

function redacted(params: ReadonlyMap<string, string>): Record<string, string> {
  // fromEntries defines own properties, so a parameter named `__proto__` cannot reach a prototype.
  const shown = Object.fromEntries(params);
  for (const name of REDACTED_PARAMETERS) {
    if (params.has(name)) {
      shown[name] = "[redacted]";
    }
  }
  return shown;
}

function present(entry: RecordedRequest): LoggedRequest {
  return {
    requestId: entry.requestId,
    receivedAt: new Date(entry.receivedAtMs).toISOString(),
    method: entry.method,
    action: entry.action ?? null,
    params: entry.params === undefined ? {} : redacted(entry.params),
    status: entry.status,
    code: entry.code,
  };
}

/** The parameters as the log keeps them: long values cut with a marker, and the entry itself bounded. */
function compacted(params: ReadonlyMap<string, string> | undefined): {
  params: ReadonlyMap<string, string> | undefined;
  size: number;
} {
  if (params === undefined) {
    return { params, size: ENTRY_OVERHEAD };
  }
  let size = ENTRY_OVERHEAD;
  let fits = true;
  for (const [name, value] of params) {
    size += name.length + value.length;
    if (value.length > LOGGED_VALUE_LENGTH || name.length > LOGGED_VALUE_LENGTH) {
      fits = false;
    }
  }
  if (fits && size <= LOGGED_ENTRY_LENGTH) {
    return { params, size };
  }
  // Cut strings are copied, so that the log keeps no view of the request's full text (see `detached`).
  const kept = new Map<string, string>();
  size = ENTRY_OVERHEAD;
  let left = params.size;
  for (const [name, value] of params) {
    const shownName = cut(name);
    const shownValue = cut(value);
    if (size + shownName.length + shownValue.length > LOGGED_ENTRY_LENGTH) {
      break;
    }
    kept.set(shownName, shownValue);
    size += shownName.length + shownValue.length;
    left--;
  }
  if (left > 0) {
    const marker = `[cut ${left} more parameters]`;
    kept.set(CUT_PARAMETERS, marker);
    size += CUT_PARAMETERS.length + marker.length;
  }
  return { params: kept, size };
}

function cut(text: string): string {
  return text.length <= LOGGED_VALUE_LENGTH
    ? detached(text)
    : `${detached(text.slice(0, LOGGED_VALUE_LENGTH))}…[cut ${text.length - LOGGED_VALUE_LENGTH} characters]`;
}

/**
 * The most recent requests, oldest dropped first, bounded both in count and in size (the characters of
 * their parameters plus a fixed cost per entry), so that listing all of them is a bounded answer whatever
 * was sent. A fixed-size ring, so that logging costs no allocation churn.
 */
export class RequestLog {
  readonly #capacity: number;
  readonly #maxBytes: number;
  readonly #entries: (RecordedRequest | undefined)[];
  readonly #sizes: number[];
  #next = 0;
  #count = 0;
  #bytes = 0;

  /** Keeps at most `capacity` requests, and at most `maxBytes` characters of them. */
  constructor(capacity: number, maxBytes: number = DEFAULT_LIMITS.requestLogBytes) {
    this.#capacity = Math.max(1, capacity);
    this.#maxBytes = maxBytes;
    this.#entries = new Array(this.#capacity);
    this.#sizes = new Array<number>(this.#capacity).fill(0);
  }

  /** The size of the requests kept, in characters of their parameters plus a fixed cost each. */
  get bytes(): number {
    return this.#bytes;
  }

  /** Records a request, dropping the oldest until it fits. */
  add(entry: RecordedRequest): void {
    const { params, size } = compacted(entry.params);
    while (this.#count > 0 && (this.#count === this.#capacity || this.#bytes + size > this.#maxBytes)) {
      this.#dropOldest();
    }
    this.#entries[this.#next] = params === entry.params ? entry : { ...entry, params };
    this.#sizes[this.#next] = size;
    this.#bytes += size;
    this.#next = (this.#next + 1) % this.#capacity;
    this.#count++;
  }

  #dropOldest(): void {
    const oldest = (this.#next - this.#count + this.#capacity) % this.#capacity;
    this.#entries[oldest] = undefined;
    this.#bytes -= this.#sizes[oldest] as number;
    this.#sizes[oldest] = 0;
    this.#count--;
  }

  /** Up to `limit` requests, newest first. */
  recent(limit: number): LoggedRequest[] {
    const out: LoggedRequest[] = [];
    for (let i = 1; i <= Math.min(limit, this.#count); i++) {
      const entry = this.#entries[(this.#next - i + this.#capacity) % this.#capacity];
      if (entry !== undefined) {
        out.push(present(entry));
      }
    }
    return out;
  }

  /** Forgets every request. */
  clear(): void {
    this.#entries.fill(undefined);
    this.#sizes.fill(0);
    this.#next = 0;
    this.#count = 0;
    this.#bytes = 0;
  }
}
