/**
 * Cal.com's API v2 as the adapter reads it (calcom.ts is the transport and the client): its answers'
 * shapes, decoded tolerantly, its error body, how it says a time is taken, and its booking as one of
 * our sessions. Pure: tested and changed without a request.
 */
import { finiteNumber, instant, listOf, nullable, object, optional, ShapeError, string, type Decoder } from '../decode.js';
import type { MentorshipSession, SessionStatus } from '../types.js';
import { safeHttpUrl } from '../../utils/url.js';
import type { CalComMentor } from './calcom.js';

export function success<T>(data: Decoder<T>): Decoder<T> {
  return object(field => field('data', data));
}

export const eventTypeOwners = success(
  listOf(
    object(field => ({
      users:
        field(
          'users',
          optional(
            listOf(
              object(userField => ({
                name: userField('name', optional(nullable(string))) ?? null,
                avatarUrl: userField('avatarUrl', optional(nullable(string))) ?? null,
              })),
            ),
          ),
        ) ?? [],
    })),
  ),
);

/** `{ "YYYY-MM-DD": [{ start, end }] }`, times with offsets: flattened into UTC slots. */
export const slotsByDay: Decoder<Array<{ startsAt: string; endsAt: string | undefined }>> = success((value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object of days');
  return Object.entries(value as Record<string, unknown>).flatMap(([day, slots]) =>
    listOf(object(field => ({ startsAt: field('start', instant), endsAt: field('end', optional(instant)) })))(slots, `${path}.${day}`),
  );
});

export const reservation = success(
  object(field => ({ id: field('reservationUid', string), expiresAt: field('reservationUntil', instant) })),
);

export interface CalBooking {
  uid: string;
  start: string;
  end: string;
  status: string;
  location: string | null;
  hostUsername: string | null;
  eventTypeId: number | null;
}

export const calBooking: Decoder<CalBooking> = object(field => ({
  uid: field('uid', string),
  start: field('start', instant),
  end: field('end', instant),
  status: field('status', string),
  location: field('meetingUrl', optional(nullable(string))) ?? field('location', optional(nullable(string))) ?? null,
  hostUsername: field('hosts', optional(listOf(object(hostField => hostField('username', optional(nullable(string)))))))?.[0] ?? null,
  eventTypeId: field('eventTypeId', optional(nullable(finiteNumber))) ?? null,
}));

// A recurring booking answers an array; ours are single.
export const booking: Decoder<CalBooking> = success((value, path) => calBooking(Array.isArray(value) ? value[0] : value, path));

/** `GET /v2/bookings`: a record that cannot be read is left out, the rest kept. */
export const bookingList = success(listOf(calBooking));

/** Cal.com's error body: `{ status: "error", error: { code, message, details } }`. */
export function errorMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Cal.com answers a taken time with a 400 and only its words to tell. */
export const TAKEN = /already has booking|not available|no available users|already reserved/i;

export const STATUS: Record<string, SessionStatus> = {
  accepted: 'scheduled',
  pending: 'scheduled',
  cancelled: 'canceled',
  rejected: 'canceled',
};

/** A Cal.com booking as one of our sessions; what Cal.com does not send back comes from `fallback`. */
export function toSession(
  result: CalBooking,
  fallback: { service: string; mentor: CalComMentor; agenda: string },
  name: string,
): MentorshipSession {
  return {
    id: result.uid,
    service: fallback.service,
    mentor: { slug: fallback.mentor.slug, name, avatarUrl: null },
    startsAt: result.start,
    endsAt: result.end,
    status: STATUS[result.status] ?? 'scheduled',
    joinUrl: safeHttpUrl(result.location),
    agenda: fallback.agenda,
  };
}
