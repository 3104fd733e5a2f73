/**
 * The tags as frameworks type them: each tag's settable properties (data, not methods or Lit's
 * internals) and an `on<event>` listener for every event of ours, typed by its class. Our events bubble
 * and cross shadow roots, so any of our tags (the provider, a wrapper) can listen to them.
 */
import type { LitElement } from 'lit';
import type { MentorAgenda } from '../components/mentor-agenda/mentor-agenda.js';
import type { MentorList } from '../components/mentor-list/mentor-list.js';
import type { MentorScheduleCard } from '../components/mentor-schedule-card/mentor-schedule-card.js';
import type { MentorshipCredits } from '../components/mentorship-credits/mentorship-credits.js';
import type { MentorshipProvider } from '../components/mentorship-provider/mentorship-provider.js';
import type { MentorshipSessions } from '../components/mentorship-sessions/mentorship-sessions.js';
import type { MentorshipGoals } from '../components/mentorship-goals/mentorship-goals.js';
import type { MentorshipIntake } from '../components/mentorship-intake/mentorship-intake.js';
import type { MentorshipJourney } from '../components/mentorship-journey/mentorship-journey.js';
import type { MentorDesk } from '../components/mentor-desk/mentor-desk.js';
import type { MentorAvailability } from '../components/mentor-availability/mentor-availability.js';
import type { BookedEvent } from '../events/booked.js';
import type { BookingRequestEvent } from '../events/booking-request.js';
import type { CancelRequestEvent } from '../events/cancel-request.js';
import type { CanceledEvent } from '../events/canceled.js';
import type { MentorshipErrorEvent } from '../events/error.js';
import type { MentorSelectEvent } from '../events/mentor-select.js';
import type { GoalBookingRequestEvent } from '../events/goal-booking-request.js';
import type { GoalSavedEvent } from '../events/goal-saved.js';
import type { ProfileSavedEvent } from '../events/profile-saved.js';
import type { CheckedInEvent } from '../events/checked-in.js';
import type { RematchRequestEvent } from '../events/rematch-request.js';
import type { RatedEvent } from '../events/rated.js';
import type { RescheduleRequestEvent } from '../events/reschedule-request.js';
import type { RescheduledEvent } from '../events/rescheduled.js';
import type { ServiceSelectEvent } from '../events/service-select.js';
import type { SlotSelectEvent } from '../events/slot-select.js';
import type { ProgramClosedEvent } from '../events/program-closed.js';
import type { JourneyActionEvent } from '../events/journey-action.js';
import type { ReportSentEvent } from '../events/report-sent.js';
import type { HoursSavedEvent } from '../events/hours-saved.js';

/** Every tag of the library and its class. */
export interface MentorshipTags {
  'mentorship-provider': MentorshipProvider;
  'mentor-schedule-card': MentorScheduleCard;
  'mentor-list': MentorList;
  'mentor-agenda': MentorAgenda;
  'mentorship-credits': MentorshipCredits;
  'mentorship-sessions': MentorshipSessions;
  'mentorship-goals': MentorshipGoals;
  'mentorship-intake': MentorshipIntake;
  'mentorship-journey': MentorshipJourney;
  'mentor-desk': MentorDesk;
  'mentor-availability': MentorAvailability;
}

/** Every event of the library and its class. */
export interface MentorshipEvents {
  'mentorship-error': MentorshipErrorEvent;
  'mentorship-service-select': ServiceSelectEvent;
  'mentorship-mentor-select': MentorSelectEvent;
  'mentorship-slot-select': SlotSelectEvent;
  'mentorship-booking-request': BookingRequestEvent;
  'mentorship-booked': BookedEvent;
  'mentorship-cancel-request': CancelRequestEvent;
  'mentorship-canceled': CanceledEvent;
  'mentorship-reschedule-request': RescheduleRequestEvent;
  'mentorship-rescheduled': RescheduledEvent;
  'mentorship-rated': RatedEvent;
  'mentorship-goal-saved': GoalSavedEvent;
  'mentorship-profile-saved': ProfileSavedEvent;
  'mentorship-program-closed': ProgramClosedEvent;
  'mentorship-journey-action': JourneyActionEvent;
  'mentorship-goal-booking-request': GoalBookingRequestEvent;
  'mentorship-checked-in': CheckedInEvent;
  'mentorship-rematch-request': RematchRequestEvent;
  'mentorship-report-sent': ReportSentEvent;
  'mentorship-hours-saved': HoursSavedEvent;
}

/** A tag's own properties: what it adds to LitElement, without its methods. */
export type TagProperties<E> = {
  [K in Exclude<keyof E, keyof LitElement> as E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** `onmentorship-booked={(event) => …}`: the listener props React 19 attaches to custom elements. */
export type TagEventProps = {
  [K in keyof MentorshipEvents as `on${K}`]?: (event: MentorshipEvents[K]) => void;
};
