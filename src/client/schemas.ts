/**
 * The REST contract's response shapes (see docs/rest-api.md), decoded into domain types. A response
 * that does not match is an `invalid-response` error, never a crash further down.
 */
import {
  fields,
  finiteNumber,
  httpUrl,
  instant,
  known,
  listOf,
  looseList,
  nonNegativeInteger,
  nullable,
  object,
  optional,
  orElse,
  record,
  string,
  text,
  timeZone,
  type Decoder,
} from './decode.js';
import { EVERY_CAPABILITY } from './capabilities.js';
import type { CreditBucket, Mentor, MentorshipService, MentorshipSession, WeeklyHours } from './types.js';

/** A service; without `changeNoticeHours` when the backend gives no policy (not with it `undefined`). */
const service = fields<MentorshipService>({
  slug: string,
  name: string,
  description: text,
  durationMinutes: nonNegativeInteger,
  kind: known(['one_to_one', 'group'], { one_on_one: 'one_to_one' }),
  // A policy we cannot read is not said, rather than dropping the service.
  changeNoticeHours: value => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined),
});

/**
 * A mentor's weekly hours are kept as the backend sent them when they are a list, and each window is
 * checked where it is used (matching, in the list's code): the collapsed card never reads them.
 */
const weeklyHours = (value: unknown) => (Array.isArray(value) ? (value as WeeklyHours[]) : undefined);

/** A list of strings where any other item is left out, absent or `null` is empty, and any other value is empty (counted). */
export const strings: Decoder<string[]> = looseList(string);

const mentor = fields<Mentor>({
  slug: string,
  name: string,
  avatarUrl: httpUrl,
  headline: text,
  bio: text,
  timezone: timeZone,
  languages: strings,
  skills: strings,
  rating: orElse(nullable(finiteNumber), null),
  services: strings,
  nextAvailableAt: optional(nullable(instant)),
  nextAvailable: optional(record(nullable(instant))),
  hours: weeklyHours,
});

export const sessionMentor = fields<MentorshipSession['mentor']>({ slug: string, name: string, avatarUrl: httpUrl });

const creditBucket = fields<CreditBucket>({
  id: string,
  name: string,
  services: strings,
  remaining: nullable(nonNegativeInteger),
  renewsAt: nullable(instant),
  renewal: nullable(string),
});

// Lists are read record by record: one unreadable record is left out (and reported), not the list.
export const servicesResponse = object(field => field('services', listOf(service)));
export const mentorsResponse = object(field => field('mentors', listOf(mentor)));
export const creditsResponse = object(field => field('credits', listOf(creditBucket)));

/**
 * `GET /capabilities`: what the backend supports, in its own words. A flag is on only where the
 * backend says `true` (it lists what it does: one left out is off).
 */
export const capabilitiesResponse = fields<Record<string, boolean>>(
  Object.fromEntries(Object.keys(EVERY_CAPABILITY).map(flag => [flag, (value: unknown) => value === true])),
);

/** The contract's error body, read leniently: it only supplies a message. */
export function errorMessageOf(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}
