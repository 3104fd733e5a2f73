/** English: a series in `<mentorship-sessions>`: these come with that code (mentorship-sessions/series-group.ts). */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const seriesList = {
  seriesWeekly: (mentor: string) => `Weekly with ${mentor}`,
  seriesFortnightly: (mentor: string) => `Every 2 weeks with ${mentor}`,
  seriesProgress: (done: number, total: number) => `${done} of ${total} done`,
  /** The series' summary: when its next meeting is. */
  seriesNext: (when: string) => `Next: ${when}`,
  cancelFollowing: 'Cancel this and the following',
  canceledMeetings: (count: number) => plural('en', count, { one: '# meeting canceled.', other: '# meetings canceled.' }),
};

// Importing this module adds these strings to English (the series' code in the sessions list imports it).
addEnglish(seriesList);
