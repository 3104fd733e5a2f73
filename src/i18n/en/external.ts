/** English: what the agenda says once the mentor's own booking page has opened (it comes with agenda/actions.ts). */
import { addEnglish } from '../index.js';

export const external = {
  externalOpened:
    "We opened the mentor's calendar in a new tab: choose your time there. Once you book, the session will show among your upcoming sessions.",
};

// Importing this module adds these strings to English (the agenda's external booking imports it).
addEnglish(external);
