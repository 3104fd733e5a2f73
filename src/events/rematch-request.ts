import type { MentorshipSession, SessionMentor } from '../client/types.js';
import { ROUTE, route, type Route } from '../base/routing.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface RematchRequestDetail {
  /** The mentor the student found not a good fit. */
  mentor: SessionMentor;
  /** The session they checked in on. */
  session: MentorshipSession;
}

/**
 * "Find another mentor", after a check-in that said the mentor is not a good fit. Cancelable: a page
 * that matches students by hand takes it over; otherwise the provider's `<mentor-schedule-card>` opens
 * at the session's service with that mentor listed last (`openBooking`).
 */
export class RematchRequestEvent extends mentorshipEvent<RematchRequestDetail>('mentorship-rematch-request', { cancelable: true }) {
  /**
   * The provider's card opens at the session's service, this mentor listed last. (routing.ts: the provider's routing, not the page's.)
   * @internal
   */
  [ROUTE](): Route {
    const { session, mentor } = this.detail;
    return route('mentor-schedule-card', card =>
      card.openBooking({ service: session.service, mentor: undefined, rankLast: [mentor.slug] }),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-rematch-request': RematchRequestEvent;
  }
}
