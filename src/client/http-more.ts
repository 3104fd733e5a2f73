/**
 * The calls of `createHttpClient` that only some pages make (docs/rest-api.md): cancelling, moving,
 * rating and checking in on sessions, group sessions' seats, and saving goals. Fetched
 * with the first of them, so a page that only shows the card or books a 1-1 session never loads them.
 */
import {
  boolean,
  fields,
  instant,
  known,
  listOf,
  markDropped,
  nonNegativeInteger,
  nullable,
  object,
  optional,
  orElse,
  string,
  takeDropped,
  text,
  type Decoder,
} from './decode.js';
import { goalResponse } from './http-goals.js';
import { sessionMentor } from './schemas.js';
import { session, sessionResponse } from './session-shapes.js';
import type { Transport } from './transport.js';
import type {
  BookedSeries,
  BookSeriesParams,
  CancelSessionParams,
  MentorshipSeries,
  PreviewSeriesParams,
  HoldSlotParams,
  SlotHold,
  SessionParams,
  SeriesCredits,
  SeriesEvery,
  SeriesOccurrence,
  SeriesPreview,
  TimeSlot,
  BookGroupSeatParams,
  Goal,
  GoalInput,
  SaveGoalParams,
  GroupSession,
  ListGroupSessionsParams,
  MentorshipSession,
  RateSessionParams,
  RescheduleSessionParams,
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

export const cancelSession = (request: Transport, { id, scope, idempotencyKey, signal }: CancelSessionParams): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/sessions/${segment(id)}/cancel`,
    body: scope && { scope },
    idempotencyKey,
    signal,
    decode: sessionResponse,
  });

const slot = fields<TimeSlot>({ startsAt: instant, endsAt: instant });

const seriesPreviewWire = fields<
  Omit<SeriesPreview, 'occurrences'> & { occurrences: Array<Omit<SeriesOccurrence, 'endsAt'> & { endsAt?: string }> }
>({
  occurrences: listOf(
    fields({
      startsAt: instant,
      // Left out, it is the length the other meetings have (below): a meeting never vanishes for it.
      endsAt: orElse(optional(instant), undefined),
      status: known(['free', 'taken', 'unavailable']),
      // An alternative we cannot read is no alternative: the meeting can still be skipped.
      alternative: orElse(nullable(slot), null),
    }),
  ),
  credits: fields<SeriesCredits>({
    // Not read by the widgets (they count the meetings themselves): one that cannot be read is left out.
    needed: orElse(nonNegativeInteger, -1),
    available: nullable(nonNegativeInteger),
    renewing: nullable(fields<{ count: number; at: string }>({ count: nonNegativeInteger, at: instant })),
  }),
});

/** The preview, each meeting with its end: one the backend left out lasts as long as the others. */
const seriesPreview: Decoder<SeriesPreview> = (value, path) => {
  const preview = seriesPreviewWire(value, path);
  const known = preview.occurrences.find(occurrence => occurrence.endsAt);
  const length = known ? Date.parse(known.endsAt!) - Date.parse(known.startsAt) : 0;
  const occurrences = preview.occurrences.flatMap(occurrence =>
    occurrence.endsAt || length
      ? [{ ...occurrence, endsAt: occurrence.endsAt ?? new Date(Date.parse(occurrence.startsAt) + length).toISOString() }]
      : [],
  );
  return {
    ...preview,
    occurrences: markDropped(occurrences, takeDropped(preview.occurrences) + preview.occurrences.length - occurrences.length),
    credits: preview.credits.needed < 0 ? { ...preview.credits, needed: occurrences.length } : preview.credits,
  };
};

const bookedSeries = fields<BookedSeries>({
  series: fields<MentorshipSeries>({ id: string, every: known(['week', '2weeks']) as Decoder<SeriesEvery>, count: nonNegativeInteger }),
  sessions: listOf(session),
});

export const previewSeries = (
  request: Transport,
  { mentor, service, startsAt, every, count, signal }: PreviewSeriesParams,
): Promise<SeriesPreview> =>
  request({
    method: 'POST',
    path: '/series/preview',
    body: { mentor, service, starts_at: startsAt, every, count },
    signal,
    decode: seriesPreview,
  });

export const bookSeries = (
  request: Transport,
  { mentor, service, every, occurrences, agenda, goal, timezone, idempotencyKey, signal }: BookSeriesParams,
): Promise<BookedSeries> =>
  request({
    method: 'POST',
    path: '/series',
    body: { mentor, service, every, occurrences, agenda: agenda ?? '', goal, timezone },
    idempotencyKey,
    signal,
    decode: bookedSeries,
  });

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

export const rateSession = (
  request: Transport,
  { id, rating, comment, idempotencyKey, signal }: RateSessionParams,
): Promise<MentorshipSession> =>
  request({
    method: 'POST',
    path: `/sessions/${segment(id)}/feedback`,
    body: { rating, comment: comment ?? '' },
    idempotencyKey,
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
  { session, rating, comment, goals, fit, idempotencyKey, signal }: SubmitCheckInParams,
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
    idempotencyKey,
    signal,
    decode: sessionResponse,
  });

/** `POST /goals` creates, `PATCH /goals/{id}` changes; each with the attempt's Idempotency-Key. */
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

const holdResponse = object(field => field('hold', fields<SlotHold>({ id: string, expiresAt: instant })));

export const holdSlot = (request: Transport, { mentor, service, startsAt, signal }: HoldSlotParams): Promise<SlotHold> =>
  request({ method: 'POST', path: '/holds', body: { service, mentor, starts_at: startsAt }, signal, decode: holdResponse });

export const releaseHold = (request: Transport, { id, signal }: SessionParams): Promise<void> =>
  request({ method: 'DELETE', path: `/holds/${encodeURIComponent(id)}`, signal, decode: null });
