import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface CheckedInDetail {
  /** The session with its `checkIn` (and its rating as `feedback`). */
  session: MentorshipSession;
}

/** The student checked in after a session. Goals, mentor lists and credits on the page load again. */
export class CheckedInEvent extends mentorshipEvent<CheckedInDetail>('mentorship-checked-in') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-checked-in': CheckedInEvent;
  }
}
