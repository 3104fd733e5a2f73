import { dayKeyOf } from './days.js';

/**
 * How many calendar days in `timeZone` lie from `from` to `to` (0 the same day, 1 the next…), whatever
 * the hours: "free in 2 days", "you can join in 2 days". Its own module, so that the CDN build puts it
 * with the list's and the sessions' shared code, not in the agenda's path.
 */
export function calendarDaysBetween(from: Date | string, to: Date | string, timeZone: string): number {
  return Math.round((Date.parse(dayKeyOf(to, timeZone)) - Date.parse(dayKeyOf(from, timeZone))) / 86_400_000);
}
