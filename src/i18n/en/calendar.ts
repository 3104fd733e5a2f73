/** English: "Add to calendar"'s choices (they come with base/calendar-menu.ts, fetched with the first press). */
import { addEnglish } from '../index.js';

export const calendar = {
  calendarGoogle: 'Google Calendar',
  calendarOutlook: 'Outlook.com',
  calendarOffice: 'Microsoft 365 (work or school)',
  calendarFile: 'Apple Calendar or other (.ics file)',
};

// Importing this module adds these strings to English (the menu's code imports it).
addEnglish(calendar);
