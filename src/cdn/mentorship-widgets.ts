/**
 * The CDN file: the one `<script type="module">` an LMS adds. It registers every tag the library has
 * (see autoloader.ts) and fetches a tag's code the first time the page uses it, from chunks beside this
 * file (relative URLs: copy the whole folder). It exports the clients, the errors and the event
 * classes; the element classes come with their chunks (from npm, import them from the package). The
 * whole English catalog, to write a language from, is `en.js` beside it: English comes in parts here.
 */
import { startAutoloader } from './autoloader.js';

export { MentorshipError, isMentorshipError, ERROR_CODES, type MentorshipErrorCode } from '../client/errors.js';
export { createHttpClient, type HttpClientOptions } from '../client/http.js';
export type * from '../client/types.js';
export { clientContext, localeContext, timeZoneContext } from '../context/keys.js';
export { registerTranslation, type Catalog } from '../i18n/index.js';
export { MentorshipElement } from '../base/mentorship-element.js';
export { TAG_LOADERS, loadTag, type AutoloadedTag } from './autoloader.js';
export { MentorshipErrorEvent } from '../events/error.js';
export { MentorSelectEvent } from '../events/mentor-select.js';
export { ServiceSelectEvent } from '../events/service-select.js';
export { SlotSelectEvent } from '../events/slot-select.js';
export { BookingRequestEvent } from '../events/booking-request.js';
export { BookedEvent } from '../events/booked.js';
export { CancelRequestEvent } from '../events/cancel-request.js';
export { CanceledEvent } from '../events/canceled.js';
export { RescheduleRequestEvent } from '../events/reschedule-request.js';
export { RescheduledEvent } from '../events/rescheduled.js';
export { RatedEvent } from '../events/rated.js';

startAutoloader();
