/**
 * mentorship-widgets: the public API. Importing this module registers every tag.
 */
export type * from './client/types.js';
export { MentorshipError, isMentorshipError, ERROR_CODES, type MentorshipErrorCode } from './client/errors.js';
export { createHttpClient, type HttpClientOptions } from './client/http.js';
export { createMemoryClient, type MemoryClientOptions } from './client/memory/client.js';
export { createBreatheCodeClient, type BreatheCodeClientOptions } from './client/adapters/breathecode.js';
export { createCalComClient, CAL_API_VERSIONS, type CalComClientOptions, type CalComMentor } from './client/adapters/calcom.js';
export { composeClients, type ClientParts } from './client/compose.js';
export { withCache, type CacheOptions } from './client/cache.js';
export {
  MemoryStore,
  type MemoryStoreOptions,
  type BookingRequest,
  type SlotRequest,
  type RescheduleRequest,
  type FeedbackRequest,
  type SeatRequest,
} from './client/memory/store.js';
export {
  createDemoDataset,
  DEMO_STUDENT,
  type MemoryDataset,
  type MemoryMentor,
  type MemoryStudent,
  type SeedBooking,
  type SeedGroupSession,
  type WeeklyWindow,
} from './client/memory/dataset.js';
export { clientContext, localeContext, timeZoneContext } from './context/keys.js';
export { registerTranslation, type Catalog } from './i18n/index.js';
export { en } from './i18n/en.js';
export { MentorshipElement } from './base/mentorship-element.js';
export { MentorshipProvider } from './components/mentorship-provider/mentorship-provider.js';
export { MentorshipCredits } from './components/mentorship-credits/mentorship-credits.js';
export { MentorList } from './components/mentor-list/mentor-list.js';
export { MentorAgenda } from './components/mentor-agenda/mentor-agenda.js';
export { MentorScheduleCard, type ScheduleStep } from './components/mentor-schedule-card/mentor-schedule-card.js';
export { MentorshipSessions, type SessionsView } from './components/mentorship-sessions/mentorship-sessions.js';
export { MentorshipGoals } from './components/mentorship-goals/mentorship-goals.js';
export { MentorshipIntake } from './components/mentorship-intake/mentorship-intake.js';
export { MentorshipJourney } from './components/mentorship-journey/mentorship-journey.js';
export { MentorDesk } from './components/mentor-desk/mentor-desk.js';
export { MentorAvailability } from './components/mentor-availability/mentor-availability.js';
export { MentorshipErrorEvent, type MentorshipErrorDetail } from './events/error.js';
export { MentorSelectEvent, type MentorSelectDetail } from './events/mentor-select.js';
export { ServiceSelectEvent, type ServiceSelectDetail } from './events/service-select.js';
export { SlotSelectEvent, type SlotSelectDetail } from './events/slot-select.js';
export { BookingRequestEvent, type BookingRequestDetail } from './events/booking-request.js';
export { BookedEvent, type BookedDetail } from './events/booked.js';
export { CancelRequestEvent, type CancelRequestDetail } from './events/cancel-request.js';
export { CanceledEvent, type CanceledDetail } from './events/canceled.js';
export { RescheduleRequestEvent, type RescheduleRequestDetail } from './events/reschedule-request.js';
export { RescheduledEvent, type RescheduledDetail } from './events/rescheduled.js';
export { RatedEvent, type RatedDetail } from './events/rated.js';
export { GoalSavedEvent, type GoalSavedDetail } from './events/goal-saved.js';
export { ProfileSavedEvent, type ProfileSavedDetail } from './events/profile-saved.js';
export { ProgramClosedEvent, type ProgramClosedDetail } from './events/program-closed.js';
export { JourneyActionEvent, type JourneyActionDetail, type JourneyAction } from './events/journey-action.js';
export { CheckedInEvent, type CheckedInDetail } from './events/checked-in.js';
export { RematchRequestEvent, type RematchRequestDetail } from './events/rematch-request.js';
export { ReportSentEvent, type ReportSentDetail } from './events/report-sent.js';
export { HoursSavedEvent, type HoursSavedDetail } from './events/hours-saved.js';
export { GoalBookingRequestEvent, type GoalBookingRequestDetail } from './events/goal-booking-request.js';

// The provider registers first, so components upgrading after it find it at once.
import './components/mentorship-provider/define.js';
import './components/mentorship-credits/define.js';
import './components/mentor-list/define.js';
import './components/mentor-agenda/define.js';
import './components/mentor-schedule-card/define.js';
import './components/mentorship-sessions/define.js';
import './components/mentorship-goals/define.js';
import './components/mentorship-intake/define.js';
import './components/mentorship-journey/define.js';
import './components/mentor-desk/define.js';
import './components/mentor-availability/define.js';
