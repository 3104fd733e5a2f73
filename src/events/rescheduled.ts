import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface RescheduledDetail {
  /** The session at its new time. */
  session: MentorshipSession;
  /** The student's zone the new time was picked in. */
  timeZone: string;
}

/** A session moved to another time. Agendas and session lists on the page refresh when they hear it. */
export class RescheduledEvent extends mentorshipEvent<RescheduledDetail>('mentorship-rescheduled') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-rescheduled': RescheduledEvent;
  }
}
