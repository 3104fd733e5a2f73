/** CDN add-on: the 4Geeks BreatheCode adapter. Shares the main bundle's code. */
import './mentorship-widgets.js';
export { createBreatheCodeClient, type BreatheCodeClientOptions } from '../client/adapters/breathecode.js';
