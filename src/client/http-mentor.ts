/**
 * `createHttpClient`'s mentor side (docs/rest-api.md, "The mentor's side"): the mentor's sessions with
 * each student's context, the report after a session, and the mentor's hours. Fetched with the first
 * call: only the mentor's tags make them, so no student's page loads it.
 */
import {
  boolean,
  fields,
  finiteNumber,
  httpUrl,
  instant,
  known,
  listOf,
  looseList,
  nullable,
  object,
  orElse,
  string,
  text,
  timeZone,
  type Decoder,
} from './decode.js';
import { strings } from './schemas.js';
import type { Transport } from './transport.js';
import type {
  GoalStep,
  ListMentorSessionsParams,
  MentorFeedback,
  MentorHours,
  MentorIntake,
  MentorSession,
  MentorSessionStudent,
  RequestOptions,
  SaveMentorHoursParams,
  SessionReport,
  SharedGoal,
  SubmitSessionReportParams,
  TimeOff,
  WeeklyHours,
} from './types.js';

const SESSION_STATUSES = ['scheduled', 'started', 'completed', 'canceled', 'missed'];

// A goal's shapes as http-goals.ts reads them, written again here rather than imported: the
// student's goals chunk is not for a mentor's page to fetch.
/** A calendar day, `YYYY-MM-DD`; an instant is read as its UTC day. */
const calendarDay: Decoder<string> = (value, path) => {
  const day = typeof value === 'string' ? value.slice(0, 10) : '';
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : instant(value, path).slice(0, 10);
};
/** 0–100; a value outside is brought inside rather than losing what holds it. */
const percentage: Decoder<number> = (value, path) => Math.min(100, Math.max(0, Math.round(finiteNumber(value, path))));

const feedback = fields<MentorFeedback>({ wentWell: text, toWorkOn: text });

const report = fields<SessionReport>({
  // An attendance this client does not know is kept as it came (shown neutrally, not editable here).
  attendance: string,
  summary: orElse(text, ''),
  actionItems: strings,
  goalProgress: orElse(nullable(percentage), null),
  feedback: orElse(feedback, { wentWell: '', toWorkOn: '' }),
  at: instant,
  editableUntil: orElse(nullable(instant), null),
});

// What a session can be shown without is left out (and reported), never the session: a mentor must
// see every session they have, whatever its notes say.
const mentorSession = fields<MentorSession>({
  id: string,
  service: string,
  startsAt: instant,
  endsAt: instant,
  status: known(SESSION_STATUSES, { cancelled: 'canceled', in_progress: 'started', no_show: 'missed' }),
  joinUrl: orElse(httpUrl, null),
  agenda: orElse(text, ''),
  student: fields<MentorSessionStudent>({
    id: string,
    name: string,
    avatarUrl: orElse(httpUrl, null),
    program: orElse(nullable(string), null),
    timezone: orElse(nullable(timeZone), null),
    closingWords: orElse(nullable(fields<{ comment: string; at: string }>({ comment: string, at: instant })), null),
  }),
  goal: orElse(
    nullable(
      fields<SharedGoal>({
        id: string,
        title: string,
        successCriteria: orElse(text, ''),
        targetDate: calendarDay,
        steps: looseList(fields<GoalStep>({ id: string, title: string, done: boolean })),
        progress: orElse(percentage, 0),
        // A status this client does not know is kept as it came (shown neutrally).
        status: orElse(string, 'active'),
      }),
    ),
    null,
  ),
  intake: orElse(nullable(fields<MentorIntake>({ goals: orElse(text, ''), skills: strings, languages: strings })), null),
  lastCheckIn: orElse(
    nullable(
      fields<NonNullable<MentorSession['lastCheckIn']>>({
        rating: (value, path) => Math.min(5, Math.max(1, Math.round(finiteNumber(value, path)))),
        comment: text,
        fit: orElse(nullable(string), null),
        session: string,
        at: instant,
      }),
    ),
    null,
  ),
  sessionsTogether: orElse((value, path) => Math.max(0, Math.round(finiteNumber(value, path))), 0),
  report: orElse(nullable(report), null),
  studentAbsentCredit: orElse(nullable(known(['spent', 'returned'])), null) as (
    value: unknown,
    path: string,
  ) => MentorSession['studentAbsentCredit'],
});

// The wire says `timezone`, as everywhere in the contract; `MentorHours` says `timeZone`.
const hours = object<MentorHours>(field => ({
  timeZone: field('timezone', timeZone),
  weekly: field('weekly', looseList(fields<WeeklyHours>({ weekday: finiteNumber, start: string, end: string }))),
  timeOff: field('time_off', looseList(fields<TimeOff>({ from: calendarDay, to: calendarDay, note: text }))),
  noticeMinutes: field('notice_minutes', orElse(nullable(finiteNumber), null)),
  bufferMinutes: field('buffer_minutes', orElse(nullable(finiteNumber), null)),
}));

const sessionsResponse = object(field => field('sessions', listOf(mentorSession)));
const sessionResponse = object(field => field('session', mentorSession));
const hoursResponse = object(field => field('hours', hours));

const segment = encodeURIComponent;

export const listMentorSessions = (
  request: Transport,
  { from, to, status, signal }: ListMentorSessionsParams = {},
): Promise<MentorSession[]> =>
  request({ method: 'GET', path: '/mentor/sessions', query: { from, to, status }, signal, decode: sessionsResponse });

export const submitSessionReport = (
  request: Transport,
  { session, attendance, summary, actionItems, goalProgress, feedback: words, idempotencyKey, signal }: SubmitSessionReportParams,
): Promise<MentorSession> =>
  request({
    method: 'POST',
    path: `/mentor/sessions/${segment(session)}/report`,
    body: {
      attendance,
      summary: summary ?? '',
      action_items: actionItems ?? [],
      goal_progress: goalProgress,
      feedback: { went_well: words?.wentWell ?? '', to_work_on: words?.toWorkOn ?? '' },
    },
    idempotencyKey,
    signal,
    decode: sessionResponse,
  });

export const getMentorHours = (request: Transport, { signal }: RequestOptions = {}): Promise<MentorHours> =>
  request({ method: 'GET', path: '/mentor/hours', signal, decode: hoursResponse });

export const saveMentorHours = (
  request: Transport,
  { timeZone: zone, weekly, timeOff, noticeMinutes, bufferMinutes, idempotencyKey, signal }: SaveMentorHoursParams,
): Promise<MentorHours> =>
  request({
    method: 'PUT',
    path: '/mentor/hours',
    body: {
      timezone: zone,
      weekly: weekly.map(({ weekday, start, end }) => ({ weekday, start, end })),
      time_off: timeOff.map(({ from, to, note }) => ({ from, to, note })),
      notice_minutes: noticeMinutes ?? undefined,
      buffer_minutes: bufferMinutes ?? undefined,
    },
    idempotencyKey,
    signal,
    decode: hoursResponse,
  });
