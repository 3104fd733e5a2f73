/**
 * The agenda's range of days as data: how many, which is first, and how it moves. Pure: the element
 * keeps `rangeStart` (where the student moved to) and reads everything else from here.
 */
import { addDays, type DayKey } from '../../utils/days.js';

/** The `days` attribute as a count the agenda shows: 1–31, 7 when unusable. */
export function dayCount(days: number): number {
  return Math.min(31, Math.max(1, Math.floor(days) || 7));
}

/** The first day shown: where the student moved to, else the `start-date` attribute (if a date), else today. */
export function firstDay({ rangeStart, startDate, today }: { rangeStart?: DayKey; startDate?: string; today: DayKey }): DayKey {
  if (rangeStart) return rangeStart;
  if (startDate && /^\d{4}-\d{2}-\d{2}$/.test(startDate)) return startDate;
  return today;
}

/** The first day after moving one range forward or back; never before today. */
export function moveRange(first: DayKey, count: number, direction: 1 | -1, today: DayKey): DayKey {
  const next = addDays(first, direction * count);
  return next < today ? today : next;
}

/** Whether an earlier range can be shown: not when today is already in view. */
export function canGoBack(first: DayKey, today: DayKey): boolean {
  return first > today;
}

const HOUR = 3_600_000;

/**
 * The instants to ask for so that `count` days from `first` are covered in every zone on Earth
 * (UTC−12 … UTC+14): the student can switch zones without a new request.
 */
export function rangeCoveringAllZones(first: DayKey, count: number): { from: string; to: string } {
  const start = Date.parse(`${first}T00:00:00Z`) - 14 * HOUR;
  const end = Date.parse(`${addDays(first, count)}T00:00:00Z`) + 12 * HOUR;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}
