/** English: <mentorship-sessions>'s strings: they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const sessions = {
  // <mentorship-sessions>
  sessionsLabel: 'Your mentoring sessions',
  upcoming: 'Upcoming',
  past: 'Past',
  noUpcoming: 'You have no upcoming sessions.',
  noPast: 'You have no past sessions yet.',
  showMoreSessions: (count: number) => plural('en', count, { one: 'Show # more session', other: 'Show # more sessions' }),
  statusScheduled: 'Scheduled',
  statusStarted: 'Live now',
  statusCompleted: 'Completed',
  statusCanceled: 'Canceled',
  statusMissed: 'Missed',
  labelAgenda: 'Agenda',
  /** `in` is Intl.RelativeTimeFormat's "in 5 minutes". */
  joinOpens: (in_: string) => `You can join ${in_}`,
  cancelSession: 'Cancel session',
  cancelQuestion: (mentor: string, when: string) => `Cancel your session with ${mentor} on ${when}?`,
  keepSession: 'Keep it',
  confirmCancel: 'Yes, cancel it',
  canceling: 'Canceling…',
  canceled: 'Session canceled.',
  newTimeWith: (mentor: string) => `Choose a new time with ${mentor}`,
  keepTime: 'Keep the current time',
  /** In place of Cancel and Reschedule once the change policy's hours have come. */
  changesClosed: (hours: number) =>
    plural('en', hours, {
      one: 'It can no longer be canceled or moved: changes close # hour before a session.',
      other: 'It can no longer be canceled or moved: changes close # hours before a session.',
    }),
  yourRating: (rating: number) => `You rated it ${rating} out of 5`,
  sessionSummary: 'Your mentor’s summary',
  sessionActionItems: 'Next steps from your mentor',
  outcomeMentorAbsent: 'Your mentor could not attend — your credit is back',
  // The same words as the mentor's report form, under the same keys.
  feedbackWentWell: 'What went well',
  feedbackToWorkOn: 'What to work on',
};

// Importing this module adds these strings to English (the tag that needs them imports it).
addEnglish(sessions);
