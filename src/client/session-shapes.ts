/**
 * The REST contract's sessions and free times (see docs/rest-api.md), decoded into domain types: a
 * module of its own, which the HTTP client fetches beside the first request that reads one (the
 * collapsed card reads neither). Shapes every page reads are in schemas.ts.
 */
import {
  fields,
  instant,
  known,
  listOf,
  nullable,
  object,
  optional,
  orElse,
  starRating,
  string,
  text,
  httpUrl,
  timeZone,
} from './decode.js';
import { sessionMentor, strings } from './schemas.js';
import type { Availability, MentorFeedback, MentorshipSession, SessionCheckIn, SessionStatus, TimeSlot } from './types.js';

const SESSION_STATUSES: readonly SessionStatus[] = ['scheduled', 'started', 'completed', 'canceled', 'missed'];
/** Spellings other backends use for the same statuses. */
const STATUS_ALIASES: Record<string, SessionStatus> = { cancelled: 'canceled', in_progress: 'started', no_show: 'missed' };

// A fit this client does not know is kept as it came (shown neutrally).
const checkIn = fields<SessionCheckIn>({ rating: starRating, comment: text, fit: nullable(string) });

export const session = fields<MentorshipSession>({
  id: string,
  service: string,
  mentor: sessionMentor,
  groupSession: optional(nullable(string)),
  startsAt: instant,
  endsAt: instant,
  status: known(SESSION_STATUSES, STATUS_ALIASES),
  // What a session can be shown without: a value that cannot be read is left out (and reported), never the
  // session — a paid session must not vanish for its notes.
  joinUrl: orElse(httpUrl, null),
  agenda: orElse(text, ''),
  feedback: orElse(
    optional(nullable(fields<NonNullable<MentorshipSession['feedback']>>({ rating: starRating, comment: text }))),
    undefined,
  ),
  goal: orElse(nullable(string), null),
  summary: orElse(text, ''),
  actionItems: strings,
  checkIn: orElse(nullable(checkIn), null),
  series: orElse(nullable(string), null),
  // An attendance this client does not know is kept as it came (shown neutrally).
  attendance: orElse(nullable(string), null),
  mentorFeedback: orElse(nullable(fields<MentorFeedback>({ wentWell: text, toWorkOn: text })), null),
});

export const sessionsResponse = object(field => field('sessions', listOf(session)));
export const sessionResponse = object(field => field('session', session));

export const availabilityResponse = fields<Availability>({
  timezone: timeZone,
  slots: listOf(fields<TimeSlot>({ startsAt: instant, endsAt: instant })),
});
