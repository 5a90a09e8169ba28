import type { IdSource } from "../id-source.js";
import type { EcsError } from "../wire/ecs-error.js";
import type { ErrorCatalogue } from "../wire/error-catalogue.js";
import { LimitReachedError } from "./limit-reached-error.js";

/** A fault as the control API accepts it. */
export interface FaultSpec {
  /** The action it applies to, or `*` for every action. */
  readonly action: string;
  /** A documented error of that action (by its example name in the spec, e.g. `Throttling`), if any. */
  readonly error?: string;
  /** Delay added before the answer, in ms. */
  readonly latencyMs?: number;
  /** `x-acs-retry-after` (ms) sent with a `Throttling` error. */
  readonly retryAfterMs?: number;
  /** Fire on the next N matching calls (default 1 when no probability is given). */
  readonly times?: number;
  /** Fire on each matching call with this probability, drawn from a source seeded with `seed`. */
  readonly probability?: number;
  readonly seed?: string;
}

/** A registered fault and how many firings it has left (null: unlimited). */
export interface Fault extends FaultSpec {
  readonly id: string;
  readonly remaining: number | null;
}

/** What to do to one call: wait, then fail with an error or carry on. */
export interface FaultEffect {
  readonly latencyMs: number;
  readonly error: EcsError | undefined;
}

interface ActiveFault {
  fault: Fault;
  remaining: number | null;
  readonly draw: (() => number) | undefined;
}

/** A fault spec the injector cannot honour; the message says what to fix. */
export class InvalidFaultError extends Error {}

/**
 * Faults injected through the control API, per action. They are checked after routing and before the
 * operation, as a gateway would fail: throttling, internal errors, unavailability or added latency.
 */
export class FaultInjector {
  readonly #errors: ErrorCatalogue;
  readonly #makeSource: (seed: string | undefined) => IdSource;
  readonly #maxFaults: number;
  #active: ActiveFault[] = [];
  #counter = 0;

  /**
   * `makeSource` makes the random source of a probabilistic fault from its seed. At most `maxFaults` are
   * armed at once: every call walks them, so their number is what each call costs.
   */
  constructor(
    errors: ErrorCatalogue,
    makeSource: (seed: string | undefined) => IdSource,
    maxFaults = Number.POSITIVE_INFINITY,
  ) {
    this.#errors = errors;
    this.#makeSource = makeSource;
    this.#maxFaults = maxFaults;
  }

  /**
   * Registers a fault; throws {@link InvalidFaultError} when the spec is not usable, and
   * {@link LimitReachedError} when as many faults as allowed are armed.
   */
  add(spec: FaultSpec): Fault {
    if (this.#active.length >= this.#maxFaults) {
      throw new LimitReachedError(
        `${this.#active.length} faults are armed, the most this server allows (--max-faults): disarm some first (DELETE /_reference/faults/{id} or /_reference/faults).`,
      );
    }
    const actions = this.#errors.actions();
    if (spec.action !== "*" && !actions.includes(spec.action)) {
      throw new InvalidFaultError(
        `Unknown action "${spec.action}": use one of ${actions.join(", ")} or "*".`,
      );
    }
    if (spec.error === undefined && spec.latencyMs === undefined) {
      throw new InvalidFaultError("A fault needs an error, a latencyMs, or both.");
    }
    if (spec.error !== undefined) {
      const scope = spec.action === "*" ? actions : [spec.action];
      const missing = scope.filter((action) => this.#errors.find(action, spec.error as string) === undefined);
      if (missing.length > 0) {
        throw new InvalidFaultError(
          `"${spec.error}" is not a documented error of ${missing.join(", ")}: name one of the spec's error examples (e.g. Throttling, InternalError, ServiceUnavailable).`,
        );
      }
    }
    if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1)) {
      throw new InvalidFaultError("probability must be between 0 and 1.");
    }
    if (spec.times !== undefined && !(Number.isInteger(spec.times) && spec.times >= 1)) {
      throw new InvalidFaultError("times must be a positive integer.");
    }
    for (const key of ["latencyMs", "retryAfterMs"] as const) {
      const value = spec[key];
      if (value !== undefined && !(Number.isFinite(value) && value >= 0 && value <= 600_000)) {
        throw new InvalidFaultError(`${key} must be between 0 and 600000.`);
      }
    }
    const remaining = spec.times ?? (spec.probability === undefined ? 1 : null);
    const fault: Fault = { ...spec, id: `fault-${++this.#counter}`, remaining };
    const source = spec.probability === undefined ? undefined : this.#makeSource(spec.seed);
    this.#active.push({ fault, remaining, draw: source === undefined ? undefined : () => source.fraction() });
    return fault;
  }

  /** The faults still armed. */
  list(): Fault[] {
    return this.#active.map((a) => ({ ...a.fault, remaining: a.remaining }));
  }

  /** Disarms one fault; false when no armed fault has that id (it fired its last time, or was removed). */
  remove(id: string): boolean {
    const before = this.#active.length;
    this.#active = this.#active.filter((a) => a.fault.id !== id);
    return this.#active.length < before;
  }

  /** Disarms every fault. */
  clear(): void {
    this.#active = [];
  }

  /** The effect of the armed faults on one call of `action`, or undefined when none fires. */
  draw(action: string): FaultEffect | undefined {
    if (this.#active.length === 0) {
      return undefined;
    }
    let latencyMs = 0;
    let error: EcsError | undefined;
    let fired = false;
    for (const active of this.#active) {
      const { fault } = active;
      if (fault.action !== "*" && fault.action !== action) {
        continue;
      }
      if (active.draw !== undefined && active.draw() >= (fault.probability ?? 0)) {
        continue;
      }
      fired = true;
      if (active.remaining !== null) {
        active.remaining--;
      }
      latencyMs += fault.latencyMs ?? 0;
      if (error === undefined && fault.error !== undefined) {
        const headers: Record<string, string> =
          fault.error === "Throttling" ? { "x-acs-retry-after": String(fault.retryAfterMs ?? 1000) } : {};
        error = this.#errors.error(action, fault.error, headers);
      }
    }
    this.#active = this.#active.filter((a) => a.remaining === null || a.remaining > 0);
    return fired ? { latencyMs, error } : undefined;
  }
}
