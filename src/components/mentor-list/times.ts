/**
 * Whether a mentor's weekly hours meet the student's preferred times: each of the mentor's windows
 * (wall clock in their zone) placed in the coming week, and read in the student's zone half an hour at
 * a time. Pure: no Lit.
 */
import type { DayPart, MenteeProfile, WeeklyHours } from '../../client/types.js';
import { addDays, dayKeyOf, isoWeekday, offsetAt, type DayKey } from '../../utils/days.js';

const HALF_HOUR = 1_800_000;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The instant `HH:MM` on day `key` in a zone falls at, with the zone's offset of that moment (like
 * `middayOf`): inside a DST gap it may be an hour off, which matching can bear.
 */
function wallTimeNear(key: DayKey, time: string, zone: string): number {
  const utc = Date.parse(`${key}T${time}:00Z`);
  return utc - offsetAt(utc, zone);
}

/** The part of the day an hour (0–23) falls in: morning 06–12, afternoon 12–18, evening 18–22. */
export function partOf(hour: number): DayPart | undefined {
  if (hour >= 6 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  return hour >= 18 && hour < 22 ? 'evening' : undefined;
}

/** A window the backend sent that can be read: an ISO weekday and `HH:MM` start before its end. */
function readable(window: WeeklyHours | null | undefined): window is WeeklyHours {
  return (
    !!window &&
    [1, 2, 3, 4, 5, 6, 7].includes(window.weekday) &&
    HH_MM.test(window.start) &&
    HH_MM.test(window.end) &&
    window.start < window.end
  );
}

/**
 * Whether any of the mentor's hours falls on a weekday and part of the day the student prefers, in the
 * student's zone, in the week from `now`. `undefined` when either side says nothing (no preference, no
 * hours shared): matching then neither rewards nor penalises.
 */
export function meetsPreferredTimes(
  hours: readonly WeeklyHours[] | undefined,
  mentorZone: string,
  times: MenteeProfile['times'],
  studentZone: string,
  now: Date,
): boolean | undefined {
  const windows = (hours ?? []).filter(readable);
  if (windows.length === 0 || (times.weekdays.length === 0 && times.parts.length === 0)) return undefined;
  const today = dayKeyOf(now, mentorZone);
  for (let offset = 0; offset < 7; offset += 1) {
    const day = addDays(today, offset);
    for (const window of windows.filter(candidate => candidate.weekday === isoWeekday(day))) {
      const end = wallTimeNear(day, window.end, mentorZone);
      for (let at = wallTimeNear(day, window.start, mentorZone); at < end; at += HALF_HOUR) {
        // The student's wall clock at that moment, read as a UTC date: its weekday and hour.
        const local = new Date(at + offsetAt(at, studentZone));
        const part = partOf(local.getUTCHours());
        const dayOk = times.weekdays.length === 0 || times.weekdays.includes(local.getUTCDay() || 7);
        const partOk = times.parts.length === 0 || (!!part && times.parts.includes(part));
        if (dayOk && partOk) return true;
      }
    }
  }
  return false;
}
