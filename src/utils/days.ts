/**
 * Calendar days in a zone, keyed `YYYY-MM-DD`: which day an instant falls on, day arithmetic, grouping
 * times by day, and a zone's offset. The agenda, the list's matching and the in-memory backend use
 * them; the collapsed card and the credits do not, so they are apart from time.ts.
 */
import { formatter } from './time.js';

/** A calendar day in some zone, `YYYY-MM-DD`. */
export type DayKey = string;

/** A calendar day in a zone and the instants it spans: 23, 24 or 25 hours, `end` exclusive. */
export interface ZonedDay {
  key: DayKey;
  start: Date;
  end: Date;
}

/** The calendar day an instant falls on in a zone. */
export function dayKeyOf(instant: Date | string, timeZone: string): DayKey {
  // `format` is several times faster than `formatToParts`, and en-US numeric dates are "MM/DD/YYYY".
  const [month, day, year] = formatter('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant))
    .split('/');
  return `${year}-${month}-${day}`;
}

function keyToUtcDate(key: DayKey): Date {
  const [year, month, day] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** Calendar arithmetic on day keys; no zone is involved, so DST cannot skew it. */
export function addDays(key: DayKey, days: number): DayKey {
  const date = keyToUtcDate(key);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday of a day key: 1 = Monday … 7 = Sunday. */
export function isoWeekday(key: DayKey): number {
  return keyToUtcDate(key).getUTCDay() || 7;
}

/** `count` consecutive calendar days from `first`. */
export function dayKeys(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, index) => addDays(first, index));
}

/** How far a zone's wall clock is ahead of UTC at an instant, in ms, as `Intl` reads it. */
export function offsetAt(instant: number, timeZone: string): number {
  const parts = formatter('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find(p => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return wall - (instant - (instant % 60_000));
}

/**
 * An instant inside day `key` in a zone (its local noon, give or take a DST hour): what a label needs
 * to show that date. Components use it so they need no zone database; the exact conversions of
 * wall times (the mentors' hours) are `wallTimeToInstant`'s.
 */
export function middayOf(key: DayKey, timeZone: string): Date {
  const noonUtc = Date.parse(`${key}T12:00:00Z`);
  return new Date(noonUtc - offsetAt(noonUtc, timeZone));
}

/** Groups items by the day their start falls on in a zone, days in first-seen order. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[], timeZone: string): Map<DayKey, T[]> {
  const days = new Map<DayKey, T[]>();
  // Times in order mostly share a day with the one before: ask Intl for the day once per day, not
  // once per time (an agenda has hundreds). A day's window runs from the time that opened it to its
  // midnight, read with that time's offset, less 3 hours for any DST change before midnight; times
  // outside it are read one by one.
  let key = '';
  let from = Infinity;
  let until = -Infinity;
  for (const item of items) {
    const time = Date.parse(item.startsAt);
    if (time < from || time >= until) {
      const read = dayKeyOf(item.startsAt, timeZone);
      if (read !== key || time < from) {
        key = read;
        from = time;
        until = Date.parse(`${addDays(key, 1)}T00:00:00Z`) - offsetAt(time, timeZone) - 3 * 3_600_000;
      }
    }
    const day = days.get(key);
    if (day) day.push(item);
    else days.set(key, [item]);
  }
  return days;
}

/** A zone's current offset, e.g. `GMT+5:30`, in the locale's words. */
export function zoneOffsetLabel(instant: Date | string, locale: string, timeZone: string): string {
  const parts = formatter(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(instant));
  return parts.find(part => part.type === 'timeZoneName')?.value ?? timeZone;
}
