import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface BookedDetail {
  session: MentorshipSession;
  /** The student's zone the booking was made in. */
  timeZone: string;
}

/** A session was booked. Credits and agendas on the page refresh when they hear it. */
export class BookedEvent extends mentorshipEvent<BookedDetail>('mentorship-booked') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-booked': BookedEvent;
  }
}
