/**
 * Books one session for a component — or a seat in a group session, or moves a session to a new time: announces it with the cancelable
 * `mentorship-booking-request` (`mentorship-reschedule-request`), sends it once however often the
 * student clicks, reuses the idempotency key when the same request is retried after a failure, and
 * announces success with `mentorship-booked` (`mentorship-rescheduled`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MentorshipError } from '../client/errors.js';
import type { MentorshipClient, MentorshipSession, TimeSlot } from '../client/types.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { RescheduleRequestEvent } from '../events/reschedule-request.js';
import { RescheduledEvent } from '../events/rescheduled.js';
import { newIdempotencyKey } from '../internal/ids.js';

export interface BookingInput {
  client: MentorshipClient;
  mentor: string;
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
  | { status: 'failed'; error: unknown };

export class BookingController implements ReactiveController {
  state: BookingState = { status: 'idle' };
  /** The attempt a retry belongs to: same booking, same key. */
  #attempt: { signature: string; key: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    /** Runs the request the way the host reports failures (`MentorshipElement.call`). */
    private readonly run: <T>(work: () => Promise<T>) => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get busy(): boolean {
    return this.state.status === 'booking';
  }

  /** Books (or moves), unless a request is already on its way or the page cancels it. */
  async book(input: BookingInput): Promise<MentorshipSession | undefined> {
    if (this.busy) return undefined;
    const { client, mentor, service, slot, timeZone, agenda, rescheduling, groupSession } = input;
    const { startsAt, endsAt } = slot;
    const request = rescheduling
      ? new RescheduleRequestEvent({ id: rescheduling, startsAt, endsAt, timeZone })
      : new BookingRequestEvent({ mentor, service, startsAt, endsAt, timeZone, agenda, groupSession });
    if (!this.host.dispatchEvent(request)) return undefined;

    const signature = JSON.stringify([rescheduling, groupSession, mentor, service, startsAt, agenda]);
    if (this.#attempt?.signature !== signature) this.#attempt = { signature, key: newIdempotencyKey() };
    const idempotencyKey = this.#attempt.key;

    this.#setState({ status: 'booking' });
    try {
      const session = await this.run(async () => {
        if (groupSession) return client.bookGroupSeat!({ groupSession, timezone: timeZone, agenda, idempotencyKey });
        if (!rescheduling) return client.bookSession({ mentor, service, startsAt, timezone: timeZone, agenda, idempotencyKey });
        if (!client.rescheduleSession) throw new MentorshipError('forbidden', 'This backend does not move sessions.');
        return client.rescheduleSession({ id: rescheduling, startsAt, idempotencyKey });
      });
      this.#attempt = undefined;
      this.#setState({ status: 'booked', session });
      this.host.dispatchEvent(rescheduling ? new RescheduledEvent({ session, timeZone }) : new BookedEvent({ session, timeZone }));
      return session;
    } catch (error) {
      this.#setState({ status: 'failed', error });
      return undefined;
    }
  }

  reset(): void {
    this.#setState({ status: 'idle' });
  }

  #setState(state: BookingState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
