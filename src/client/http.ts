/**
 * `createHttpClient`: a `MentorshipClient` for our REST contract (docs/rest-api.md, docs/openapi.yaml).
 */
import { EVERY_CAPABILITY } from './capabilities.js';
import {
  availabilityResponse,
  capabilitiesResponse,
  creditsResponse,
  errorMessageOf,
  holdResponse,
  mentorsResponse,
  servicesResponse,
  sessionResponse,
  sessionsResponse,
} from './schemas.js';
import type { MentorshipError } from './errors.js';
import { currentLocale } from './locale.js';
import type * as More from './http-more.js';
import { createTransport, type Transport, type TransportTuning } from './transport.js';
import type { ClientCapabilities, MentorshipClient } from './types.js';

type Awaitable<T> = T | Promise<T>;

export interface HttpClientOptions extends TransportTuning {
  /** Where the contract's paths live, e.g. `https://lms.example.com/api/mentorship` or `/api`. */
  baseUrl: string;
  /**
   * Returns the student's bearer token, or `null` to send none (cookie sessions). Called before every
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

/** The methods whose calls live in http-more.ts (each a function of that name there). */
const LATER = [
  'cancelSession',
  'rescheduleSession',
  'rateSession',
  'submitCheckIn',
  'saveGoal',
  'listGroupSessions',
  'bookGroupSeat',
  'previewSeries',
  'bookSeries',
] as const satisfies ReadonlyArray<keyof typeof More & keyof MentorshipClient>;

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
  // The calls only some pages make are in http-more.ts, fetched with the first of them: each here is
  // that module's function of the same name, bound to this client's transport.
  const later = Object.fromEntries(
    LATER.map(name => [
      name,
      async (params: object) =>
        ((await import('./http-more.js'))[name] as (request: Transport, params: object) => unknown)(request, params),
    ]),
  ) as unknown as Pick<Required<MentorshipClient>, (typeof LATER)[number]>;

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
        decode: availabilityResponse,
      }),

    bookSession: ({ mentor, service, startsAt, agenda, timezone, idempotencyKey, holdId, goal, signal }) =>
      request({
        method: 'POST',
        path: '/sessions',
        body: { service, mentor, starts_at: startsAt, timezone, agenda: agenda ?? '', hold_id: holdId, goal },
        idempotencyKey,
        signal,
        decode: sessionResponse,
      }),

    getCredits: ({ signal } = {}) => request({ method: 'GET', path: '/credits', signal, decode: creditsResponse }),

    listSessions: ({ status, signal }) =>
      request({ method: 'GET', path: '/sessions', query: { status }, signal, decode: sessionsResponse }),

    ...later,
    listGoals: async (options = {}) => (await import('./http-goals.js')).listGoals(request, options),
    getProfile: async (options = {}) => (await import('./http-profile.js')).getProfile(request, options),
    saveProfile: async params => (await import('./http-profile.js')).saveProfile(request, params),
    getProgram: async (options = {}) => (await import('./http-program.js')).getProgram(request, options),
    closeProgram: async params => (await import('./http-program.js')).closeProgram(request, params),

    holdSlot: ({ mentor, service, startsAt, signal }) =>
      request({
        method: 'POST',
        path: '/holds',
        body: { service, mentor, starts_at: startsAt },
        signal,
        decode: holdResponse,
      }),

    releaseHold: ({ id, signal }) => request({ method: 'DELETE', path: `/holds/${segment(id)}`, signal, decode: null }),
  };
}
