/**
 * Wall-clock times in a zone as instants, on `Intl` alone (`offsetAt`): the exact conversions the
 * mentors' weekly hours need, DST gaps and overlaps included. Kept apart from time.ts so that only the
 * code that needs them (the in-memory backend) brings them into a bundle.
 */
import { addDays, dayKeyOf, offsetAt, type DayKey, type ZonedDay } from './days.js';
import { formatter } from './time.js';

const DAY_MS = 86_400_000;

/**
 * The instant at which a zone's wall clock shows `time` (`HH:MM`) on `key`. Like Temporal's
 * "compatible" disambiguation: a time repeated by a fall-back change is its first occurrence, and a
 * time skipped by a spring-forward gap lands just after the gap (02:30 → 03:30), never before it.
 */
export function wallTimeToInstant(key: DayKey, time: string, timeZone: string): Date {
  // The wall time read as if it were UTC, and the offsets in force a day either side of it (a zone
  // changes its offset at most once in two days).
  const wall = Date.parse(`${key}T${time}:00Z`);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  // An instant is this wall time when the zone's offset then takes it there.
  const shows = (instant: number) => instant + offsetAt(instant, timeZone) === wall;
  const earlier = Math.min(wall - before, wall - after);
  const later = Math.max(wall - before, wall - after);
  if (shows(earlier)) return new Date(earlier);
  if (shows(later)) return new Date(later);
  // Inside a gap: read the wall time with the offset in force before the gap.
  return new Date(wall - before);
}

export function zonedDay(key: DayKey, timeZone: string): ZonedDay {
  return {
    key,
    start: wallTimeToInstant(key, '00:00', timeZone),
    end: wallTimeToInstant(addDays(key, 1), '00:00', timeZone),
  };
}

/** `count` consecutive days in a zone, starting with `firstKey`. */
export function dayRange(firstKey: DayKey, count: number, timeZone: string): ZonedDay[] {
  return Array.from({ length: count }, (_, index) => zonedDay(addDays(firstKey, index), timeZone));
}

// A series' `every` (client/types.ts's SeriesEvery, spelled out: utils/ imports nothing outside it).
const SERIES_DAYS = { week: 7, '2weeks': 14 } as const;

/**
 * The starts of `count` meetings from `first`, `every` week or two, at the same wall-clock time in
 * `timeZone` (a series keeps the mentor's: 18:00 in Madrid stays 18:00 across a change of clocks).
 * The memory store's series and Cal.com's recurring ones fall on these.
 */
export function occurrenceStarts(first: Date, every: keyof typeof SERIES_DAYS, count: number, timeZone: string): Date[] {
  const day = dayKeyOf(first, timeZone);
  const time = formatter('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(first);
  return Array.from({ length: count }, (_, index) => wallTimeToInstant(addDays(day, index * SERIES_DAYS[every]), time, timeZone));
}
