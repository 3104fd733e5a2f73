/**
 * The memory store's rules for the mentor's side, pure: a report as sent becomes a stored one (checked,
 * trimmed), which attendance gives the student's credit back, and hours as sent become the mentor's.
 */
import { MentorshipError } from '../errors.js';
import type { Attendance, MentorHours, SaveMentorHoursParams, SessionReport, SubmitSessionReportParams } from '../types.js';
import { isValidTimeZone } from '../../utils/time.js';
import { hoursProblems } from '../../utils/weekly-hours.js';

export const ATTENDANCES: readonly Attendance[] = ['held', 'student-absent', 'mentor-absent'];

const trimmed = (value: unknown, max: number) => (typeof value === 'string' ? value.trim().slice(0, max) : '');

/** The report `request` describes, sent at `at`; `bad-request` naming the field when it does not hold. */
export function reportFrom(
  request: Omit<SubmitSessionReportParams, 'signal' | 'idempotencyKey' | 'session'>,
  at: string,
  editableUntil: string | null,
): SessionReport {
  if (!ATTENDANCES.includes(request.attendance)) {
    throw new MentorshipError('bad-request', 'attendance must be held, student-absent or mentor-absent.');
  }
  const summary = trimmed(request.summary, 4000);
  // A held session is reported with what was covered; an absence needs no summary.
  if (request.attendance === 'held' && !summary) throw new MentorshipError('bad-request', 'summary is required for a held session.');
  if (request.actionItems !== undefined && !Array.isArray(request.actionItems)) {
    throw new MentorshipError('bad-request', 'action_items must be a list of texts.');
  }
  const progress = request.goalProgress;
  if (progress != null && (!Number.isFinite(progress) || progress < 0 || progress > 100)) {
    throw new MentorshipError('bad-request', 'goal_progress must be a number from 0 to 100.');
  }
  return {
    attendance: request.attendance,
    summary,
    actionItems: (request.actionItems ?? [])
      .map(item => trimmed(item, 300))
      .filter(Boolean)
      .slice(0, 20),
    goalProgress: progress == null ? null : Math.round(progress),
    feedback: { wentWell: trimmed(request.feedback?.wentWell, 2000), toWorkOn: trimmed(request.feedback?.toWorkOn, 2000) },
    at,
    editableUntil,
  };
}

/** Whether a session reported so gives the student's credit back: always when the mentor missed it. */
export function creditReturned(attendance: string, studentAbsentCredit: 'spent' | 'returned'): boolean {
  return attendance === 'mentor-absent' || (attendance === 'student-absent' && studentAbsentCredit === 'returned');
}

/** The hours `request` describes; `bad-request` naming the first field that does not hold. */
export function hoursFrom(request: Omit<SaveMentorHoursParams, 'signal' | 'idempotencyKey'>): MentorHours {
  if (typeof request.timeZone !== 'string' || !isValidTimeZone(request.timeZone)) {
    throw new MentorshipError('bad-request', 'timezone must be an IANA zone.');
  }
  const isObject = (item: unknown) => typeof item === 'object' && item !== null;
  if (!Array.isArray(request.weekly) || !Array.isArray(request.timeOff) || ![...request.weekly, ...request.timeOff].every(isObject)) {
    throw new MentorshipError('bad-request', 'weekly and time_off must be lists.');
  }
  const [problem] = hoursProblems(request);
  if (problem) throw new MentorshipError('bad-request', `${problem.field}: ${problem.problem}`);
  return {
    timeZone: request.timeZone,
    weekly: request.weekly
      .map(({ weekday, start, end }) => ({ weekday, start, end }))
      .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
    timeOff: request.timeOff
      .map(({ from, to, note }) => ({ from, to, note: trimmed(note, 500) }))
      .sort((a, b) => a.from.localeCompare(b.from)),
    noticeMinutes: request.noticeMinutes ?? 0,
    bufferMinutes: request.bufferMinutes ?? 0,
  };
}
