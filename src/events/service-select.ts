import type { MentorshipService } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface ServiceSelectDetail {
  service: MentorshipService;
}

/** The student chose a service in the card. Cancelable: `preventDefault()` keeps the card on the service step. */
export class ServiceSelectEvent extends mentorshipEvent<ServiceSelectDetail>('mentorship-service-select', { cancelable: true }) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-service-select': ServiceSelectEvent;
  }
}
