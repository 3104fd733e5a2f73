/**
 * `createHttpClient`: a `MentorshipClient` for our REST contract (docs/rest-api.md, docs/openapi.yaml).
 */
import { EVERY_CAPABILITY } from './capabilities.js';
import {
  availabilityResponse,
  creditsResponse,
  errorMessageOf,
  groupSessionsResponse,
  holdResponse,
  mentorsResponse,
  servicesResponse,
  sessionResponse,
  sessionsResponse,
} from './schemas.js';
import { currentLocale } from './locale.js';
import { createTransport, type TransportTuning } from './transport.js';
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
  /** What this backend supports; everything by default. */
  capabilities?: Partial<ClientCapabilities>;
}

export function createHttpClient(options: HttpClientOptions): MentorshipClient {
  const request = createTransport({
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
  const segment = encodeURIComponent;

  return {
    capabilities: { ...EVERY_CAPABILITY, ...options.capabilities },

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

    bookSession: ({ mentor, service, startsAt, agenda, timezone, idempotencyKey, holdId, signal }) =>
      request({
        method: 'POST',
        path: '/sessions',
        body: { service, mentor, starts_at: startsAt, timezone, agenda: agenda ?? '', ...(holdId ? { hold_id: holdId } : {}) },
        idempotencyKey,
        signal,
        decode: sessionResponse,
      }),

    getCredits: ({ signal } = {}) => request({ method: 'GET', path: '/credits', signal, decode: creditsResponse }),

    listSessions: ({ status, signal }) =>
      request({ method: 'GET', path: '/sessions', query: { status }, signal, decode: sessionsResponse }),

    cancelSession: ({ id, signal }) =>
      request({ method: 'POST', path: `/sessions/${segment(id)}/cancel`, signal, decode: sessionResponse }),

    rescheduleSession: ({ id, startsAt, idempotencyKey, signal }) =>
      request({
        method: 'POST',
        path: `/sessions/${segment(id)}/reschedule`,
        body: { starts_at: startsAt },
        idempotencyKey,
        signal,
        decode: sessionResponse,
      }),

    rateSession: ({ id, rating, comment, signal }) =>
      request({
        method: 'POST',
        path: `/sessions/${segment(id)}/feedback`,
        body: { rating, comment: comment ?? '' },
        signal,
        decode: sessionResponse,
      }),

    listGroupSessions: ({ service, signal }) =>
      request({ method: 'GET', path: '/group-sessions', query: { service }, signal, decode: groupSessionsResponse }),

    bookGroupSeat: ({ groupSession, agenda, timezone, idempotencyKey, signal }) =>
      request({
        method: 'POST',
        path: `/group-sessions/${segment(groupSession)}/seats`,
        body: { timezone, agenda: agenda ?? '' },
        idempotencyKey,
        signal,
        decode: sessionResponse,
      }),

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
