/**
 * What each request one tag makes of another comes to: which tag answers, and with which of its public
 * methods. The provider routes a request to a tag under it that asked it for a client (see
 * `MentorshipProvider`); types only here, so no tag's code comes with the provider's.
 */
import type { MentorScheduleCard } from '../mentor-schedule-card/mentor-schedule-card.js';
import type { MentorshipGoals } from '../mentorship-goals/mentorship-goals.js';
import type { MentorshipIntake } from '../mentorship-intake/mentorship-intake.js';
import type { MentorshipSessions } from '../mentorship-sessions/mentorship-sessions.js';
import type { GoalBookingRequestEvent } from '../../events/goal-booking-request.js';
import type { JourneyActionEvent } from '../../events/journey-action.js';
import type { RematchRequestEvent } from '../../events/rematch-request.js';

interface Answerers {
  'mentor-schedule-card': MentorScheduleCard;
  'mentorship-goals': MentorshipGoals;
  'mentorship-intake': MentorshipIntake;
  'mentorship-sessions': MentorshipSessions;
}

/** The tag that answers, and what it does. */
type Route = { [Tag in keyof Answerers]: [Tag, (tag: Answerers[Tag]) => unknown] }[keyof Answerers];

const route = <Tag extends keyof Answerers>(tag: Tag, answer: (tag: Answerers[Tag]) => unknown) => [tag, answer] as Route;
const openCard = (at?: Parameters<MentorScheduleCard['openBooking']>[0]) => route('mentor-schedule-card', card => card.openBooking(at));

/** Each routed request, by event type: how it is answered, if it can be (`undefined`: not routed). */
export const ROUTES = {
  'mentorship-goal-booking-request': (event: GoalBookingRequestEvent) => openCard({ goal: event.detail.goal.id }),
  'mentorship-rematch-request': (event: RematchRequestEvent) =>
    openCard({ service: event.detail.session.service, mentor: undefined, rankLast: [event.detail.mentor.slug] }),
  'mentorship-journey-action': (event: JourneyActionEvent): Route | undefined => {
    switch (event.detail.action) {
      case 'intake':
        return route('mentorship-intake', intake => intake.startIntake());
      case 'book-orientation':
      case 'book-session':
        return openCard();
      case 'final-meeting':
        return openCard({ service: event.detail.service, mentor: event.detail.mentor });
      case 'set-goals':
        return route('mentorship-goals', goals => goals.startGoal());
      case 'check-in':
        return route('mentorship-sessions', sessions => sessions.showCheckIn());
      default:
        return undefined;
    }
  },
} satisfies Record<string, (event: never) => Route | undefined>;
