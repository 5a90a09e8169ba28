/**
 * The default of every limit that keeps one client from taking more than its share of a shared server.
 * Each is an option of `createApp` or `listen` and a flag of the command (see the README's options table).
 */
export const DEFAULT_LIMITS = {
  /** The longest parameter name or value, in characters, where the spec documents no shorter maximum. */
  maxParameterLength: 4096,
  /** The characters of parameters the request log keeps, all its requests together. */
  requestLogBytes: 8 * 1024 * 1024,
  /** Faults armed at once through the control API. */
  maxFaults: 1000,
  /** Task fates scripted at once through the control API. */
  maxTaskFates: 1000,
  /** The largest control API body read. */
  maxControlBodyBytes: 64 * 1024,
  /** Nonces one AccessKeyId may have within the 15-minute timestamp window (verify mode). */
  maxNoncesPerKey: 1_000_000,
  /** Connections open at once; a new one beyond is closed at once. */
  maxConnections: 1000,
  /** How long a client may take to send its request line and headers. */
  headersTimeoutMs: 10_000,
  /** How long a client may take to send its whole request. */
  requestTimeoutMs: 30_000,
} as const;

/** `value`, or `fallback` when it is not given; anything but a positive integer is refused, naming the option. */
export function positiveIntegerOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) {
    return fallback;
  }
  if (!(Number.isInteger(value) && value > 0)) {
    throw new Error(`${name} must be a positive integer, got ${value}.`);
  }
  return value;
}
