/**
 * Books one session for a component — or a seat in a group session, or moves a session to a new
 * time — as one attempt from the first press to a known outcome.
 *
 * - The attempt's idempotency key belongs to what is booked (mentor, service, start, or the group
 *   session, or the session moved), not to the words typed: pressing Book again after an edit, a
 *   failure or a lost answer sends the same key, and the backend books once.
 * - While an attempt is on its way, no other starts from the same component.
 * - A lost answer is never shown as a failure: `settleWrite` asks again and looks for the session; when
 *   nothing can tell, the state is `unconfirmed` and `check()` asks again (the host calls it when the
 *   student asks, when the browser comes back online and when the tab is shown again).
 * - Announced with the cancelable `mentorship-booking-request` (`mentorship-reschedule-request`)
 *   before anything is sent, and with `mentorship-booked` (`mentorship-rescheduled`) once done.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MentorshipError } from '../client/errors.js';
import { settleWrite } from '../client/settle.js';
import type { MentorshipClient, MentorshipSession, TimeSlot } from '../client/types.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { RescheduleRequestEvent } from '../events/reschedule-request.js';
import { RescheduledEvent } from '../events/rescheduled.js';
import { newIdempotencyKey } from '../utils/ids.js';
import { onReturn } from './on-return.js';

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
}

export type BookingState =
  | { status: 'idle' }
  | { status: 'booking' }
  | { status: 'booked'; session: MentorshipSession }
  /** Refused, or known not to have happened: the student may try again or choose otherwise. */
  | { status: 'failed'; error: unknown }
  /** It may have happened: nothing else may be booked from here until `check()` knows. */
  | { status: 'unconfirmed'; error: unknown };

interface Attempt {
  signature: string;
  key: string;
  input: BookingInput;
}

export class BookingController implements ReactiveController {
  state: BookingState = { status: 'idle' };
  #attempt: Attempt | undefined;
  /** Bumped by `forget()`: answers to attempts made before it are not shown. */
  #generation = 0;
  #stopRechecking?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Announces a failed or unconfirmed attempt the way the host reports failures (`mentorship-error`). */
    private readonly report: (operation: string, error: unknown) => void,
    /**
     * Called with each attempt's outcome, however it was reached (a press, "Check again", the browser
     * back online): the session, or `undefined` with `state` saying why not.
     */
    private readonly settled: (session: MentorshipSession | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopRechecking = onReturn(() => void this.check());
  }

  hostDisconnected(): void {
    this.#stopRechecking?.();
  }

  /** An attempt is on its way. */
  get busy(): boolean {
    return this.state.status === 'booking';
  }

  /** Something is on its way or may have happened: the student must not start another booking. */
  get pending(): boolean {
    return this.busy || this.state.status === 'unconfirmed';
  }

  /** Books (or moves) after the page's consent, unless an attempt is pending; `settled` hears the outcome. */
  async book(input: BookingInput): Promise<void> {
    if (this.pending) return;
    const { mentor, service, slot, timeZone, agenda, rescheduling, groupSession } = input;
    const { startsAt, endsAt } = slot;
    const request = rescheduling
      ? new RescheduleRequestEvent({ id: rescheduling, startsAt, endsAt, timeZone })
      : new BookingRequestEvent({ mentor, service, startsAt, endsAt, timeZone, agenda, groupSession });
    if (!this.host.dispatchEvent(request)) return;

    const signature = JSON.stringify([rescheduling, groupSession, mentor, service, startsAt]);
    if (this.#attempt?.signature !== signature) this.#attempt = { signature, key: newIdempotencyKey(), input };
    // The latest words go with the attempt; its key stays.
    this.#attempt.input = input;
    await this.#send(this.#attempt);
  }

  /** Asks again whether an unconfirmed attempt went through (same request, same key). */
  async check(): Promise<void> {
    const attempt = this.#attempt;
    if (attempt && this.state.status === 'unconfirmed') await this.#send(attempt);
  }

  /** Back to idle, keeping the attempt's key for a retry of the same booking. Not while one is pending. */
  reset(): void {
    if (!this.pending) this.#setState({ status: 'idle' });
  }

  /** Another student, client or backend: drop the attempt, and do not show answers still on their way. */
  forget(): void {
    this.#generation += 1;
    this.#attempt = undefined;
    this.#setState({ status: 'idle' });
  }

  async #send(attempt: Attempt): Promise<void> {
    const generation = this.#generation;
    const { client, rescheduling, groupSession, mentor, service, slot, timeZone, agenda } = attempt.input;
    const { startsAt, endsAt } = slot;
    const idempotencyKey = attempt.key;
    this.#setState({ status: 'booking' });
    const outcome = await settleWrite<MentorshipSession>({
      send: async () => {
        if (groupSession) return client.bookGroupSeat!({ groupSession, timezone: timeZone, agenda, idempotencyKey });
        if (!rescheduling) return client.bookSession({ mentor, service, startsAt, timezone: timeZone, agenda, idempotencyKey });
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
        mentor: { slug: mentor, name: attempt.input.mentorName ?? mentor, avatarUrl: null },
        startsAt,
        endsAt,
        status: 'scheduled',
        joinUrl: null,
        agenda,
        groupSession: groupSession ?? null,
      }),
    });
    if (generation !== this.#generation) return;
    if (outcome.status === 'done') {
      const session = outcome.value;
      this.#attempt = undefined;
      this.#setState({ status: 'booked', session });
      // A component taken off the page meanwhile (a closed panel) still tells the page, which refreshes.
      const target: EventTarget = this.host.isConnected ? this.host : document;
      target.dispatchEvent(rescheduling ? new RescheduledEvent({ session, timeZone }) : new BookedEvent({ session, timeZone }));
      this.settled(session);
      return;
    }
    this.report(rescheduling ? 'reschedule' : 'book', outcome.error);
    this.#setState(outcome);
    this.settled(undefined);
  }

  #setState(state: BookingState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
