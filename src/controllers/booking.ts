/**
 * Books one session for a component: announces it with the cancelable `mentorship-booking-request`,
 * sends it once however often the student clicks, reuses the idempotency key when the same booking
 * is retried after a failure, and announces success with `mentorship-booked`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MentorshipClient, MentorshipSession, TimeSlot } from '../client/types.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { newIdempotencyKey } from '../internal/ids.js';

export interface BookingInput {
  client: MentorshipClient;
  mentor: string;
  service: string;
  slot: TimeSlot;
  /** The student's zone. */
  timeZone: string;
  agenda: string;
  holdId?: string;
}

export type BookingState =
  | { status: 'idle' }
  | { status: 'booking' }
  | { status: 'booked'; session: MentorshipSession }
  | { status: 'failed'; error: unknown };

export class BookingController implements ReactiveController {
  state: BookingState = { status: 'idle' };
  /** The attempt a retry belongs to: same booking, same key. */
  private attempt?: { signature: string; key: string };

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

  /** Books, unless a booking is already on its way or the page cancels the request. */
  async book(input: BookingInput): Promise<MentorshipSession | undefined> {
    if (this.busy) return undefined;
    const { client, mentor, service, slot, timeZone, agenda, holdId } = input;
    const request = new BookingRequestEvent({ mentor, service, startsAt: slot.startsAt, endsAt: slot.endsAt, timeZone, agenda });
    if (!this.host.dispatchEvent(request)) return undefined;

    const signature = JSON.stringify([mentor, service, slot.startsAt, agenda]);
    if (this.attempt?.signature !== signature) this.attempt = { signature, key: newIdempotencyKey() };
    const idempotencyKey = this.attempt.key;

    this.setState({ status: 'booking' });
    try {
      const session = await this.run(() =>
        client.bookSession({ mentor, service, startsAt: slot.startsAt, timezone: timeZone, agenda, idempotencyKey, holdId }),
      );
      this.attempt = undefined;
      this.setState({ status: 'booked', session });
      this.host.dispatchEvent(new BookedEvent({ session, timeZone }));
      return session;
    } catch (error) {
      this.setState({ status: 'failed', error });
      return undefined;
    }
  }

  reset(): void {
    this.setState({ status: 'idle' });
  }

  private setState(state: BookingState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
