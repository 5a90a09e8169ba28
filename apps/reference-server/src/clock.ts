/** A source of the current time in epoch milliseconds; everything time-dependent reads it instead of `Date.now()`. */
export interface Clock {
  /** The current time in epoch milliseconds. */
  now(): number;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** The observable state of a {@link ControllableClock}. */
export interface ClockState {
  readonly nowMs: number;
  readonly frozen: boolean;
}

/**
 * What a {@link ControllableClock} needs to be rebuilt after a restart: its offset from the base clock and
 * where it is frozen, if it is. The offset, not the time, is kept, so a running clock that was set ahead
 * stays ahead by as much, and has moved on with real time while the server was down.
 */
export interface ClockSetting {
  readonly offsetMs: number;
  readonly frozenAtMs: number | null;
}

/**
 * A clock that follows a base clock at an offset, and can be set, advanced or frozen.
 *
 * It keeps an offset rather than its own timer so that an unfrozen clock keeps moving with real time
 * after `set` or `advance`, which is what a running server needs between control calls.
 */
export class ControllableClock implements Clock {
  readonly #base: Clock;
  #offsetMs = 0;
  #frozenAtMs: number | null = null;

  readonly #onChange: ((setting: ClockSetting) => void) | undefined;

  /**
   * Starts at the base clock's time, or at `startMs` when given, or as `setting` left it; frozen when
   * `frozen` is true. `onChange` hears every change before the clock takes it (so that a store can keep the
   * setting across restarts); when it throws, the clock stays as it was.
   */
  constructor(
    options: {
      base?: Clock;
      startMs?: number;
      frozen?: boolean;
      setting?: ClockSetting;
      onChange?: (setting: ClockSetting) => void;
    } = {},
  ) {
    this.#base = options.base ?? systemClock;
    if (options.setting !== undefined) {
      this.#offsetMs = options.setting.offsetMs;
      this.#frozenAtMs = options.setting.frozenAtMs;
    }
    if (options.startMs !== undefined) {
      this.#offsetMs = options.startMs - this.#base.now();
    }
    if (options.frozen === true) {
      this.#frozenAtMs = this.now();
    }
    this.#onChange = options.onChange;
  }

  /** The offset and frozen time, enough to rebuild this clock (see {@link ClockSetting}). */
  setting(): ClockSetting {
    return { offsetMs: this.#offsetMs, frozenAtMs: this.#frozenAtMs };
  }

  /**
   * Takes a new setting once `onChange` has accepted it: a listener that throws (a store that could not save
   * the setting) leaves the clock as it was, so the clock never shows a time that would be lost on restart.
   */
  #apply(offsetMs: number, frozenAtMs: number | null): void {
    this.#onChange?.({ offsetMs, frozenAtMs });
    this.#offsetMs = offsetMs;
    this.#frozenAtMs = frozenAtMs;
  }

  /** The current time in epoch milliseconds. */
  now(): number {
    return this.#frozenAtMs ?? this.#base.now() + this.#offsetMs;
  }

  /** Jumps to `ms`; a frozen clock stays frozen there. */
  set(ms: number): void {
    if (this.#frozenAtMs !== null) {
      this.#apply(this.#offsetMs, ms);
    } else {
      this.#apply(ms - this.#base.now(), null);
    }
  }

  /** How far the clock is from its base clock now (the time it shows minus the base's time). */
  offsetMs(): number {
    return this.#frozenAtMs === null ? this.#offsetMs : this.#frozenAtMs - this.#base.now();
  }

  /**
   * Puts the clock `offsetMs` from its base clock: exactly, for a running clock, so that a caller who read
   * {@link offsetMs} can put a running clock back where it was; a frozen clock stays frozen at that time.
   */
  setOffset(offsetMs: number): void {
    if (this.#frozenAtMs !== null) {
      this.#apply(this.#offsetMs, this.#base.now() + offsetMs);
    } else {
      this.#apply(offsetMs, null);
    }
  }

  /** Moves the clock forward (or back, for a negative value) by `ms`. */
  advance(ms: number): void {
    this.set(this.now() + ms);
  }

  /** Stops the clock at its current time. */
  freeze(): void {
    this.#apply(this.#offsetMs, this.now());
  }

  /** Lets a frozen clock run again from where it stopped. */
  resume(): void {
    if (this.#frozenAtMs === null) {
      return;
    }
    this.#apply(this.#frozenAtMs - this.#base.now(), null);
  }

  /** Follows the base clock again, unfrozen and without offset. */
  reset(): void {
    this.#apply(0, null);
  }

  /** The time and whether the clock is frozen. */
  state(): ClockState {
    return { nowMs: this.now(), frozen: this.#frozenAtMs !== null };
  }
}
