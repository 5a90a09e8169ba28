import { describe, expect, it } from "vitest";
import { type Clock, type ClockSetting, ControllableClock } from "./clock.js";

function manualBase(startMs: number): Clock & { tick(ms: number): void } {
  let now = startMs;
  return {
    now: () => now,
    tick: (ms) => {
      now += ms;
    },
  };
}

describe("ControllableClock", () => {
  it("follows its base clock until told otherwise", () => {
    const base = manualBase(1_000);
    const clock = new ControllableClock({ base });
    expect(clock.now()).toBe(1_000);
    base.tick(250);
    expect(clock.now()).toBe(1_250);
  });

  it("starts at a chosen time and keeps moving with the base", () => {
    const base = manualBase(1_000);
    const clock = new ControllableClock({ base, startMs: 50_000 });
    base.tick(10);
    expect(clock.now()).toBe(50_010);
  });

  it("sets and advances while running", () => {
    const base = manualBase(0);
    const clock = new ControllableClock({ base });
    clock.set(10_000);
    base.tick(5);
    expect(clock.now()).toBe(10_005);
    clock.advance(995);
    expect(clock.now()).toBe(11_000);
    clock.advance(-1_000);
    expect(clock.now()).toBe(10_000);
  });

  it("stands still while frozen, accepts set and advance, and resumes from where it stopped", () => {
    const base = manualBase(0);
    const clock = new ControllableClock({ base, startMs: 7_000, frozen: true });
    base.tick(1_000);
    expect(clock.state()).toEqual({ nowMs: 7_000, frozen: true });
    clock.advance(500);
    clock.set(clock.now() + 500);
    expect(clock.now()).toBe(8_000);
    clock.resume();
    expect(clock.now()).toBe(8_000);
    base.tick(3);
    expect(clock.state()).toEqual({ nowMs: 8_003, frozen: false });
  });

  it("resume on a running clock changes nothing, and reset returns to the base time", () => {
    const base = manualBase(100);
    const clock = new ControllableClock({ base });
    clock.advance(50);
    clock.resume();
    expect(clock.now()).toBe(150);
    clock.freeze();
    clock.reset();
    base.tick(1);
    expect(clock.state()).toEqual({ nowMs: 101, frozen: false });
  });

  it("reports its offset from the base, and is put back at an offset exactly, running or frozen", () => {
    const base = manualBase(1_000);
    const clock = new ControllableClock({ base });
    clock.advance(60_000);
    base.tick(7);
    expect(clock.offsetMs()).toBe(60_000);
    clock.setOffset(-250);
    base.tick(3);
    expect(clock.state()).toEqual({ nowMs: 760, frozen: false });
    clock.freeze();
    base.tick(100);
    expect(clock.offsetMs()).toBe(-350);
    clock.setOffset(5_000);
    base.tick(100);
    expect(clock.state()).toEqual({ nowMs: 6_110, frozen: true });
  });

  it("reports every change of its setting, and starts again from a saved one", () => {
    const base = manualBase(1_000);
    const saved: ClockSetting[] = [];
    const clock = new ControllableClock({ base, onChange: (setting) => saved.push(setting) });
    clock.set(5_000);
    clock.advance(1_000);
    clock.freeze();
    base.tick(500);
    clock.resume();
    clock.reset();
    expect(saved).toEqual([
      { offsetMs: 4_000, frozenAtMs: null },
      { offsetMs: 5_000, frozenAtMs: null },
      { offsetMs: 5_000, frozenAtMs: 6_000 },
      { offsetMs: 4_500, frozenAtMs: null },
      { offsetMs: 0, frozenAtMs: null },
    ]);
    const frozen = new ControllableClock({ base, setting: { offsetMs: 0, frozenAtMs: 42 } });
    expect(frozen.state()).toEqual({ nowMs: 42, frozen: true });
    const ahead = new ControllableClock({ base, setting: { offsetMs: 10_000, frozenAtMs: null } });
    base.tick(1);
    expect(ahead.now()).toBe(base.now() + 10_000);
    expect(ahead.setting()).toEqual({ offsetMs: 10_000, frozenAtMs: null });
  });
});
