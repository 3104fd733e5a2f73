/**
 * The rules a mentor's hours must follow, in one place: the backend in memory refuses what breaks them,
 * and `<mentor-availability>` shows each problem beside its field before sending.
 */

export interface HoursDraft {
  weekly: ReadonlyArray<{ weekday: number; start: string; end: string }>;
  timeOff: ReadonlyArray<{ from: string; to: string; note?: string }>;
  noticeMinutes?: number | null;
  bufferMinutes?: number | null;
}

/**
 * What is wrong with one field: `time`, not `HH:MM`; `empty`, a range that ends at or before its start;
 * `overlap`, a range that overlaps an earlier one on its day; `weekday`, not 1–7; `day`, not a real
 * `YYYY-MM-DD`; `order`, time off that ends before it starts; `minutes`, not a whole number of minutes
 * from 0 to a week; `note`, a note over 500 characters.
 */
export type HoursProblem = 'time' | 'empty' | 'overlap' | 'weekday' | 'day' | 'order' | 'minutes' | 'note';

/** `weekly.2`, `timeOff.0`, `noticeMinutes` or `bufferMinutes`: the field a problem is beside. */
export type HoursField = `weekly.${number}` | `timeOff.${number}` | 'noticeMinutes' | 'bufferMinutes';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_MINUTES = 7 * 24 * 60;

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
}

/** Every problem of a draft, each with its field, in the order the form shows them. */
export function hoursProblems(draft: HoursDraft): Array<{ field: HoursField; problem: HoursProblem }> {
  const problems: Array<{ field: HoursField; problem: HoursProblem }> = [];
  draft.weekly.forEach((range, index) => {
    const field = `weekly.${index}` as const;
    if (!Number.isInteger(range.weekday) || range.weekday < 1 || range.weekday > 7) problems.push({ field, problem: 'weekday' });
    else if (!TIME.test(range.start) || !TIME.test(range.end)) problems.push({ field, problem: 'time' });
    else if (minutesOf(range.end) <= minutesOf(range.start)) problems.push({ field, problem: 'empty' });
    else {
      const overlaps = draft.weekly
        .slice(0, index)
        .some(
          other =>
            other.weekday === range.weekday &&
            TIME.test(other.start) &&
            minutesOf(other.start) < minutesOf(range.end) &&
            minutesOf(range.start) < minutesOf(other.end),
        );
      if (overlaps) problems.push({ field, problem: 'overlap' });
    }
  });
  draft.timeOff.forEach((range, index) => {
    const field = `timeOff.${index}` as const;
    if (!isDay(range.from) || !isDay(range.to)) problems.push({ field, problem: 'day' });
    else if (range.to < range.from) problems.push({ field, problem: 'order' });
    else if ((range.note ?? '').length > 500) problems.push({ field, problem: 'note' });
  });
  for (const field of ['noticeMinutes', 'bufferMinutes'] as const) {
    const value = draft[field];
    if (value != null && (!Number.isInteger(value) || value < 0 || value > WEEK_MINUTES)) problems.push({ field, problem: 'minutes' });
  }
  return problems;
}
