/**
 * MSW handlers that serve a `MemoryStore` over the REST contract (docs/rest-api.md). The demo and the
 * tests run against these, so every call crosses the real HTTP client.
 *
 * Who is asking: `Authorization: Bearer <student id>` picks one of the store's students, and
 * `Bearer <mentor slug>` one of its mentors (401 for anyone else); a request without it is the demo
 * student, as a cookie-authenticated LMS would see it.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
// From the modules themselves, not the package's index (which defines the tags): the same handlers
// also serve the contract from Node, over real sockets, in the tests (test/server/contract-server.ts).
import { EVERY_CAPABILITY } from '../../src/client/capabilities.js';
import { wireName } from '../../src/client/decode.js';
import { DEMO_STUDENT } from '../../src/client/memory/dataset.js';
import type { MemoryStore } from '../../src/client/memory/store.js';
import { MentorshipError, type MentorshipErrorCode } from '../../src/client/errors.js';
import type { Attendance, GoalInput, MenteeProfile, MentorFit, SeriesEvery, TimeOff, WeeklyHours } from '../../src/client/types.js';
import { spanishBucket, spanishGoal, spanishMentor, spanishService, spanishSession, wantsSpanish } from './spanish.js';
import {
  wireAvailability,
  wireBookedSeries,
  wireCredit,
  wireGoal,
  wireGroupSession,
  wireProfile,
  wireProgram,
  wireHold,
  wireHours,
  wireMentor,
  wireMentorSession,
  wireSeriesPreview,
  wireService,
  wireSession,
} from './wire.js';

export interface MockBackendOptions {
  store: MemoryStore;
  /** Where the contract is served. Default `/api`. */
  baseUrl?: string;
  /** Added to every answer, to show loading states. Default 0. */
  latencyMs?: number;
}

const STATUS_FOR_CODE: Record<MentorshipErrorCode, number> = {
  'bad-request': 400,
  unauthorized: 401,
  'no-credits': 402,
  forbidden: 403,
  'not-found': 404,
  'slot-taken': 409,
  'rate-limited': 429,
  server: 500,
  'invalid-response': 502,
  unconfirmed: 502,
  network: 503,
  timeout: 504,
};

export function errorResponse(code: MentorshipErrorCode, message: string, init: ResponseInit = {}) {
  return HttpResponse.json({ error: { code, message } }, { ...init, status: STATUS_FOR_CODE[code] });
}

function studentOf(request: Request, store: MemoryStore): string {
  const authorization = request.headers.get('Authorization');
  if (!authorization) return DEMO_STUDENT;
  const student = /^Bearer (.+)$/.exec(authorization)?.[1];
  if (!student || !store.hasUser(student)) throw new MentorshipError('unauthorized', 'Unknown or expired token.');
  return student;
}

/** The language the client asked for, for the backend's own messages. */
function languageOf(request: Request): string | undefined {
  return request.headers.get('Accept-Language') ?? undefined;
}

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body: unknown = await request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Reported below as the same bad request.
  }
  throw new MentorshipError('bad-request', 'The body must be a JSON object.');
}

function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string' || value === '') throw new MentorshipError('bad-request', `"${key}" is required.`);
  return value;
}

function requiredIdempotencyKey(request: Request): string {
  const key = request.headers.get('Idempotency-Key');
  if (!key) throw new MentorshipError('bad-request', 'The Idempotency-Key header is required.');
  return key;
}

/** The write's Idempotency-Key, when it sent one: the store answers a repeat with the first answer. */
function keyOf(request: Request): string | undefined {
  return request.headers.get('Idempotency-Key') ?? undefined;
}

function requiredParam(url: URL, key: string): string {
  const value = url.searchParams.get(key);
  if (!value) throw new MentorshipError('bad-request', `The "${key}" query parameter is required.`);
  return value;
}

/** A goal's fields from a request body (snake_case), as the store takes them; the store checks them. */
function goalInputOf(body: Record<string, unknown>): GoalInput {
  const text = (key: string) => (typeof body[key] === 'string' ? body[key] : undefined);
  const steps = Array.isArray(body.steps) ? (body.steps as Array<Record<string, unknown>>) : undefined;
  return {
    title: text('title') ?? '',
    why: text('why'),
    successCriteria: text('success_criteria') ?? '',
    targetDate: text('target_date') ?? '',
    steps: steps?.map(step => ({
      id: typeof step.id === 'string' ? step.id : undefined,
      title: typeof step.title === 'string' ? step.title : '',
      done: step.done === true,
    })),
    progress: typeof body.progress === 'number' ? body.progress : undefined,
    status: text('status'),
    shared: typeof body.shared === 'boolean' ? body.shared : undefined,
  };
}

export function createMockHandlers({ store, baseUrl = '/api', latencyMs = 0 }: MockBackendOptions): HttpHandler[] {
  type Resolver = (args: { request: Request; url: URL; params: Record<string, string>; student: string }) => Response | Promise<Response>;

  /** Runs one endpoint: waits the latency, finds the student, and turns store errors into the contract's error bodies. */
  const endpoint =
    (resolve: Resolver) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      if (latencyMs > 0) await delay(latencyMs);
      try {
        const student = studentOf(request, store);
        return await resolve({ request, url: new URL(request.url), params: params as Record<string, string>, student });
      } catch (error) {
        if (error instanceof MentorshipError) return errorResponse(error.code, error.message);
        throw error;
      }
    };

  return [
    // The same for every student: all of the contract (the wire's snake_case names).
    http.get(`${baseUrl}/capabilities`, async () => {
      if (latencyMs > 0) await delay(latencyMs);
      return HttpResponse.json(Object.fromEntries(Object.entries(EVERY_CAPABILITY).map(([flag, on]) => [wireName(flag), on])));
    }),

    http.get(
      `${baseUrl}/services`,
      endpoint(({ request }) => {
        const services = store.listServices();
        return HttpResponse.json({
          services: (wantsSpanish(languageOf(request)) ? services.map(spanishService) : services).map(wireService),
        });
      }),
    ),

    http.get(
      `${baseUrl}/mentors`,
      endpoint(({ request, url, student }) => {
        const mentors = store.listMentors(student, { service: url.searchParams.get('service') ?? undefined });
        return HttpResponse.json({ mentors: (wantsSpanish(languageOf(request)) ? mentors.map(spanishMentor) : mentors).map(wireMentor) });
      }),
    ),

    http.get(
      `${baseUrl}/mentors/:mentor/availability`,
      endpoint(({ url, params, student }) =>
        HttpResponse.json(
          wireAvailability(
            store.getAvailability(student, {
              mentor: params.mentor,
              service: requiredParam(url, 'service'),
              from: requiredParam(url, 'from'),
              to: requiredParam(url, 'to'),
            }),
          ),
        ),
      ),
    ),

    http.post(
      `${baseUrl}/sessions`,
      endpoint(async ({ request, student }) => {
        const idempotencyKey = requiredIdempotencyKey(request);
        const body = await jsonBody(request);
        const session = store.bookSession(
          student,
          {
            service: requiredString(body, 'service'),
            mentor: requiredString(body, 'mentor'),
            startsAt: requiredString(body, 'starts_at'),
            timezone: requiredString(body, 'timezone'),
            agenda: typeof body.agenda === 'string' ? body.agenda : '',
            holdId: typeof body.hold_id === 'string' ? body.hold_id : undefined,
            goal: typeof body.goal === 'string' ? body.goal : undefined,
            idempotencyKey,
          },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireSession(session) }, { status: 201 });
      }),
    ),

    http.get(
      `${baseUrl}/sessions`,
      endpoint(({ request, url, student }) => {
        const status = url.searchParams.get('status');
        if (status !== 'upcoming' && status !== 'past') {
          throw new MentorshipError('bad-request', 'status must be "upcoming" or "past".');
        }
        const sessions = store.listSessions(student, { status: status });
        return HttpResponse.json({
          sessions: (wantsSpanish(languageOf(request)) ? sessions.map(spanishSession) : sessions).map(wireSession),
        });
      }),
    ),

    http.post(
      `${baseUrl}/sessions/:id/cancel`,
      endpoint(async ({ request, params, student }) => {
        // The body is optional: `{ scope }` for a meeting of a series.
        const body = request.headers.get('Content-Type')?.includes('json') ? await jsonBody(request) : {};
        const scope = body.scope === 'following' ? 'following' : 'one';
        return HttpResponse.json({
          session: wireSession(store.cancelSession(student, { id: params.id, scope, idempotencyKey: keyOf(request) }, languageOf(request))),
        });
      }),
    ),

    http.post(
      `${baseUrl}/series/preview`,
      endpoint(async ({ request, student }) => {
        const body = await jsonBody(request);
        const preview = store.previewSeries(student, {
          mentor: requiredString(body, 'mentor'),
          service: requiredString(body, 'service'),
          startsAt: requiredString(body, 'starts_at'),
          every: body.every as SeriesEvery,
          count: body.count as number,
        });
        return HttpResponse.json(wireSeriesPreview(preview));
      }),
    ),

    http.post(
      `${baseUrl}/series`,
      endpoint(async ({ request, student }) => {
        const idempotencyKey = requiredIdempotencyKey(request);
        const body = await jsonBody(request);
        const booked = store.bookSeries(
          student,
          {
            mentor: requiredString(body, 'mentor'),
            service: requiredString(body, 'service'),
            every: body.every as SeriesEvery | undefined,
            occurrences: Array.isArray(body.occurrences) ? body.occurrences.map(String) : [],
            timezone: requiredString(body, 'timezone'),
            agenda: typeof body.agenda === 'string' ? body.agenda : '',
            goal: typeof body.goal === 'string' ? body.goal : undefined,
            idempotencyKey,
          },
          languageOf(request),
        );
        return HttpResponse.json(wireBookedSeries(booked), { status: 201 });
      }),
    ),

    http.post(
      `${baseUrl}/sessions/:id/reschedule`,
      endpoint(async ({ request, params, student }) => {
        const idempotencyKey = requiredIdempotencyKey(request);
        const body = await jsonBody(request);
        const session = store.rescheduleSession(
          student,
          { id: params.id, startsAt: requiredString(body, 'starts_at'), idempotencyKey },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireSession(session) });
      }),
    ),

    http.post(
      `${baseUrl}/sessions/:id/feedback`,
      endpoint(async ({ request, params, student }) => {
        const body = await jsonBody(request);
        if (typeof body.rating !== 'number') throw new MentorshipError('bad-request', '"rating" must be a number.');
        const comment = typeof body.comment === 'string' ? body.comment : '';
        const session = store.rateSession(
          student,
          { id: params.id, rating: body.rating, comment, idempotencyKey: keyOf(request) },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireSession(session) });
      }),
    ),

    http.post(
      `${baseUrl}/sessions/:id/check-in`,
      endpoint(async ({ request, params, student }) => {
        const body = await jsonBody(request);
        if (typeof body.rating !== 'number') throw new MentorshipError('bad-request', '"rating" must be a number.');
        const goals = Array.isArray(body.goals) ? (body.goals as Array<Record<string, unknown>>) : [];
        const session = store.submitCheckIn(
          student,
          {
            session: params.id,
            rating: body.rating,
            comment: typeof body.comment === 'string' ? body.comment : '',
            fit: typeof body.fit === 'string' ? (body.fit as MentorFit) : undefined,
            goals: goals.map(report => ({
              goal: String(report.goal),
              progress: typeof report.progress === 'number' ? report.progress : undefined,
              stepsDone: Array.isArray(report.steps_done) ? report.steps_done.map(String) : undefined,
            })),
            idempotencyKey: keyOf(request),
          },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireSession(session) });
      }),
    ),

    http.get(
      `${baseUrl}/goals`,
      endpoint(({ request, student }) => {
        const goals = store.listGoals(student);
        return HttpResponse.json({ goals: (wantsSpanish(languageOf(request)) ? goals.map(spanishGoal) : goals).map(wireGoal) });
      }),
    ),

    http.post(
      `${baseUrl}/goals`,
      endpoint(async ({ request, student }) => {
        const idempotencyKey = requiredIdempotencyKey(request);
        const goal = store.saveGoal(student, { goal: goalInputOf(await jsonBody(request)), idempotencyKey });
        return HttpResponse.json({ goal: wireGoal(goal) }, { status: 201 });
      }),
    ),

    http.patch(
      `${baseUrl}/goals/:id`,
      endpoint(async ({ request, params, student }) => {
        // Any of the fields: those left out keep the goal's own (its steps too).
        const existing = store.listGoals(student).find(goal => goal.id === params.id);
        const body = await jsonBody(request);
        const goal = store.saveGoal(student, {
          goal: { ...goalInputOf(existing ? { ...wireGoal(existing), ...body } : body), id: params.id },
          idempotencyKey: keyOf(request),
        });
        return HttpResponse.json({ goal: wireGoal(goal) });
      }),
    ),

    http.get(
      `${baseUrl}/profile`,
      endpoint(({ student }) => HttpResponse.json({ profile: wireProfile(store.getProfile(student)) })),
    ),

    http.put(
      `${baseUrl}/profile`,
      endpoint(async ({ request, student }) => {
        const body = await jsonBody(request);
        const profile = store.saveProfile(student, {
          profile: {
            goals: body.goals as string,
            skills: body.skills as string[],
            level: (body.level ?? null) as MenteeProfile['level'],
            languages: body.languages as string[],
            times: body.times as MenteeProfile['times'],
            timezone: body.timezone as string,
          },
          idempotencyKey: keyOf(request),
        });
        return HttpResponse.json({ profile: wireProfile(profile) });
      }),
    ),

    http.get(
      `${baseUrl}/program`,
      endpoint(({ student }) => HttpResponse.json({ program: wireProgram(store.getProgram(student)) })),
    ),

    http.post(
      `${baseUrl}/program/close`,
      endpoint(async ({ request, student }) => {
        const body = await jsonBody(request);
        const program = store.closeProgram(
          student,
          {
            summary: body.summary as string,
            achievements: body.achievements as string[],
            rating: body.rating as number,
            comment: body.comment as string | undefined,
            idempotencyKey: keyOf(request),
          },
          languageOf(request),
        );
        return HttpResponse.json({ program: wireProgram(program) });
      }),
    ),

    http.get(
      `${baseUrl}/group-sessions`,
      endpoint(({ url, student }) =>
        HttpResponse.json({
          group_sessions: store.listGroupSessions(student, { service: requiredParam(url, 'service') }).map(wireGroupSession),
        }),
      ),
    ),

    http.post(
      `${baseUrl}/group-sessions/:id/seats`,
      endpoint(async ({ request, params, student }) => {
        const idempotencyKey = requiredIdempotencyKey(request);
        const body = await jsonBody(request);
        const session = store.bookGroupSeat(
          student,
          {
            groupSession: params.id,
            timezone: requiredString(body, 'timezone'),
            agenda: typeof body.agenda === 'string' ? body.agenda : '',
            idempotencyKey,
          },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireSession(session) }, { status: 201 });
      }),
    ),

    http.post(
      `${baseUrl}/holds`,
      endpoint(async ({ request, student }) => {
        const body = await jsonBody(request);
        const hold = store.holdSlot(student, {
          service: requiredString(body, 'service'),
          mentor: requiredString(body, 'mentor'),
          startsAt: requiredString(body, 'starts_at'),
        });
        return HttpResponse.json({ hold: wireHold(hold) }, { status: 201 });
      }),
    ),

    http.delete(
      `${baseUrl}/holds/:id`,
      endpoint(({ params, student }) => {
        store.releaseHold(student, { id: params.id });
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    // The mentor's side: a student's token is refused (403) by the store, in its own words.
    http.get(
      `${baseUrl}/mentor/sessions`,
      endpoint(({ request, url, student: mentor }) => {
        const status = url.searchParams.get('status') ?? undefined;
        if (status !== undefined && status !== 'upcoming' && status !== 'past') {
          throw new MentorshipError('bad-request', 'status must be upcoming or past.');
        }
        const sessions = store.listMentorSessions(
          mentor,
          { from: url.searchParams.get('from') ?? undefined, to: url.searchParams.get('to') ?? undefined, status },
          languageOf(request),
        );
        return HttpResponse.json({ sessions: sessions.map(wireMentorSession) });
      }),
    ),

    http.post(
      `${baseUrl}/mentor/sessions/:id/report`,
      endpoint(async ({ request, params, student: mentor }) => {
        const body = await jsonBody(request);
        const feedback = (typeof body.feedback === 'object' && body.feedback) || {};
        const words = feedback as Record<string, unknown>;
        const session = store.submitSessionReport(
          mentor,
          {
            session: params.id,
            attendance: body.attendance as Attendance,
            summary: typeof body.summary === 'string' ? body.summary : undefined,
            actionItems: body.action_items as string[] | undefined,
            goalProgress: typeof body.goal_progress === 'number' ? body.goal_progress : undefined,
            feedback: {
              wentWell: typeof words.went_well === 'string' ? words.went_well : '',
              toWorkOn: typeof words.to_work_on === 'string' ? words.to_work_on : '',
            },
            idempotencyKey: keyOf(request),
          },
          languageOf(request),
        );
        return HttpResponse.json({ session: wireMentorSession(session) });
      }),
    ),

    http.get(
      `${baseUrl}/mentor/hours`,
      endpoint(({ request, student: mentor }) =>
        HttpResponse.json({ hours: wireHours(store.getMentorHours(mentor, {}, languageOf(request))) }),
      ),
    ),

    http.put(
      `${baseUrl}/mentor/hours`,
      endpoint(async ({ request, student: mentor }) => {
        const body = await jsonBody(request);
        const minutes = (key: string) => (typeof body[key] === 'number' ? body[key] : undefined);
        const hours = store.saveMentorHours(
          mentor,
          {
            timeZone: body.timezone as string,
            weekly: (body.weekly ?? []) as WeeklyHours[],
            timeOff: ((body.time_off ?? []) as TimeOff[]).map(range => ({ ...range, note: range.note ?? '' })),
            noticeMinutes: minutes('notice_minutes'),
            bufferMinutes: minutes('buffer_minutes'),
            idempotencyKey: keyOf(request),
          },
          languageOf(request),
        );
        return HttpResponse.json({ hours: wireHours(hours) });
      }),
    ),

    http.get(
      `${baseUrl}/credits`,
      endpoint(({ request, student }) => {
        const credits = store.getCredits(student);
        return HttpResponse.json({ credits: (wantsSpanish(languageOf(request)) ? credits.map(spanishBucket) : credits).map(wireCredit) });
      }),
    ),
  ];
}
