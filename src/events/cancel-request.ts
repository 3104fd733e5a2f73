import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface CancelRequestDetail {
  session: MentorshipSession;
}

/**
 * The student confirmed cancelling a session; dispatched before anything is sent. Cancelable:
 * `preventDefault()` keeps the session.
 */
export class CancelRequestEvent extends mentorshipEvent<CancelRequestDetail>('mentorship-cancel-request', { cancelable: true }) {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-cancel-request': CancelRequestEvent;
  }
}
