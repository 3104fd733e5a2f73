import type { BookedSeries, MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface BookedDetail {
  session: MentorshipSession;
  /** The student's zone the booking was made in. */
  timeZone: string;
  /** For regular meetings booked together: the series and every meeting (`session` is the first). */
  series?: BookedSeries;
}

/** A session was booked. Credits and agendas on the page refresh when they hear it. */
export class BookedEvent extends mentorshipEvent<BookedDetail>('mentorship-booked') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-booked': BookedEvent;
  }
}
