import type { SeriesEvery } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface BookingRequestDetail {
  mentor: string;
  service: string;
  startsAt: string;
  endsAt: string;
  /** The student's zone. */
  timeZone: string;
  agenda: string;
  /** For a seat in a group session: its id. */
  groupSession?: string;
  /** The student's goal the session is for (its id), when they chose one. */
  goal?: string;
  /**
   * For regular meetings: how often, and every meeting's start as previewed (`startsAt` is the first
   * the student chose). The whole series is booked in one request.
   */
  series?: { every: SeriesEvery; occurrences: string[] };
}

/**
 * The student confirmed a booking; dispatched before anything is sent. Cancelable: `preventDefault()`
 * books nothing (e.g. to ask the page's own confirmation first).
 */
export class BookingRequestEvent extends mentorshipEvent<BookingRequestDetail>('mentorship-booking-request', {
  cancelable: true,
}) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-booking-request': BookingRequestEvent;
  }
}
