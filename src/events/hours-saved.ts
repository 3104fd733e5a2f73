import type { MentorHours } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface HoursSavedDetail {
  /** The mentor's hours as the backend keeps them now. */
  hours: MentorHours;
}

/** The mentor saved their weekly hours and time off; the free times students read follow them. */
export class HoursSavedEvent extends mentorshipEvent<HoursSavedDetail>('mentorship-hours-saved') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-hours-saved': HoursSavedEvent;
  }
}
