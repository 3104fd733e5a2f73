import type { MentorshipSession } from '../client/types.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface CanceledDetail {
  /** The session as the backend now has it (`status: 'canceled'`). */
  session: MentorshipSession;
}

/** A session was canceled. Credits, agendas and session lists on the page refresh when they hear it. */
export class CanceledEvent extends mentorshipEvent<CanceledDetail>('mentorship-canceled') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-canceled': CanceledEvent;
  }
}
