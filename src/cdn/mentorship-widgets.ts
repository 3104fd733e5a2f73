/**
 * The CDN bundle: the booking flow's tags registered, the HTTP client and the errors, in one
 * self-contained file. The in-memory backend, the adapters and the mentoring cycle's tags are separate
 * add-ons (memory-client.js, breathecode.js, calcom.js, mentorship-sessions.js) that import this file,
 * so a page pays only for what it loads and the sidebar card stays within its 30 KB budget.
 */
export { MentorshipError, isMentorshipError, ERROR_CODES, type MentorshipErrorCode } from '../client/errors.js';
export { createHttpClient, type HttpClientOptions } from '../client/http.js';
export type * from '../client/types.js';
export { clientContext, localeContext, timeZoneContext } from '../context/keys.js';
export { registerTranslation, type Catalog } from '../i18n/index.js';
export { en } from '../i18n/en.js';
export { MentorshipElement } from '../internal/mentorship-element.js';
export { MentorshipProvider } from '../components/mentorship-provider/define.js';
export { MentorshipCredits } from '../components/mentorship-credits/define.js';
export { MentorList } from '../components/mentor-list/define.js';
export { MentorAgenda } from '../components/mentor-agenda/define.js';
export { MentorScheduleCard } from '../components/mentor-schedule-card/define.js';
export { MentorshipErrorEvent } from '../events/error.js';
export { MentorSelectEvent } from '../events/mentor-select.js';
export { ServiceSelectEvent } from '../events/service-select.js';
export { SlotSelectEvent } from '../events/slot-select.js';
export { BookingRequestEvent } from '../events/booking-request.js';
export { BookedEvent } from '../events/booked.js';
export { RescheduleRequestEvent } from '../events/reschedule-request.js';
export { RescheduledEvent } from '../events/rescheduled.js';
