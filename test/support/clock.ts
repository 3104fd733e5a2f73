/**
 * A pinned, movable clock for the memory store: tests never depend on the real date.
 * The default "now" is Tuesday 24 November 2026, 12:00 UTC.
 */
import { clock as componentClock } from '../../src/utils/clock.js';

export const DEFAULT_NOW = '2026-11-24T12:00:00.000Z';

export interface TestClock {
  (): Date;
  /** Moves the clock forward. */
  advance(minutes: number): void;
  set(instant: string): void;
}

export function fixedClock(start: string = DEFAULT_NOW): TestClock {
  let now = Date.parse(start);
  const clock = (() => new Date(now)) as TestClock;
  clock.advance = minutes => {
    now += minutes * 60_000;
  };
  clock.set = instant => {
    now = Date.parse(instant);
  };
  return clock;
}

/** Pins the components' "now" at `now` for a whole `describe` block, and puts the real clock back after it. */
export function pinComponentsClock(now: string): void {
  const realNow = componentClock.now;
  before(() => {
    componentClock.now = () => new Date(now);
  });
  after(() => {
    componentClock.now = realNow;
  });
}
