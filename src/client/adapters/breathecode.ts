/**
 * `createBreatheCodeClient`: the widgets on 4Geeks Academy's BreatheCode API, the backend of 4Geeks'
 * own mentoring sidebar. Students cannot see mentors' free times or book through this API: booking
 * happens on each mentor's external calendar page, so `capabilities.availability` is false and
 * `getExternalBookingUrl` builds that page's link (with the student's token) when the student clicks.
 *
 * On a mentor's page (`mentor`, with the mentor's token), the mentor's side too: their sessions and the
 * close form after each (breathecode-mentor.ts).
 */
import { MentorshipError } from '../errors.js';
import {
  finiteNumber,
  instant,
  nonNegativeInteger,
  nullable,
  object,
  listOf,
  markDropped,
  optional,
  ShapeError,
  string,
  takeDropped,
  text,
  type Decoder,
} from '../decode.js';
import { createTransport, type TransportTuning } from '../transport.js';
import { currentLocale } from '../locale.js';
import type { CreditBucket, Mentor, MentorshipClient, MentorshipService, MentorshipSession, SessionStatus } from '../types.js';
import { clock } from '../../utils/clock.js';
import { isValidTimeZone } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import type { BreatheCodeMentorContext, BreatheCodeMentorMethods } from './breathecode-mentor.js';

type Awaitable<T> = T | Promise<T>;

export interface BreatheCodeClientOptions extends TransportTuning {
  /** The API's host, e.g. `https://breathecode.herokuapp.com`; it also serves mentors' booking pages. */
  host: string;
  /** The student's API token (sent as `Authorization: Token <key>`), or a getter for it. */
  token: string | (() => Awaitable<string>);
  /** The academy's id, sent as the `Academy` header. */
  academy: number | string;
  /** Only mentors of these syllabi (slugs), as 4Geeks shows a student their programme's mentors. */
  syllabus?: string | readonly string[];
  /** The student's user id, passed to booking pages as `salesforce_uuid`. */
  userId?: number | string;
  /** `utm_source` of booking links. Default `mentorship-widgets`. */
  utmSource?: string;
  /** The language of the API's error messages (`Accept-Language`). */
  locale?: string | (() => string);
  /** Items asked for per page; the API may return fewer. Default 100. */
  pageSize?: number;
  /**
   * On a mentor's page: the signed-in mentor's slug (`token` is then theirs). Turns on the mentor's
   * side — their sessions with each student, and the close form after each (its status and summary),
   * which needs the `crud_mentorship_session` capability in the academy.
   */
  mentor?: string;
  /** How long after a session its mentor may still change the close form, in hours. Default 168 (a week). */
  reportWindowHours?: number;
}

// ——— The API's shapes ———

/** `"3600.0"` (seconds), `3600`, or `"01:00:00"`, as minutes. */
const durationMinutes: Decoder<number> = (value, path) => {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value / 60);
  if (typeof value === 'string') {
    const clock = /^(\d+):(\d{2}):(\d{2})/.exec(value);
    if (clock) return Number(clock[1]) * 60 + Number(clock[2]) + Math.round(Number(clock[3]) / 60);
    const seconds = Number(value);
    if (value.trim() !== '' && Number.isFinite(seconds)) return Math.round(seconds / 60);
  }
  throw new ShapeError(path, 'a duration in seconds');
};

/** A zone the API may leave empty; mentors without one are shown in UTC rather than dropped. */
const lenientZone: Decoder<string> = value => (typeof value === 'string' && isValidTimeZone(value) ? value : 'UTC');

interface ApiService {
  slug: string;
  name: string;
  description: string;
  durationMinutes: number;
  language: string | null;
}

const apiService: Decoder<ApiService> = object(field => ({
  slug: field('slug', string),
  name: field('name', string),
  description: field('description', text),
  durationMinutes: field('duration', durationMinutes),
  language: field('language', optional(nullable(string))) ?? null,
}));

const apiUser = object(field => ({
  firstName: field('first_name', text),
  lastName: field('last_name', text),
  avatarUrl: field('profile', optional(nullable(object(profileField => profileField('avatar_url', optional(nullable(string))))))) ?? null,
}));

interface ApiMentor {
  slug: string;
  user: { firstName: string; lastName: string; avatarUrl: string | null | undefined };
  oneLineBio: string;
  timezone: string;
  rating: number | null;
  bookingUrl: string | null;
  services: Array<{ slug: string; language: string | null }>;
}

const apiMentor: Decoder<ApiMentor> = object(field => ({
  slug: field('slug', string),
  user: field('user', apiUser),
  oneLineBio: field('one_line_bio', text),
  timezone: field('timezone', lenientZone),
  rating: field('rating', optional(nullable(finiteNumber))) ?? null,
  bookingUrl: field('booking_url', optional(nullable(string))) ?? null,
  services: field(
    'services',
    listOf(
      object(serviceField => ({
        slug: serviceField('slug', string),
        language: serviceField('language', optional(nullable(string))) ?? null,
      })),
    ),
  ),
}));

const SESSION_STATUS: Record<string, SessionStatus> = {
  PENDING: 'scheduled',
  STARTED: 'started',
  COMPLETED: 'completed',
  CANCELED: 'canceled',
  FAILED: 'missed',
  IGNORED: 'missed',
};

const apiSession: Decoder<MentorshipSession> = object(field => {
  // A status this adapter does not know is kept as sent (shown neutrally), not a reason to lose the session.
  const status = field('status', string);
  const service = field(
    'service',
    optional(
      nullable(
        object(serviceField => ({
          slug: serviceField('slug', string),
          minutes: serviceField('duration', optional(durationMinutes)) ?? 60,
        })),
      ),
    ),
  );
  const mentor = field(
    'mentor',
    object(mentorField => ({ slug: mentorField('slug', string), user: mentorField('user', apiUser) })),
  );
  const startsAt = field('starts_at', optional(nullable(instant))) ?? field('started_at', optional(nullable(instant)));
  if (!startsAt) throw new ShapeError('response.starts_at', 'an instant');
  const start = Date.parse(startsAt);
  const endsAt = field('ends_at', optional(nullable(instant)));
  const end = endsAt ? Date.parse(endsAt) : start + (service?.minutes ?? 60) * 60_000;
  return {
    id: String(field('id', finiteNumber)),
    service: service?.slug ?? '',
    mentor: { slug: mentor.slug, name: fullName(mentor.user), avatarUrl: safeHttpUrl(mentor.user.avatarUrl) },
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(end).toISOString(),
    status: SESSION_STATUS[status.toUpperCase()] ?? status,
    joinUrl: safeHttpUrl(field('online_meeting_url', optional(nullable(string)))),
    agenda: field('agenda', text),
    // What the mentor wrote after the session (BreatheCode's `summary`); it keeps no action items.
    summary: field('summary', text),
  };
});

interface ApiServiceSet {
  id: number;
  slug: string;
  /** Sessions left, or `null` when unlimited (`-1`). */
  remaining: number | null;
  validUntil: string | null;
}

const UNLIMITED = -1;

const consumables: Decoder<ApiServiceSet[]> = object(field =>
  field(
    'mentorship_service_sets',
    listOf(
      object(setField => {
        const unit = setField(
          'balance',
          object(balanceField => balanceField('unit', finiteNumber)),
        );
        const items =
          setField(
            'items',
            optional(
              listOf(
                object(itemField => ({
                  howMany: itemField('how_many', finiteNumber),
                  validUntil: itemField('valid_until', optional(nullable(string))) ?? null,
                })),
              ),
            ),
          ) ?? [];
        const unlimited = unit === UNLIMITED || items.some(item => item.howMany === UNLIMITED);
        const expiries = items.map(item => item.validUntil).filter((until): until is string => !!until && !Number.isNaN(Date.parse(until)));
        return {
          id: setField('id', nonNegativeInteger),
          slug: setField('slug', string),
          remaining: unlimited ? null : Math.max(0, unit),
          validUntil: expiries.sort()[0] ?? null,
        };
      }),
    ),
  ),
);

const serviceSetServices: Decoder<string[]> = object(field =>
  field('mentorship_services', listOf(object(serviceField => serviceField('slug', string)))),
);

/**
 * Either shape of a BreatheCode list: a plain array, or `{ count, next, previous, results }`. Records
 * are read one by one (an unreadable one is left out and counted); `received` counts them all, for the
 * next page's offset.
 */
function page<T>(item: Decoder<T>): Decoder<{ items: T[]; received: number; count: number | undefined }> {
  const items = listOf(item);
  return (value, path) => {
    if (Array.isArray(value)) return { items: items(value, path), received: value.length, count: undefined };
    return object(field => {
      const results = field('results', items);
      return {
        items: results,
        received: (value as { results: unknown[] }).results.length,
        count: field('count', optional(nonNegativeInteger)),
      };
    })(value, path);
  };
}

/** BreatheCode's error body: `{ detail, status_code }` (and a `slug` on some). */
function errorDetail(body: unknown): string | undefined {
  const detail = (body as { detail?: unknown } | null)?.detail;
  return typeof detail === 'string' ? detail : undefined;
}

function fullName(user: { firstName: string; lastName: string }): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

/** `geekpal-mentorships` → `Geekpal mentorships`: the API gives buckets a slug, not a name. */
function nameFromSlug(slug: string): string {
  const words = slug.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

function toMentor(mentor: ApiMentor, services: ReadonlyMap<string, ApiService>): Mentor {
  const languages = [
    ...new Set(mentor.services.map(service => service.language ?? services.get(service.slug)?.language).filter((l): l is string => !!l)),
  ];
  return {
    slug: mentor.slug,
    name: fullName(mentor.user) || mentor.slug,
    avatarUrl: safeHttpUrl(mentor.user.avatarUrl),
    headline: mentor.oneLineBio,
    bio: mentor.oneLineBio,
    timezone: mentor.timezone,
    languages,
    skills: [],
    rating: mentor.rating,
    services: mentor.services.map(service => service.slug),
  };
}

export function createBreatheCodeClient(options: BreatheCodeClientOptions): MentorshipClient {
  const host = options.host.replace(/\/+$/, '');
  const pageSize = options.pageSize ?? 100;
  const token = async () => (typeof options.token === 'function' ? await options.token() : options.token);
  const request = createTransport({
    ...options,
    baseUrl: host,
    headers: async () => ({
      Authorization: `Token ${await token()}`,
      Academy: String(options.academy),
      'Accept-Language': currentLocale(options.locale),
    }),
    errorMessage: errorDetail,
  });
  const syllabus = typeof options.syllabus === 'string' ? [options.syllabus] : options.syllabus;
  /** Which services each credit bucket covers never changes: asked once per bucket. */
  const setServices = new Map<number, Promise<string[]>>();
  let knownServices = new Map<string, ApiService>();
  /** Booking links per mentor slug, from the last mentor list: a mentor without one cannot be booked. */
  const bookingUrls = new Map<string, string | null>();

  /** Every item of a list, page by page, whichever shape the API answers in. */
  async function all<T>(path: string, query: Record<string, string | undefined>, item: Decoder<T>, signal?: AbortSignal): Promise<T[]> {
    const items: T[] = [];
    let received = 0;
    for (;;) {
      const answer = await request({
        method: 'GET',
        path,
        query: { ...query, limit: String(pageSize), offset: String(received) },
        signal,
        decode: page(item),
      });
      items.push(...answer.items);
      received += answer.received;
      // A plain array is the whole answer; a page ends the list when empty or when the count is reached.
      const { count } = answer;
      if (count === undefined || answer.received === 0 || received >= count) return markDropped(items, received - items.length);
    }
  }

  async function services(signal?: AbortSignal): Promise<ApiService[]> {
    const list = await all('/v1/mentorship/academy/service', { status: 'ACTIVE' }, apiService, signal);
    knownServices = new Map(list.map(service => [service.slug, service]));
    return list;
  }

  const unsupported = (what: string) =>
    Promise.reject(new MentorshipError('bad-request', `BreatheCode does not let students ${what}; they book on the mentor's page.`));

  const mentorSide =
    options.mentor === undefined
      ? undefined
      : lazyMentorSide({ request, all, mentor: options.mentor, windowHours: options.reportWindowHours ?? 168 });

  return {
    // BreatheCode keeps a close form's status and summary: nothing else of a report.
    capabilities: { availability: false, holds: false, cancel: false, ...(mentorSide && { mentor: true, reportFields: ['summary'] }) },
    ...mentorSide,

    // Each list keeps the count of records left out as unreadable, for the components to report.
    listServices: async ({ signal } = {}) => {
      const list = await services(signal);
      const mapped = list.map((service): MentorshipService => ({
        slug: service.slug,
        name: service.name,
        description: service.description,
        durationMinutes: service.durationMinutes,
        kind: 'one_to_one',
      }));
      return markDropped(mapped, takeDropped(list));
    },

    listMentors: async ({ service, signal } = {}) => {
      if (knownServices.size === 0) await services(signal);
      const mentors = await all(
        '/v1/mentorship/academy/mentor',
        { services: service, status: 'ACTIVE', syllabus: syllabus?.join(',') },
        apiMentor,
        signal,
      );
      for (const mentor of mentors) bookingUrls.set(mentor.slug, safeHttpUrl(mentor.bookingUrl));
      return markDropped(
        mentors.map(mentor => toMentor(mentor, knownServices)),
        takeDropped(mentors),
      );
    },

    getCredits: async ({ signal } = {}) => {
      const sets = await request({ method: 'GET', path: '/v2/payments/me/service/consumable', signal, decode: consumables });
      // A set that could not be read is left out and reported, as a list's records are.
      const buckets = await Promise.all(
        sets.map(async (set): Promise<CreditBucket> => {
          let covered = setServices.get(set.id);
          if (!covered) {
            covered = request({ method: 'GET', path: `/v2/payments/mentorshipserviceset/${set.id}`, decode: serviceSetServices });
            setServices.set(set.id, covered);
            covered.catch(() => setServices.delete(set.id));
          }
          return {
            id: String(set.id),
            name: nameFromSlug(set.slug),
            services: await covered,
            remaining: set.remaining,
            // The API says until when the current credits are valid, not whether a plan renews them.
            renewsAt: set.validUntil ? new Date(set.validUntil).toISOString() : null,
            renewal: null,
          };
        }),
      );
      return markDropped(buckets, takeDropped(sets));
    },

    listSessions: async ({ status, signal }) => {
      const now = clock.now().getTime();
      const sessions = await all('/v1/mentorship/user/me/session', {}, apiSession, signal);
      const upcoming = (session: MentorshipSession) =>
        (session.status === 'scheduled' || session.status === 'started') && Date.parse(session.endsAt) > now;
      const shown = sessions
        .filter(session => upcoming(session) === (status === 'upcoming'))
        .sort((a, b) => (status === 'upcoming' ? 1 : -1) * (Date.parse(a.startsAt) - Date.parse(b.startsAt)));
      return markDropped(shown, takeDropped(sessions));
    },

    getExternalBookingUrl: async ({ mentor, service }) => {
      if (bookingUrls.get(mentor) === null) {
        throw new MentorshipError('not-found', `Mentor ${mentor} has no booking page.`);
      }
      // Built as 4Geeks' own widget builds it; it carries the token, so it is made only on the student's click.
      const url = new URL(`${host}/mentor/${encodeURIComponent(mentor)}`);
      url.searchParams.set('utm_campaign', service);
      url.searchParams.set('utm_source', options.utmSource ?? 'mentorship-widgets');
      if (options.userId !== undefined) url.searchParams.set('salesforce_uuid', String(options.userId));
      url.searchParams.set('token', await token());
      return url.href;
    },

    getAvailability: () => unsupported('see free times'),
    bookSession: () => unsupported('book through the API'),
    cancelSession: () => Promise.reject(new MentorshipError('forbidden', 'BreatheCode does not let students cancel sessions from here.')),
  };
}

/**
 * The mentor's side, fetched with its first call: a student's page (no `mentor`) never carries it, and
 * a mentor's page fetches it once.
 */
function lazyMentorSide(context: BreatheCodeMentorContext): BreatheCodeMentorMethods {
  let side: Promise<BreatheCodeMentorMethods> | undefined;
  const load = () => (side ??= import('./breathecode-mentor.js').then(module => module.breatheCodeMentorSide(context)));
  return {
    listMentorSessions: async params => (await load()).listMentorSessions(params),
    submitSessionReport: async params => (await load()).submitSessionReport(params),
  };
}
