/**
 * `createHttpClient`: a `MentorshipClient` for our REST contract (docs/rest-api.md, docs/openapi.yaml).
 */
import { EVERY_CAPABILITY } from './capabilities.js';
import { capabilitiesResponse, creditsResponse, errorMessageOf, mentorsResponse, servicesResponse } from './schemas.js';
import { MentorshipError } from './errors.js';
import { currentLocale } from './locale.js';
import type * as More from './http-more.js';
import type * as Goals from './http-goals.js';
import type * as Mentor from './http-mentor.js';
import type * as Profile from './http-profile.js';
import type * as Program from './http-program.js';
import type * as Shapes from './session-shapes.js';
import { lazy } from '../utils/lazy.js';
import { createTransport, type Transport, type TransportTuning } from './transport.js';
import type { ClientCapabilities, MentorshipClient } from './types.js';

type Awaitable<T> = T | Promise<T>;

export interface HttpClientOptions extends TransportTuning {
  /** Where the contract's paths live, e.g. `https://lms.example.com/api/mentorship` or `/api`. */
  baseUrl: string;
  /**
   * Returns the signed-in student's (or mentor's) bearer token, or `null` to send none (cookie sessions). Called before every
   * request, so a refreshed token is picked up; the token is never written anywhere else.
   */
  getToken?: () => Awaitable<string | null | undefined>;
  /** The language for the backend's messages (`Accept-Language`): a tag, or a getter for the current one. */
  locale?: string | (() => string);
  /**
   * What this backend supports. Without it the backend is asked (`GET /capabilities`, once, beside the
   * first request); a backend without that route supports everything.
   */
  capabilities?: Partial<ClientCapabilities>;
}

/** A module of calls made only by some pages, and the methods it serves (each its function of that name). */
type Later = readonly [load: () => Promise<object>, names: ReadonlyArray<keyof MentorshipClient>];

/**
 * The calls only some pages make, fetched with the first of them: cancelling, moving, rating and
 * checking in, seats, series, saving goals and holding a time, which no tag of ours does (http-more.ts); the goals, the intake, the programme;
 * the mentor's side, which no student's page loads.
 */
const LATER = [
  [
    () => import('./http-more.js'),
    [
      'cancelSession',
      'rescheduleSession',
      'rateSession',
      'submitCheckIn',
      'saveGoal',
      'listGroupSessions',
      'bookGroupSeat',
      'previewSeries',
      'bookSeries',
      'holdSlot',
      'releaseHold',
    ] as const satisfies ReadonlyArray<keyof typeof More>,
  ],
  [() => import('./http-goals.js'), ['listGoals'] as const satisfies ReadonlyArray<keyof typeof Goals>],
  [() => import('./http-profile.js'), ['getProfile', 'saveProfile'] as const satisfies ReadonlyArray<keyof typeof Profile>],
  [() => import('./http-program.js'), ['getProgram', 'closeProgram'] as const satisfies ReadonlyArray<keyof typeof Program>],
  [
    () => import('./http-mentor.js'),
    ['listMentorSessions', 'submitSessionReport', 'getMentorHours', 'saveMentorHours'] as const satisfies ReadonlyArray<
      keyof typeof Mentor
    >,
  ],
] as const satisfies readonly Later[];

/**
 * The shapes of sessions and free times (session-shapes.ts): fetched beside the first request that reads
 * one, never before it. The collapsed card reads neither, so the main file does not carry them. A fetch
 * that fails (offline) fails the call as `network`, which a read retries.
 */
const loadShapes = lazy(() => import('./session-shapes.js'));
const shapes = (): Promise<typeof Shapes> =>
  loadShapes().catch((cause: unknown) => {
    throw new MentorshipError('network', 'The session shapes could not be fetched.', { cause });
  });

/**
 * A decoder of session-shapes.ts, its module asked for now, beside the request whose answer it reads.
 * The decoder takes the same fetch (`lazy` keeps it), or asks again for a module that could not be
 * fetched (a retried request).
 */
function shape<K extends 'sessionsResponse' | 'availabilityResponse'>(name: K) {
  shapes().catch(() => undefined);
  return async (value: unknown, path: string) => (await shapes())[name](value, path) as ReturnType<(typeof Shapes)[K]>;
}

/** The later modules' reads that take no parameters, by path (their modules ask the same). */
const READ_AHEAD: Partial<Record<string, string>> = { listGoals: '/goals', getProfile: '/profile', getProgram: '/program' };

export function createHttpClient(options: HttpClientOptions): MentorshipClient {
  const send = createTransport({
    ...options,
    headers: async () => {
      const token = await options.getToken?.();
      return {
        'Accept-Language': currentLocale(options.locale),
        Authorization: token ? `Bearer ${token}` : undefined,
      };
    },
    errorMessage: errorMessageOf,
  });
  const capabilities: ClientCapabilities = { ...EVERY_CAPABILITY, ...options.capabilities };
  // What the backend supports: the page's word, else the backend's own (`GET /capabilities`), asked
  // beside the first request — no round trip of its own — and every answer waits for it, so a tag
  // reads final flags before it shows anything. No such route, or an answer that cannot be read:
  // everything. A failure that may pass (offline, a timeout) is asked again with the next request.
  let declared: Promise<unknown> | undefined = options.capabilities && Promise.resolve();
  const request: Transport = async spec =>
    (
      await Promise.all([
        send(spec),
        (declared ??= send({ method: 'GET', path: '/capabilities', decode: capabilitiesResponse }).then(
          found => Object.assign(capabilities, found),
          (error: Partial<MentorshipError>) => {
            if (error.retryable !== false) declared = undefined;
          },
        )),
      ])
    )[0];
  const segment = encodeURIComponent;
  // Each later module's function of the same name, bound to this client's transport. A read without
  // parameters is sent beside its module's fetch, not after it: the module's same request takes the
  // answer (transport.ts), so the code that reads it never stands between a tag and its data.
  const later = Object.fromEntries(
    LATER.flatMap(([load, names]) =>
      names.map(name => [
        name,
        async (params: object = {}) => {
          const path = READ_AHEAD[name];
          if (path) request({ method: 'GET', path, decode: null, ahead: true }).catch(() => undefined);
          return ((await load()) as Record<string, (request: Transport, params: object) => unknown>)[name](request, params);
        },
      ]),
    ),
  ) as unknown as Pick<Required<MentorshipClient>, (typeof LATER)[number][1][number]>;

  return {
    capabilities,

    listServices: ({ signal } = {}) => request({ method: 'GET', path: '/services', signal, decode: servicesResponse }),

    listMentors: ({ service, signal } = {}) =>
      request({ method: 'GET', path: '/mentors', query: { service }, signal, decode: mentorsResponse }),

    getAvailability: ({ mentor, service, from, to, signal }) =>
      request({
        method: 'GET',
        path: `/mentors/${segment(mentor)}/availability`,
        query: { service, from, to },
        signal,
        decode: shape('availabilityResponse'),
      }),

    // Nothing is sent before its answer can be read: a booking the backend took is never shown as failed.
    bookSession: async ({ mentor, service, startsAt, agenda, timezone, idempotencyKey, holdId, goal, signal }) =>
      request({
        method: 'POST',
        path: '/sessions',
        body: { service, mentor, starts_at: startsAt, timezone, agenda: agenda ?? '', hold_id: holdId, goal },
        idempotencyKey,
        signal,
        decode: (await shapes()).sessionResponse,
      }),

    getCredits: ({ signal } = {}) => request({ method: 'GET', path: '/credits', signal, decode: creditsResponse }),

    listSessions: ({ status, signal }) =>
      request({ method: 'GET', path: '/sessions', query: { status }, signal, decode: shape('sessionsResponse') }),

    ...later,
  };
}
