/**
 * The calls of `createHttpClient` that only some pages make (docs/rest-api.md): cancelling, moving
 * and rating sessions, group sessions' seats, goals and check-ins. Fetched with the first of them, so a page that
 * only shows the card or books a 1-1 session never loads them.
 */
import { boolean, fields, finiteNumber, instant, known, listOf, nonNegativeInteger, object, string, text, type Decoder } from './decode.js';
import { sessionMentor, sessionResponse, strings } from './schemas.js';
import type { Transport } from './transport.js';
import type {
  BookGroupSeatParams,
  Goal,
  GoalInput,
  GoalSession,
  GoalStep,
  GroupSession,
  ListGroupSessionsParams,
  MentorshipSession,
  RateSessionParams,
  RequestOptions,
  RescheduleSessionParams,
  SaveGoalParams,
  SessionParams,
  SubmitCheckInParams,
} from './types.js';

const segment = encodeURIComponent;

const groupSession = fields<GroupSession>({
  id: string,
  service: string,
  mentor: sessionMentor,
  title: text,
  startsAt: instant,
  endsAt: instant,
  seats: nonNegativeInteger,
  seatsLeft: nonNegativeInteger,
  joined: boolean,
});

const groupSessionsResponse = object(field => field('group_sessions', listOf(groupSession)));

export const cancelSession = (request: Transport, { id, signal }: SessionParams): Promise<MentorshipSession> =>
  request({ method: 'POST', path: `/sessions/${segment(id)}/cancel`, signal, decode: sessionResponse });

export const rescheduleSession = (
  request: Transport,
  { id, startsAt, idempotencyKey, signal }: RescheduleSessionParams,
): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/sessions/${segment(id)}/reschedule`,
    body: { starts_at: startsAt },
    idempotencyKey,
    signal,
    decode: sessionResponse,
  });

export const rateSession = (request: Transport, { id, rating, comment, signal }: RateSessionParams): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/sessions/${segment(id)}/feedback`,
    body: { rating, comment: comment ?? '' },
    signal,
    decode: sessionResponse,
  });

export const listGroupSessions = (request: Transport, { service, signal }: ListGroupSessionsParams): Promise<GroupSession[]> =>
  request({ method: 'GET', path: '/group-sessions', query: { service }, signal, decode: groupSessionsResponse });

export const bookGroupSeat = (
  request: Transport,
  { groupSession, agenda, timezone, idempotencyKey, signal }: BookGroupSeatParams,
): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/group-sessions/${segment(groupSession)}/seats`,
    body: { timezone, agenda: agenda ?? '' },
    idempotencyKey,
    signal,
    decode: sessionResponse,
  });

/** A calendar day, `YYYY-MM-DD`; an instant is read as its UTC day. */
const calendarDay: Decoder<string> = (value, path) => {
  const day = typeof value === 'string' ? value.slice(0, 10) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return instant(value, path).slice(0, 10);
  return day;
};

/** 0–100; a value outside is brought inside rather than losing the goal. */
const percentage: Decoder<number> = (value, path) => Math.min(100, Math.max(0, Math.round(finiteNumber(value, path))));

const goalSession = fields<GoalSession>({ id: string, startsAt: instant, mentor: sessionMentor, summary: text, actionItems: strings });

const goal = fields<Goal>({
  id: string,
  title: string,
  why: text,
  successCriteria: text,
  targetDate: calendarDay,
  steps: (value, path) => (value == null ? [] : listOf(fields<GoalStep>({ id: string, title: string, done: boolean }))(value, path)),
  progress: (value, path) => (value == null ? 0 : percentage(value, path)),
  status: (value, path) => (value == null ? 'active' : known(['active', 'achieved', 'dropped'])(value, path)),
  shared: (value, path) => (value == null ? false : boolean(value, path)),
  sessions: (value, path) => (value == null ? [] : listOf(goalSession)(value, path)),
});

// One unreadable goal is left out (and reported), not the list.
const goalsResponse = object(field => field('goals', listOf(goal)));
const goalResponse = object(field => field('goal', goal));

export const listGoals = (request: Transport, { signal }: RequestOptions = {}): Promise<Goal[]> =>
  request({ method: 'GET', path: '/goals', signal, decode: goalsResponse });

/** `POST /goals` creates (with its Idempotency-Key), `PATCH /goals/{id}` changes. */
export const saveGoal = (request: Transport, { goal, idempotencyKey, signal }: SaveGoalParams): Promise<Goal> =>
  request({
    method: goal.id ? 'PATCH' : 'POST',
    path: goal.id ? `/goals/${segment(goal.id)}` : '/goals',
    body: goalBody(goal),
    idempotencyKey,
    signal,
    decode: goalResponse,
  });

export const submitCheckIn = (
  request: Transport,
  { session, rating, comment, goals, fit, signal }: SubmitCheckInParams,
): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/sessions/${segment(session)}/check-in`,
    body: {
      rating,
      comment: comment ?? '',
      goals: (goals ?? []).map(({ goal, progress, stepsDone }) => ({ goal, progress, steps_done: stepsDone })),
      fit: fit ?? null,
    },
    signal,
    decode: sessionResponse,
  });

/** A goal as `POST /goals` and `PATCH /goals/{id}` take it; what the student did not say is left out. */
function goalBody(input: GoalInput): Record<string, unknown> {
  const body: Record<string, unknown> = {
    title: input.title,
    why: input.why,
    success_criteria: input.successCriteria,
    target_date: input.targetDate,
    steps: input.steps?.map(step => ({ ...(step.id ? { id: step.id } : {}), title: step.title, done: step.done })),
    progress: input.progress,
    status: input.status,
    shared: input.shared,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
