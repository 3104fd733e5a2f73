/**
 * Taking a mentor's time: a 1-1 booking, a seat in a group session; a session moved (move.ts) is
 * fetched by the agenda when it is asked to move one. Each is found again in the student's
 * upcoming sessions; each is announced with a cancelable request before anything is sent
 * (`mentorship-booking-request`, `mentorship-reschedule-request`) and once done (`mentorship-booked`,
 * `mentorship-rescheduled`).
 */
import type { MentorshipClient, MentorshipSession } from '../client/types.js';
import type { WriteDefinition } from '../controllers/write.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import type { TimeTaken } from './kinds.js';

/** What is known of a time taken whose answer could not be read. */
export function provisionalSession(input: TimeTaken & { goal?: string }, slot = input.slot, id = ''): MentorshipSession {
  return {
    id,
    service: input.service,
    mentor: { slug: input.mentor, name: input.mentorName ?? input.mentor, avatarUrl: null },
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    status: 'scheduled',
    joinUrl: null,
    agenda: input.agenda,
    goal: input.goal ?? null,
  };
}

/** The student's upcoming sessions, where a time taken shows. */
export const upcoming = (client: MentorshipClient) => client.listSessions({ status: 'upcoming' });

/** Announced once a booking or a seat is done. */
export const booked = (session: MentorshipSession, { timeZone }: { timeZone: string }) => new BookedEvent({ session, timeZone });

/** The cancelable request of a booking or a seat. */
export const requested = (input: TimeTaken & { goal?: string; groupSession?: string }) =>
  new BookingRequestEvent({
    mentor: input.mentor,
    service: input.service,
    startsAt: input.slot.startsAt,
    endsAt: input.slot.endsAt,
    timeZone: input.timeZone,
    agenda: input.agenda,
    groupSession: input.groupSession,
    goal: input.goal,
  });

export const book: WriteDefinition<'book'> = {
  kind: 'book',
  operation: 'book',
  signature: input => JSON.stringify(['book', input.mentor, input.service, input.slot.startsAt]),
  request: requested,
  write: (input, idempotencyKey) => {
    const { client, mentor, service, slot, timeZone, agenda, goal } = input;
    return {
      send: () => client.bookSession({ mentor, service, startsAt: slot.startsAt, timezone: timeZone, agenda, idempotencyKey, goal }),
      lookup: async () =>
        (await upcoming(client)).find(
          session => session.mentor.slug === mentor && session.service === service && session.startsAt === slot.startsAt,
        ) ?? null,
      provisional: () => provisionalSession(input),
    };
  },
  done: booked,
};

/** A seat in a group session (the card's group step): found again by the group session it is for. */
export const seat: WriteDefinition<'seat'> = {
  kind: 'seat',
  operation: 'book',
  signature: input => JSON.stringify(['seat', input.groupSession]),
  request: requested,
  write: (input, idempotencyKey) => {
    const { client, groupSession, timeZone, agenda } = input;
    return {
      send: () => client.bookGroupSeat({ groupSession, timezone: timeZone, agenda, idempotencyKey }),
      lookup: async () => (await upcoming(client)).find(session => session.groupSession === groupSession) ?? null,
      provisional: () => ({ ...provisionalSession(input), groupSession }),
    };
  },
  done: booked,
};
