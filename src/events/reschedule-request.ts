import { mentorshipEvent } from './mentorship-event.js';

export interface RescheduleRequestDetail {
  /** The session being moved. */
  id: string;
  startsAt: string;
  endsAt: string;
  /** The student's zone. */
  timeZone: string;
}

/**
 * The student confirmed a new time for a session; dispatched before anything is sent. Cancelable:
 * `preventDefault()` leaves the session where it was.
 */
export class RescheduleRequestEvent extends mentorshipEvent<RescheduleRequestDetail>('mentorship-reschedule-request', {
  cancelable: true,
}) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-reschedule-request': RescheduleRequestEvent;
  }
}
