/**
 * The hours form's draft and what it says, pure: the draft from the backend's hours, each field's
 * problem in the form's words, and the booked sessions that fall on the draft's days off.
 */
import type { MentorHours, MentorSession, TimeOff, WeeklyHours } from '../../client/types.js';
import { formatInZone } from '../../utils/time.js';
import { hoursProblems, type HoursProblem } from '../../utils/weekly-hours.js';

export interface HoursDraft {
  timeZone: string;
  weekly: WeeklyHours[];
  timeOff: TimeOff[];
  noticeMinutes: number | null;
  bufferMinutes: number | null;
}

export const draftOf = (hours: MentorHours): HoursDraft => structuredClone(hours);

/** The message beside a field for its problem. */
const MESSAGES = {
  time: 'rangeTime',
  empty: 'rangeEmpty',
  overlap: 'rangeOverlap',
  weekday: 'rangeTime',
  day: 'timeOffDay',
  order: 'timeOffOrder',
  note: 'timeOffDay',
  minutes: 'rangeTime',
} as const satisfies Record<HoursProblem, string>;

export type ProblemMessage = (typeof MESSAGES)[HoursProblem];

/** Each field's message (`weekly.2` → "These hours overlap…"), the form's order kept. */
export function problemsOf(draft: HoursDraft): Map<string, ProblemMessage> {
  return new Map(hoursProblems(draft).map(({ field, problem }) => [field, MESSAGES[problem]]));
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone` (Canadian English writes days so). */
export const dayIn = (instant: string | Date, timeZone: string) =>
  formatInZone(instant, 'en-CA', timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The upcoming sessions that fall on one of the draft's days off, in the mentor's zone: they stay booked. */
export function bookedOnDaysOff(sessions: readonly MentorSession[], draft: HoursDraft): MentorSession[] {
  return sessions.filter(session => {
    if (session.status === 'canceled') return false;
    const day = dayIn(session.startsAt, draft.timeZone);
    return draft.timeOff.some(range => range.from && range.to && range.from <= day && day <= range.to);
  });
}
