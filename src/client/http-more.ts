/**
 * The calls of `createHttpClient` that only some pages make (docs/rest-api.md): cancelling, moving,
 * rating and checking in on sessions, group sessions' seats, and saving goals. Fetched
 * with the first of them, so a page that only shows the card or books a 1-1 session never loads them.
 */
import { boolean, fields, instant, listOf, nonNegativeInteger, object, string, text } from './decode.js';
import { goalResponse } from './http-goals.js';
import { sessionMentor, sessionResponse } from './schemas.js';
import type { Transport } from './transport.js';
import type {
  BookGroupSeatParams,
  Goal,
  GoalInput,
  SaveGoalParams,
  GroupSession,
  ListGroupSessionsParams,
  MentorshipSession,
  RateSessionParams,
  RescheduleSessionParams,
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
