import type { TimeSlot } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface SlotSelectDetail {
  mentor: string;
  service: string;
  slot: TimeSlot;
  /** The student's zone the time was shown in. */
  timeZone: string;
  /** The mentor's zone. */
  mentorTimeZone: string;
}

/** The student picked a time in an agenda. Cancelable: `preventDefault()` keeps a card from moving on. */
export class SlotSelectEvent extends mentorshipEvent<SlotSelectDetail>('mentorship-slot-select', { cancelable: true }) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-slot-select': SlotSelectEvent;
  }
}
