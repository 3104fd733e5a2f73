/**
 * Books one session for a component — or a seat in a group session, or moves a session to a new
 * time — through the one `ActionController`: the attempt belongs to what is booked (mentor, service,
 * start, or the group session, or the session moved), so a second press after an edit, a failure or a
 * lost answer sends the same idempotency key and the backend books once.
 *
 * Announced with the cancelable `mentorship-booking-request` (`mentorship-reschedule-request`) before
 * anything is sent, and with `mentorship-booked` (`mentorship-rescheduled`) once done.
 */
import type { ReactiveControllerHost } from 'lit';
import { MentorshipError } from '../client/errors.js';
import type { Write } from '../client/settle.js';
import type { MentorshipClient, MentorshipSession, TimeSlot } from '../client/types.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { RescheduleRequestEvent } from '../events/reschedule-request.js';
import { RescheduledEvent } from '../events/rescheduled.js';
import { ActionController, type Action } from './action.js';

export interface BookingInput {
  client: MentorshipClient;
  mentor: string;
  /** The mentor's name, for a booking the backend accepted without a readable answer. Default: the slug. */
  mentorName?: string;
  service: string;
  slot: TimeSlot;
  /** The student's zone. */
  timeZone: string;
  agenda: string;
  /** Move this session (its id) to `slot` instead of booking a new one. */
  rescheduling?: string;
  /** Take a seat in this group session (its id; `slot` is its time) instead of booking a mentor's time. */
  groupSession?: string;
  /** The student's goal the session is for (its id). */
  goal?: string;
}

interface BookingAction extends Action<MentorshipSession> {
  input: BookingInput;
}

export class BookingController extends ActionController<MentorshipSession, BookingAction> {
  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    report: (operation: string, error: unknown) => void,
    /**
     * Called with each attempt's outcome, however it was reached (a press, "Check again", the browser
     * back online): the session, or `undefined` with `state` saying why not.
     */
    settled: (session: MentorshipSession | undefined) => void,
  ) {
    super(element, report, (outcome, { input }) => {
      if (outcome.status === 'done') {
        const { timeZone } = input;
        const session = outcome.value;
        // A component taken off the page meanwhile (a closed panel) still tells the page, which refreshes.
        const target: EventTarget = element.isConnected ? element : document;
        target.dispatchEvent(input.rescheduling ? new RescheduledEvent({ session, timeZone }) : new BookedEvent({ session, timeZone }));
      }
      settled(outcome.status === 'done' ? outcome.value : undefined);
    });
  }

  /** Books (or moves) after the page's consent, unless an attempt is pending; `settled` hears the outcome. */
  async book(input: BookingInput): Promise<void> {
    if (this.pending) return;
    const { mentor, service, slot, timeZone, agenda, rescheduling, groupSession, goal } = input;
    const { startsAt, endsAt } = slot;
    const request = rescheduling
      ? new RescheduleRequestEvent({ id: rescheduling, startsAt, endsAt, timeZone })
      : new BookingRequestEvent({ mentor, service, startsAt, endsAt, timeZone, agenda, groupSession, goal });
    if (!this.element.dispatchEvent(request)) return;
    await this.run({
      operation: rescheduling ? 'reschedule' : 'book',
      signature: JSON.stringify([rescheduling, groupSession, mentor, service, startsAt]),
      input,
      write: idempotencyKey => bookingWrite(input, idempotencyKey),
    });
  }
}

/** The write that books, seats or moves, how to find it in the backend's lists, and what is known of it. */
function bookingWrite(input: BookingInput, idempotencyKey: string): Write<MentorshipSession> {
  const { client, rescheduling, groupSession, mentor, service, slot, timeZone, agenda, goal } = input;
  const { startsAt, endsAt } = slot;
  return {
    send: async () => {
      if (groupSession) return client.bookGroupSeat!({ groupSession, timezone: timeZone, agenda, idempotencyKey });
      if (!rescheduling) return client.bookSession({ mentor, service, startsAt, timezone: timeZone, agenda, idempotencyKey, goal });
      if (!client.rescheduleSession) throw new MentorshipError('forbidden', 'This backend does not move sessions.');
      return client.rescheduleSession({ id: rescheduling, startsAt, idempotencyKey });
    },
    lookup: async () => {
      const upcoming = await client.listSessions({ status: 'upcoming' });
      if (rescheduling) {
        const moved = upcoming.find(session => session.id === rescheduling);
        return moved && (moved.startsAt === startsAt ? moved : null);
      }
      return (
        upcoming.find(session =>
          groupSession
            ? session.groupSession === groupSession
            : session.mentor.slug === mentor && session.service === service && session.startsAt === startsAt,
        ) ?? null
      );
    },
    provisional: () => ({
      id: rescheduling ?? '',
      service,
      mentor: { slug: mentor, name: input.mentorName ?? mentor, avatarUrl: null },
      startsAt,
      endsAt,
      status: 'scheduled',
      joinUrl: null,
      agenda,
      groupSession: groupSession ?? null,
      goal: goal ?? null,
    }),
  };
}
