/** CDN add-on: the Cal.com API v2 adapter. Shares the main bundle's code. */
import './mentorship-widgets.js';
export { createCalComClient, CAL_API_VERSIONS, type CalComClientOptions, type CalComMentor } from '../client/adapters/calcom.js';
