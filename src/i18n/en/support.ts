/** English: "Contact support" and the programme manager's link (they come with base/support.ts, fetched where a student is stuck). */
import { addEnglish } from '../index.js';

export const support = {
  contactSupport: 'Contact support',
  writeToManager: (name: string) => `Write to ${name}, your programme manager`,
};

// Importing this module adds these strings to English (the support code imports it).
addEnglish(support);
