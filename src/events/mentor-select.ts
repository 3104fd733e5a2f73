import type { Mentor } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface MentorSelectDetail {
  mentor: Mentor;
  /** The service slug the list was showing, if any. */
  service: string | undefined;
}

/** The student chose a mentor ("See times"). Cancelable: `preventDefault()` keeps a card from moving on. */
export class MentorSelectEvent extends mentorshipEvent<MentorSelectDetail>('mentorship-mentor-select', { cancelable: true }) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-mentor-select': MentorSelectEvent;
  }
}
