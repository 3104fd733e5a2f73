/**
 * Whether a mentor's weekly hours meet the student's preferred times: each of the mentor's windows
 * (wall clock in their zone) placed in the coming week, and read in the student's zone half an hour at
 * a time. Pure: no Lit.
 */
import type { DayPart, MenteeProfile, WeeklyHours } from '../../client/types.js';
import { formatter } from '../../utils/time.js';

const HALF_HOUR = 1_800_000;
const DAY = 86_400_000;
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** A clock in `zone` at `at`: its weekday (ISO), date and hour, read with one cached formatter. */
function clockIn(zone: string, at: number): { weekday: number; year: number; month: number; day: number; hour: number; minute: number } {
  const parts = formatter('en-US', {
    timeZone: zone,
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const value = (type: string) => parts.find(part => part.type === type)!.value;
  return {
    weekday: WEEKDAYS[value('weekday')],
    year: Number(value('year')),
    month: Number(value('month')),
    day: Number(value('day')),
    hour: Number(value('hour')),
    minute: Number(value('minute')),
  };
}

/**
 * The instant a wall-clock time on a date in `zone` falls at, with the zone's offset of that moment.
 * (Matching only needs the hour right: a time inside a DST gap lands an hour off, which is fine here.)
 */
function wallTime(zone: string, year: number, month: number, day: number, time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  const guess = Date.UTC(year, month - 1, day, hours, minutes);
  const seen = clockIn(zone, guess);
  const offset = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - guess;
  return guess - offset;
}
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

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
  for (let offset = 0; offset < 7; offset += 1) {
    const date = clockIn(mentorZone, now.getTime() + offset * DAY);
    for (const window of windows.filter(candidate => candidate.weekday === date.weekday)) {
      const end = wallTime(mentorZone, date.year, date.month, date.day, window.end);
      for (let at = wallTime(mentorZone, date.year, date.month, date.day, window.start); at < end; at += HALF_HOUR) {
        const student = clockIn(studentZone, at);
        const part = partOf(student.hour);
        const dayOk = times.weekdays.length === 0 || times.weekdays.includes(student.weekday);
        const partOk = times.parts.length === 0 || (!!part && times.parts.includes(part));
        if (dayOk && partOk) return true;
      }
    }
  }
  return false;
}
