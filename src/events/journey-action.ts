import { ROUTE, route, type Route } from '../base/routing.js';
import { mentorshipEvent } from './mentorship-event.js';

/**
 * The journey's next steps. `guidelines` opens the programme's guidelines and `close` the closing
 * form; the others are done in another component of the page (the intake, the card, the goals, the
 * sessions' check-in).
 */
export type JourneyAction =
  'guidelines' | 'intake' | 'book-orientation' | 'set-goals' | 'book-session' | 'check-in' | 'final-meeting' | 'close';

export interface JourneyActionDetail {
  /**
   * What the student chose to do next: `intake`, `book-orientation`, `book-session`, `set-goals`,
   * `check-in` or `final-meeting` (done in another component of the page).
   */
  action: JourneyAction;
  /** With `final-meeting`: the mentor (slug) of the student's last 1-1 session, to book with again. */
  mentor?: string;
  /** With `final-meeting`: that session's service (slug). */
  service?: string;
}

/**
 * The student pressed the journey's next step. Cancel it to take them there your own way (a route of
 * your LMS); otherwise the provider routes it to its component for it, which comes into view with the
 * keyboard on it: the intake (`startIntake`), the card (`openBooking`; at the mentor and service given
 * for a final meeting), the goals (`startGoal`), the sessions' check-in (`showCheckIn`).
 */
export class JourneyActionEvent extends mentorshipEvent<JourneyActionDetail>('mentorship-journey-action', { cancelable: true }) {
  /**
   * Which tag under the provider answers, and how; the journey's own steps (guidelines, closing) are not routed. (routing.ts: the provider's routing, not the page's.)
   * @internal
   */
  [ROUTE](): Route | undefined {
    const { action, service, mentor } = this.detail;
    switch (action) {
      case 'intake':
        return route('mentorship-intake', intake => intake.startIntake());
      case 'book-orientation':
      case 'book-session':
        return route('mentor-schedule-card', card => card.openBooking());
      case 'final-meeting':
        return route('mentor-schedule-card', card => card.openBooking({ service, mentor }));
      case 'set-goals':
        return route('mentorship-goals', goals => goals.startGoal());
      case 'check-in':
        return route('mentorship-sessions', sessions => sessions.showCheckIn());
      default:
        return undefined;
    }
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-journey-action': JourneyActionEvent;
  }
}
