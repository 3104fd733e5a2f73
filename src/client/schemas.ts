/**
 * The REST contract's response shapes (see docs/rest-api.md), decoded into domain types. A response
 * that does not match is an `invalid-response` error, never a crash further down.
 */
import {
  arrayOf,
  boolean,
  finiteNumber,
  httpUrl,
  instant,
  nonNegativeInteger,
  nullable,
  object,
  oneOf,
  optional,
  record,
  starRating,
  string,
  text,
  timeZone,
  type Decoder,
} from './decode.js';
import type {
  Availability,
  CreditBucket,
  GroupSession,
  Mentor,
  MentorshipService,
  MentorshipSession,
  SessionStatus,
  SlotHold,
} from './types.js';

const SESSION_STATUSES: readonly SessionStatus[] = ['scheduled', 'started', 'completed', 'canceled', 'missed'];

const service: Decoder<MentorshipService> = object(field => ({
  slug: field('slug', string),
  name: field('name', string),
  description: field('description', text),
  durationMinutes: field('duration_minutes', nonNegativeInteger),
  kind: field('kind', oneOf(['one_to_one', 'group'])),
}));

const mentor: Decoder<Mentor> = object(field => ({
  slug: field('slug', string),
  name: field('name', string),
  avatarUrl: field('avatar_url', httpUrl),
  headline: field('headline', text),
  bio: field('bio', text),
  timezone: field('timezone', timeZone),
  languages: field('languages', arrayOf(string)),
  skills: field('skills', arrayOf(string)),
  rating: field('rating', nullable(finiteNumber)),
  services: field('services', arrayOf(string)),
  nextAvailableAt: field('next_available_at', optional(nullable(instant))),
  nextAvailable: field('next_available', optional(record(nullable(instant)))),
}));

const sessionMentor = object(mentorField => ({
  slug: mentorField('slug', string),
  name: mentorField('name', string),
  avatarUrl: mentorField('avatar_url', httpUrl),
}));

const session: Decoder<MentorshipSession> = object(field => ({
  id: field('id', string),
  service: field('service', string),
  mentor: field('mentor', sessionMentor),
  groupSession: field('group_session', optional(nullable(string))),
  startsAt: field('starts_at', instant),
  endsAt: field('ends_at', instant),
  status: field('status', oneOf(SESSION_STATUSES)),
  joinUrl: field('join_url', httpUrl),
  agenda: field('agenda', text),
  feedback: field(
    'feedback',
    optional(
      nullable(
        object(feedbackField => ({
          rating: feedbackField('rating', starRating),
          comment: feedbackField('comment', text),
        })),
      ),
    ),
  ),
}));

const groupSession: Decoder<GroupSession> = object(field => ({
  id: field('id', string),
  service: field('service', string),
  mentor: field('mentor', sessionMentor),
  title: field('title', text),
  startsAt: field('starts_at', instant),
  endsAt: field('ends_at', instant),
  seats: field('seats', nonNegativeInteger),
  seatsLeft: field('seats_left', nonNegativeInteger),
  joined: field('joined', boolean),
}));

const creditBucket: Decoder<CreditBucket> = object(field => ({
  id: field('id', string),
  name: field('name', string),
  services: field('services', arrayOf(string)),
  remaining: field('remaining', nullable(nonNegativeInteger)),
  renewsAt: field('renews_at', nullable(instant)),
  renewal: field('renewal', nullable(string)),
}));

export const servicesResponse = object(field => field('services', arrayOf(service)));
export const mentorsResponse = object(field => field('mentors', arrayOf(mentor)));
export const sessionsResponse = object(field => field('sessions', arrayOf(session)));
export const sessionResponse = object(field => field('session', session));
export const groupSessionsResponse = object(field => field('group_sessions', arrayOf(groupSession)));
export const creditsResponse = object(field => field('credits', arrayOf(creditBucket)));

export const availabilityResponse: Decoder<Availability> = object(field => ({
  timezone: field('timezone', timeZone),
  slots: field(
    'slots',
    arrayOf(
      object(slotField => ({
        startsAt: slotField('starts_at', instant),
        endsAt: slotField('ends_at', instant),
      })),
    ),
  ),
}));

export const holdResponse: Decoder<SlotHold> = object(field =>
  field(
    'hold',
    object(holdField => ({
      id: holdField('id', string),
      expiresAt: holdField('expires_at', instant),
    })),
  ),
);

/** The contract's error body, read leniently: it only supplies a message. */
export function errorMessageOf(body: unknown): string | undefined {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : undefined;
}
