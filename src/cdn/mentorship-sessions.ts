/**
 * CDN add-on: the mentoring cycle after booking — `<mentorship-sessions>` (upcoming and past sessions,
 * joining, cancelling, moving, rating). Shares the main bundle's code.
 */
import './mentorship-widgets.js';
export { MentorshipSessions } from '../components/mentorship-sessions/define.js';
export { CancelRequestEvent } from '../events/cancel-request.js';
export { CanceledEvent } from '../events/canceled.js';
export { RatedEvent } from '../events/rated.js';
