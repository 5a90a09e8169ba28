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

/** The most recent requests, oldest dropped first; a fixed-size ring so that logging costs no allocation churn. */
export class RequestLog {
  readonly #capacity: number;
  readonly #entries: (RecordedRequest | undefined)[];
  #next = 0;
  #count = 0;

  /** Keeps at most `capacity` requests. */
  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
    this.#entries = new Array(this.#capacity);
  }

  /** Records a request. */
  add(entry: RecordedRequest): void {
    this.#entries[this.#next] = entry;
    this.#next = (this.#next + 1) % this.#capacity;
    this.#count = Math.min(this.#count + 1, this.#capacity);
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
    this.#next = 0;
    this.#count = 0;
  }
}
