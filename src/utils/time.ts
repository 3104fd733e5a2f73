/**
 * Time-zone helpers on `Intl`. Instants are UTC; a "day" is a calendar date in one explicit zone,
 * keyed as `YYYY-MM-DD`. Reading a zone's wall clock goes through `Intl` (exact whatever the
 * browser's own zone is). Turning a wall-clock time into an instant, with its DST gaps and overlaps,
 * is in zoned-time.ts (on `Intl` too), which only the code that needs it imports (the in-memory
 * backend), so the components' bundle carries none of it. Nothing here formats with the browser's implicit zone.
 */
import { clock } from './clock.js';
import { intl } from './intl.js';

/** Whether `zone` is an IANA zone this browser knows: a valid one's formatter is kept (intl.ts), so it is checked once. */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatter('en', { timeZone: zone });
    return zone.trim() !== '';
  } catch {
    return false;
  }
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

/**
 * "11:00 AM" on one line: browsers write a plain space before the day period (Chrome changed
 * U+202F back to a space), where a narrow sidebar would break it.
 */
const timeOnOneLine = (text: string) => text.replace(/(\d) (?=[ap]\.? ?m)/gi, '$1\u00a0');

/** Formats an instant for people, always in the zone given. */
export function formatInZone(instant: Date | string, locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): string {
  return timeOnOneLine(formatter(locale, { ...options, timeZone }).format(new Date(instant)));
}

/** A zone's city for people: `America/New_York` → `New York`. */
export function zoneCity(timeZone: string): string {
  return timeZone.slice(timeZone.lastIndexOf('/') + 1).replaceAll('_', ' ');
}

/** The formatter of `fullDateTimeOf`, for callers that format hundreds of instants at once. */
export function fullDateTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return formatter(locale, { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone });
}

/** A date and time in full, as a person says it: "Tuesday, December 3 at 3:30 PM" / "martes, 3 de diciembre, 15:30". */
export function fullDateTimeOf(instant: Date | string, locale: string, timeZone: string): string {
  return timeOnOneLine(fullDateTimeFormat(locale, timeZone).format(new Date(instant)));
}

/** The formatter of `localTimeOf`. */
export function localTimeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  return formatter(locale, { hour: 'numeric', minute: '2-digit', timeZone });
}

/** What a clock in `timeZone` shows at `instant`, e.g. `10:42` or `10:42 AM`, in the locale's style. */
export function localTimeOf(instant: Date | string, locale: string, timeZone: string): string {
  return timeOnOneLine(localTimeFormat(locale, timeZone).format(new Date(instant)));
}

/**
 * A zone as people read it, in `locale`: "Colombia Time", "hora de Colombia" (Intl's generic name;
 * the id's city where Intl has none). One name everywhere a widget says which zone a time is in: an
 * IANA id is never shown.
 */
export function zoneName(timeZone: string, locale: string): string {
  return (
    formatter(locale, { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(clock.now())
      .find(part => part.type === 'timeZoneName')?.value ?? zoneCity(timeZone)
  );
}

/** A date and time in full with the zone it is told in: "Tuesday, December 3 at 3:30 PM (Colombia Time)". */
export function fullDateTimeInZone(instant: Date | string, locale: string, timeZone: string): string {
  return `${fullDateTimeOf(instant, locale, timeZone)} (${zoneName(timeZone, locale)})`;
}
