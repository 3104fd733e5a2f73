/**
 * Time-zone helpers on `Intl`. Instants are UTC; a "day" is a calendar date in one explicit zone,
 * keyed as `YYYY-MM-DD`. Reading a zone's wall clock goes through `Intl` (exact whatever the
 * browser's own zone is). Turning a wall-clock time into an instant, with its DST gaps and overlaps,
 * is in zoned-time.ts (date-fns-tz), which only the code that needs it imports, so the components'
 * bundle carries no zone database code. Nothing here formats with the browser's implicit zone.
 */
import { intl } from './intl.js';

/** A calendar day in some zone, `YYYY-MM-DD`. */
export type DayKey = string;

/** A calendar day in a zone and the instants it spans: 23, 24 or 25 hours, `end` exclusive. */
export interface ZonedDay {
  key: DayKey;
  start: Date;
  end: Date;
}

const validZones = new Map<string, boolean>();

export function isValidTimeZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = zone.trim() !== '';
    } catch {
      valid = false;
    }
    validZones.set(zone, valid);
  }
  return valid;
}

/** Zones that browsers' ICU still reports by the names they had before IANA renamed them. */
const RENAMED_ZONES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
};

/** A zone by its current IANA name: a student in India sees Kolkata, not Calcutta. */
export function currentZoneName(zone: string): string {
  return RENAMED_ZONES[zone] ?? zone;
}

/** The browser's own zone, by its current IANA name. */
export function browserTimeZone(): string {
  return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** A cached `Intl.DateTimeFormat` (see intl.ts). */
export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return intl(Intl.DateTimeFormat, locale, options);
}

/** Formats an instant for people, always in the zone given. */
export function formatInZone(
  instant: Date | string,
  locale: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return formatter(locale, { ...options, timeZone }).format(new Date(instant));
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
function offsetAt(instant: number, timeZone: string): number {
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

/** A zone's city for people: `America/New_York` → `New York`. */
export function zoneCity(timeZone: string): string {
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}

/** A zone's current offset, e.g. `GMT+5:30`, in the locale's words. */
export function zoneOffsetLabel(instant: Date | string, locale: string, timeZone: string): string {
  const parts = formatter(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(new Date(instant));
  return parts.find(part => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The formatter of `fullDateTimeOf`, for callers that format hundreds of instants at once. */
export function fullDateTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone });
}

/** A date and time in full, as a person says it: "Tuesday, December 3 at 3:30 PM" / "martes, 3 de diciembre, 15:30". */
export function fullDateTimeOf(instant: Date | string, locale: string, timeZone: string): string {
  return fullDateTimeFormat(locale, timeZone).format(new Date(instant));
}

/** The formatter of `localTimeOf`. */
export function localTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone });
}

/** What a clock in `timeZone` shows at `instant`, e.g. `10:42` or `10:42 AM`, in the locale's style. */
export function localTimeOf(instant: Date | string, locale: string, timeZone: string): string {
  return localTimeFormat(locale, timeZone).format(new Date(instant));
}

/** A date and time in full with the zone it is told in: "Tuesday, December 3 at 3:30 PM (America/Bogota)". */
export function fullDateTimeInZone(instant: Date | string, locale: string, timeZone: string): string {
  return `${fullDateTimeOf(instant, locale, timeZone)} (${timeZone})`;
}
