/** CDN add-on: the Cal.com API v2 adapter. Shares the main bundle's code. */
import './mentorship-widgets.js';
export { createCalComClient, CAL_API_VERSIONS, type CalComClientOptions, type CalComMentor } from '../client/adapters/calcom.js';
// Cal.com has no credits: pages compose it with their LMS's client.
export { composeClients, type ClientParts } from '../client/compose.js';
