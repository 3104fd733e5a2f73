/**
 * Wall-clock times in a zone as instants, on date-fns-tz: the exact conversions the mentors' weekly
 * hours need, DST gaps and overlaps included. Kept apart from time.ts so that only the code that
 * needs a zone database (the in-memory backend) brings it into a bundle.
 */
import { fromZonedTime, getTimezoneOffset } from 'date-fns-tz';
import { addDays, dayKeyOf, type DayKey, type ZonedDay } from './days.js';
import { formatter } from './time.js';

const DAY_MS = 86_400_000;

/** What a zone's wall clock shows at an instant, as `YYYY-MM-DDTHH:MM`. */
function wallClockOf(instant: Date, timeZone: string): string {
  const time = formatter('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return `${dayKeyOf(instant, timeZone)}T${time}`;
}

/**
 * The instant at which a zone's wall clock shows `time` (`HH:MM`) on `key`. Like Temporal's
 * "compatible" disambiguation: a time repeated by a fall-back change is its first occurrence, and a
 * time skipped by a spring-forward gap lands just after the gap (02:30 → 03:30), never before it.
 */
export function wallTimeToInstant(key: DayKey, time: string, timeZone: string): Date {
  const instant = fromZonedTime(`${key}T${time}:00`, timeZone);
  if (wallClockOf(instant, timeZone) === `${key}T${time}`) return instant;
  // Inside a gap: read the wall time with the offset in force before the gap.
  const offsetBefore = getTimezoneOffset(timeZone, new Date(instant.getTime() - DAY_MS));
  return new Date(Date.parse(`${key}T${time}:00Z`) - offsetBefore);
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
