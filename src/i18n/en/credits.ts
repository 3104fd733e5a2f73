/** English: `<mentorship-credits>`' full view (it comes with that code; the compact count is in core). */
import { addEnglish } from '../index.js';

export const credits = {
  creditsTitle: 'Your mentoring sessions',
  renewsOn: (date: string) => `Renews on ${date}`,
  doesNotRenew: 'Does not renew',
  noCredits: 'You have no mentoring sessions for this yet.',
  manageSubscriptions: 'Manage subscriptions',
};

// Importing this module adds these strings to English (the full view's code imports it).
addEnglish(credits);
