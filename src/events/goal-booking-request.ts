import type { Goal } from '../client/types.js';
import { ROUTE, route, type Route } from '../base/routing.js';
import { mentorshipEvent } from './mentorship-event.js';

export interface GoalBookingRequestDetail {
  goal: Goal;
}

/**
 * "Book a session for this goal" was pressed. Cancelable: `preventDefault()` stops the default (the
 * `booking-url` with `?goal=ID`, else the provider's `<mentor-schedule-card>` opened with the goal chosen),
 * so the page can open its own booking flow.
 */
export class GoalBookingRequestEvent extends mentorshipEvent<GoalBookingRequestDetail>('mentorship-goal-booking-request', {
  cancelable: true,
}) {
  /**
   * The provider's card opens with the goal chosen. (routing.ts: the provider's routing, not the page's.)
   * @internal
   */
  [ROUTE](): Route {
    return route('mentor-schedule-card', card => card.openBooking({ goal: this.detail.goal.id }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mentorship-goal-booking-request': GoalBookingRequestEvent;
  }
}
