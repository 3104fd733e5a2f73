/**
 * `createCalComClient`: the widgets on Cal.com's public API v2, for an LMS whose mentors keep their
 * calendars in Cal.com. Our agenda replaces Cal.com's iframe embed: free times, holds while the
 * student confirms, booking and cancelling, with no API key in the browser (Cal.com's docs say keys
 * must never reach clients; everything used here works without one).
 *
 * Cal.com knows nothing of learner credits, and listing a person's bookings needs a key: combine it
 * with the LMS's own client through `composeClients` for those.
 *
 * On a mentor's page (`mentor`), the mentor's side too: their bookings, who attended, their hours
 * (calcom-mentor.ts).
 */
import type { Decoder } from '../decode.js';
import { MentorshipError, isMentorshipError, outcomeUnknown } from '../errors.js';
import { currentLocale } from '../locale.js';
import { createTransport, type TransportTuning } from '../transport.js';
import type { CreditBucket, Mentor, MentorshipClient, MentorshipService, MentorshipSession, SeriesEvery, TimeSlot } from '../types.js';
import {
  booking,
  bookingList,
  errorMessage,
  eventTypeOwners,
  reservation,
  slotsByDay,
  STATUS,
  TAKEN,
  toSession,
  type CalBooking,
} from './calcom-shapes.js';
import { safeHttpUrl } from '../../utils/url.js';

/** The `cal-api-version` each endpoint needs: a missing or unknown one silently falls back to old endpoints. */
export const CAL_API_VERSIONS = {
  eventTypes: '2024-06-14',
  slots: '2024-09-04',
  bookings: '2024-08-13',
  schedules: '2024-06-11',
} as const;

export interface CalComMentor {
  /** Our slug for the mentor. */
  slug: string;
  /** The mentor's Cal.com username. */
  username: string;
  /** The mentor's IANA zone: Cal.com does not publish it. */
  timezone: string;
  /**
   * The mentor's Cal.com event type for each service slug; `id` is needed to hold a time. `series`: the
   * service's recurring twin in Cal.com (a recurring event type books all its meetings at once, so a
   * single session needs its own type), with how often it recurs and the most meetings it allows, as
   * set there. With one, the card offers "Repeat" for this mentor.
   */
  eventTypes: Record<string, { slug: string; id: number; series?: CalComSeriesType }>;
  headline?: string;
  bio?: string;
  languages?: string[];
  skills?: string[];
}

/** A recurring event type in Cal.com, as its settings say: every week or two, up to `max` meetings. */
export interface CalComSeriesType {
  slug: string;
  id: number;
  every: SeriesEvery;
  max: number;
}

export interface CalComClientOptions extends TransportTuning {
  /** Default `https://api.cal.com`. */
  baseUrl?: string;
  /** The services students can book; each mentor maps them to an event type. */
  services: MentorshipService[];
  mentors: CalComMentor[];
  /** Who books: the signed-in student. Their zone comes from each booking. Absent on a mentor's page. */
  attendee?: { name: string; email: string; language?: string };
  /**
   * On a mentor's page: the signed-in mentor (the slug of one of `mentors`, as the memory client's
   * `mentor`), the host of their Cal.com bookings. Turns on the mentor's side — their bookings with each student, attendance through
   * `mark-absent`, their default availability schedule as weekly hours and days off. Cal.com answers
   * these only with the mentor's API key: `baseUrl` must be the LMS's proxy, which adds it.
   */
  mentor?: string;
  /**
   * How long after a session its mentor may still change who attended, in hours (Cal.com allows it at
   * any time; the desk stops offering it after this). Default 168 (a week).
   */
  attendanceWindowHours?: number;
  /** The language of Cal.com's messages (`Accept-Language`). */
  locale?: string | (() => string);
}

export function createCalComClient(options: CalComClientOptions): MentorshipClient {
  const request = createTransport({
    ...options,
    baseUrl: options.baseUrl ?? 'https://api.cal.com',
    headers: () => ({ 'Accept-Language': currentLocale(options.locale) }),
    errorMessage,
    errorCode: (status, body) => (status === 400 && TAKEN.test(errorMessage(body) ?? '') ? 'slot-taken' : undefined),
  });
  const version = (which: keyof typeof CAL_API_VERSIONS) => ({ 'cal-api-version': CAL_API_VERSIONS[which] });

  const mentorBySlug = (slug: string): CalComMentor => {
    const mentor = options.mentors.find(candidate => candidate.slug === slug);
    if (!mentor) throw new MentorshipError('not-found', `There is no mentor "${slug}".`);
    return mentor;
  };
  const eventTypeOf = (mentor: CalComMentor, service: string) => {
    const eventType = mentor.eventTypes[service];
    if (!eventType) throw new MentorshipError('not-found', `${mentor.slug} gives no "${service}" sessions.`);
    return eventType;
  };
  const durationOf = (service: string) => options.services.find(candidate => candidate.slug === service)?.durationMinutes ?? 60;

  /** Display data per username; public, and the same all session long. */
  const owners = new Map<string, Promise<{ name: string | null; avatarUrl: string | null }>>();
  function ownerOf(username: string, signal?: AbortSignal) {
    let owner = owners.get(username);
    if (!owner) {
      owner = request({
        method: 'GET',
        path: '/v2/event-types',
        query: { username },
        headers: version('eventTypes'),
        signal,
        decode: eventTypeOwners,
      }).then(types => types.flatMap(type => type.users)[0] ?? { name: null, avatarUrl: null });
      owners.set(username, owner);
      owner.catch(() => owners.delete(username));
    }
    return owner;
  }

  /** Sessions booked through this client, by uid: for the idempotency of repeated clicks and for cancelling. */
  const booked = new Map<string, MentorshipSession>();
  const attempts = new Map<string, Promise<unknown>>();

  const languageOf = (attendee: { language?: string }) => attendee.language ?? currentLocale(options.locale)?.split('-')[0] ?? 'en';
  const attendeeOf = () => {
    if (!options.attendee) throw new MentorshipError('bad-request', 'This Cal.com client has no attendee: it books for no one.');
    return options.attendee;
  };

  async function book(params: Parameters<MentorshipClient['bookSession']>[0]): Promise<MentorshipSession> {
    const mentor = mentorBySlug(params.mentor);
    const attendee = attendeeOf();
    const eventType = eventTypeOf(mentor, params.service);
    const agenda = params.agenda ?? '';
    const result = await request({
      method: 'POST',
      path: '/v2/bookings',
      headers: version('bookings'),
      body: {
        start: new Date(params.startsAt).toISOString(),
        eventTypeSlug: eventType.slug,
        username: mentor.username,
        attendee: {
          name: attendee.name,
          email: attendee.email,
          timeZone: params.timezone,
          language: languageOf(attendee),
        },
        ...(agenda ? { bookingFieldsResponses: { notes: agenda } } : {}),
        // Cal.com caps metadata values at 500 characters.
        metadata: { source: 'mentorship-widgets', agenda: agenda.slice(0, 500) },
        ...(params.holdId ? { reservationUid: params.holdId } : {}),
      },
      signal: params.signal,
      decode: booking,
    });
    return bookedSession(result, { service: params.service, mentor, agenda });
  }

  /** A booking this client made (or found), as a session with the mentor's name, kept for cancelling and moving. */
  async function bookedSession(
    result: CalBooking,
    fallback: { service: string; mentor: CalComMentor; agenda: string },
  ): Promise<MentorshipSession> {
    const owner = await ownerOf(fallback.mentor.username).catch(() => ({ name: null }));
    const session = toSession(result, fallback, owner.name ?? fallback.mentor.username);
    booked.set(session.id, session);
    return session;
  }

  /**
   * The attendee's live booking with this mentor at `startsAt`, looked up where it was made: `GET
   * /v2/bookings` through the same `baseUrl` (in production an LMS proxy, which adds the key Cal.com
   * asks for to list bookings). `null`: Cal.com says there is none; `undefined`: it would not say.
   */
  async function findBooking(params: Parameters<MentorshipClient['bookSession']>[0]): Promise<MentorshipSession | null | undefined> {
    const mentor = mentorBySlug(params.mentor);
    const start = Date.parse(params.startsAt);
    const found = await attendeeBookings(
      eventTypeOf(mentor, params.service).id,
      start,
      start + durationOf(params.service) * 60_000,
      bookingList,
    );
    if (!found) return undefined;
    const live = found.find(
      candidate =>
        Date.parse(candidate.start) === start &&
        STATUS[candidate.status.toLowerCase()] !== 'canceled' &&
        (candidate.hostUsername ?? mentor.username) === mentor.username,
    );
    return live ? bookedSession(live, { service: params.service, mentor, agenda: params.agenda ?? '' }) : null;
  }

  /**
   * The attendee's bookings of an event type that start from `start` and end by `end` (instants), as
   * `GET /v2/bookings` lists them through `baseUrl`: a single booking's lookup and a series'.
   * `undefined`: Cal.com would not say (no key).
   */
  async function attendeeBookings<T>(eventTypeId: number, start: number, end: number, decode: Decoder<T[]>) {
    try {
      return await request({
        method: 'GET',
        path: '/v2/bookings',
        query: {
          attendeeEmail: attendeeOf().email,
          eventTypeId: String(eventTypeId),
          // A minute either side: whether Cal.com's bounds are inclusive is not documented.
          afterStart: new Date(start - 60_000).toISOString(),
          beforeEnd: new Date(end + 60_000).toISOString(),
        },
        headers: version('bookings'),
        decode,
      });
    } catch {
      return undefined;
    }
  }

  /** Keys whose last attempt ended with no answer: Cal.com may have booked it. */
  const uncertain = new Set<string>();

  /**
   * Cal.com takes no idempotency key, so this adapter keeps the promise itself: the same key in this
   * page answers the first attempt's result, and an attempt whose answer was lost is looked up in
   * Cal.com before anything is sent again. Found: that booking is the answer (its uid kept). Not
   * there: it is booked (nothing was). Cal.com will not say: `unconfirmed`, and nothing is sent —
   * a second POST would book twice or answer "already has booking" about the student's own booking.
   */
  function once<T>(key: string, run: () => Promise<T>, find: () => Promise<T | null | undefined>): Promise<T> {
    let attempt = attempts.get(key) as Promise<T> | undefined;
    if (!attempt) {
      const lookUpFirst = uncertain.has(key);
      attempt = (async () => {
        if (lookUpFirst) {
          const found = await find();
          if (found) return found;
          if (found === undefined) throw new MentorshipError('unconfirmed', 'Cal.com would not say whether the lost attempt went through.');
        }
        try {
          return await run();
        } catch (error) {
          // A lost answer, or "already has booking": the time may be taken by this very attempt — landed
          // after a lost answer, or sent twice by the browser itself (Chromium resends a POST whose
          // connection died before any answer, and Cal.com takes no key). What Cal.com holds tells, now.
          const unknown = outcomeUnknown(error);
          if (!unknown && !(isMentorshipError(error) && error.code === 'slot-taken')) throw error;
          const found = await find();
          if (found) return found;
          // Not ours, or Cal.com will not list bookings (no proxy): a refusal stands as said.
          throw found === null || !unknown
            ? error
            : new MentorshipError('unconfirmed', 'Cal.com may have done it; it would not say.', { cause: error });
        }
      })();
      attempt.then(
        () => uncertain.delete(key),
        (error: unknown) => {
          attempts.delete(key);
          if (outcomeUnknown(error)) uncertain.add(key);
          else uncertain.delete(key);
        },
      );
      attempts.set(key, attempt);
    }
    return attempt;
  }

  /** The session a cancel or a move answered, keeping what Cal.com does not send back (service, agenda). */
  function sessionAfterChange(id: string, result: CalBooking): MentorshipSession {
    const known = booked.get(id);
    const mentor =
      (known && mentorBySlug(known.mentor.slug)) ?? options.mentors.find(candidate => candidate.username === result.hostUsername);
    if (!mentor) throw new MentorshipError('invalid-response', `Booking ${id} has no known host.`);
    const service =
      known?.service ?? Object.entries(mentor.eventTypes).find(([, eventType]) => eventType.id === result.eventTypeId)?.[0] ?? '';
    const session = toSession(result, { service, mentor, agenda: known?.agenda ?? '' }, known?.mentor.name ?? mentor.username);
    booked.set(session.id, session);
    return session;
  }

  const host = options.mentor === undefined ? undefined : mentorBySlug(options.mentor);
  const mentorSide =
    host &&
    fetchedOnFirstCall(
      () =>
        import('./calcom-mentor.js').then(module =>
          module.calComMentorSide({
            request,
            versions: { bookings: version('bookings'), schedules: version('schedules') },
            host,
            windowHours: options.attendanceWindowHours ?? 168,
          }),
        ),
      ['listMentorSessions', 'submitSessionReport', 'getMentorHours', 'saveMentorHours'],
    );

  // Regular meetings where a mentor has a service's recurring twin in Cal.com (calcom-series.ts).
  const repeats = options.mentors.some(mentor => Object.values(mentor.eventTypes).some(eventType => eventType.series));
  const seriesSide =
    repeats &&
    fetchedOnFirstCall(
      () =>
        import('./calcom-series.js').then(module =>
          module.calComSeries({
            request,
            versions: { bookings: version('bookings'), slots: version('slots') },
            mentorBySlug,
            durationOf,
            attendee: () => ({ ...attendeeOf(), language: languageOf(attendeeOf()) }),
            locale: () => currentLocale(options.locale),
            once,
            attendeeBookings,
            session: bookedSession,
          }),
        ),
      ['previewSeries', 'bookSeries'],
    );

  return {
    capabilities: {
      availability: true,
      holds: true,
      cancel: true,
      reschedule: true,
      feedback: false,
      ...(repeats && { series: true }),
      // Cal.com keeps who was absent, not what was said; and days off, without a note.
      ...(host && { mentor: true, mentorHours: true, reportFields: [], timeOffNotes: false }),
    },
    ...mentorSide,
    ...seriesSide,

    listServices: async () => structuredClone(options.services),

    listMentors: async ({ service, signal } = {}) => {
      const giving = options.mentors.filter(mentor => !service || mentor.eventTypes[service]);
      return Promise.all(
        giving.map(async (mentor): Promise<Mentor> => {
          const owner = await ownerOf(mentor.username, signal);
          return {
            slug: mentor.slug,
            name: owner.name ?? mentor.username,
            avatarUrl: safeHttpUrl(owner.avatarUrl),
            headline: mentor.headline ?? '',
            bio: mentor.bio ?? '',
            timezone: mentor.timezone,
            languages: mentor.languages ?? [],
            skills: mentor.skills ?? [],
            rating: null,
            services: Object.keys(mentor.eventTypes),
          };
        }),
      );
    },

    getAvailability: async ({ mentor: slug, service, from, to, signal }) => {
      const mentor = mentorBySlug(slug);
      const eventType = eventTypeOf(mentor, service);
      const found = await request({
        method: 'GET',
        path: '/v2/slots',
        query: {
          start: from,
          end: to,
          eventTypeSlug: eventType.slug,
          username: mentor.username,
          timeZone: mentor.timezone,
          format: 'range',
        },
        headers: version('slots'),
        signal,
        decode: slotsByDay,
      });
      const minutes = durationOf(service);
      const slots: TimeSlot[] = found
        .map(slot => ({
          startsAt: slot.startsAt,
          endsAt: slot.endsAt ?? new Date(Date.parse(slot.startsAt) + minutes * 60_000).toISOString(),
        }))
        .filter(slot => slot.startsAt >= new Date(from).toISOString() && slot.startsAt < new Date(to).toISOString())
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      return { timezone: mentor.timezone, slots };
    },

    holdSlot: async ({ mentor: slug, service, startsAt, signal }) => {
      const eventType = eventTypeOf(mentorBySlug(slug), service);
      try {
        return await request({
          method: 'POST',
          path: '/v2/slots/reservations',
          headers: version('slots'),
          body: { eventTypeId: eventType.id, slotStart: new Date(startsAt).toISOString() },
          signal,
          decode: reservation,
        });
      } catch (error) {
        // 422: the time is already booked or reserved by someone else.
        if (isMentorshipError(error) && error.status === 422) {
          throw new MentorshipError('slot-taken', error.message, { status: 422, cause: error });
        }
        throw error;
      }
    },

    releaseHold: ({ id, signal }) =>
      request({
        method: 'DELETE',
        path: `/v2/slots/reservations/${encodeURIComponent(id)}`,
        headers: version('slots'),
        signal,
        decode: null,
      }),

    bookSession: params =>
      once(
        params.idempotencyKey,
        () => book(params),
        () => findBooking(params),
      ),

    // A cancel whose answer was lost, sent again, is refused by Cal.com ("already cancelled"): either
    // way the booking itself (`GET /v2/bookings/{uid}`) tells whether it is cancelled.
    cancelSession: async ({ id, scope, signal }) => {
      const path = `/v2/bookings/${encodeURIComponent(id)}`;
      try {
        const result = await request({
          method: 'POST',
          path: `${path}/cancel`,
          headers: version('bookings'),
          // A meeting of a recurring booking and every one after it: Cal.com's own "subsequent" cancel.
          body: { cancellationReason: 'Canceled by the student', ...(scope === 'following' && { cancelSubsequentBookings: true }) },
          signal,
          decode: booking,
        });
        return sessionAfterChange(id, result);
      } catch (error) {
        const now = await request({ method: 'GET', path, headers: version('bookings'), decode: booking }).catch(() => undefined);
        if (now && STATUS[now.status.toLowerCase()] === 'canceled') return sessionAfterChange(id, now);
        throw error;
      }
    },

    // Cal.com answers a move with the booking at its new time, which may carry a new uid.
    // A lost answer is looked up at the new time, for a session booked in this page (its mentor and
    // service known); another cannot be found, so it stays unconfirmed rather than moved twice.
    rescheduleSession: ({ id, startsAt, idempotencyKey, signal }) =>
      once(
        idempotencyKey,
        async () => {
          const result = await request({
            method: 'POST',
            path: `/v2/bookings/${encodeURIComponent(id)}/reschedule`,
            headers: version('bookings'),
            body: { start: new Date(startsAt).toISOString(), reschedulingReason: 'Moved by the student' },
            signal,
            decode: booking,
          });
          return sessionAfterChange(id, result);
        },
        async () => {
          const known = booked.get(id);
          return known
            ? findBooking({ mentor: known.mentor.slug, service: known.service, startsAt, timezone: 'UTC', idempotencyKey })
            : undefined;
        },
      ),

    // Cal.com has no credits: on its own it books without limit. Compose with the LMS's client to count.
    getCredits: async (): Promise<CreditBucket[]> => [
      {
        id: 'cal.com',
        name: 'Mentoring sessions',
        services: options.services.map(service => service.slug),
        remaining: null,
        renewsAt: null,
        renewal: null,
      },
    ],

    listSessions: () =>
      Promise.reject(
        new MentorshipError(
          'forbidden',
          "Cal.com lists bookings only with an API key, which must not reach the browser: take sessions from your LMS's client (composeClients).",
        ),
      ),
  };
}

/**
 * Methods whose code is fetched with the first call of any of them (the mentor's side, regular
 * meetings): a page that never calls them never carries them, and one that does fetches them once.
 */
function fetchedOnFirstCall<M extends object>(load: () => Promise<M>, names: ReadonlyArray<keyof M & string>): M {
  let loaded: Promise<M> | undefined;
  const call = (name: keyof M) => async (params: unknown) => ((await (loaded ??= load()))[name] as (params: unknown) => unknown)(params);
  return Object.fromEntries(names.map(name => [name, call(name)])) as M;
}
