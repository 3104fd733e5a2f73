import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface RatedDetail {
  /** The session with its `feedback`. */
  session: MentorshipSession;
}

/** The student rated a past session. Mentor lists on the page refresh when they hear it. */
export class RatedEvent extends mentorshipEvent<RatedDetail>('mentorship-rated') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-rated': RatedEvent;
  }
}
