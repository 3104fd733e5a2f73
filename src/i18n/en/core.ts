/** English: What every tag may say (loading, errors, credits) and the card's collapsed view and step headings: in the main file. */
import type { MentorshipErrorCode } from '../../client/errors.js';
import { zoneCity } from '../../utils/time.js';
import { plural } from '../plural.js';

export const core = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  notAvailable: 'Mentoring is not available here.',
  /** What a student reads for each error code, and for any other failure (`unknown`). */
  errors: {
    network: 'We could not reach the server. Check your connection and try again.',
    timeout: 'The server is taking too long to answer. Please try again.',
    unauthorized: 'Your session has expired. Sign in again to continue.',
    forbidden: 'You do not have access to this.',
    'no-credits': 'You have no mentoring sessions left for this service.',
    'slot-taken': 'That time was just taken. Please pick another one.',
    'not-found': 'We could not find what you were looking for.',
    'rate-limited': 'Too many requests. Please wait a moment and try again.',
    server: 'Something went wrong on our side. Please try again.',
    'bad-request': 'The request could not be completed.',
    'invalid-response': 'The server sent something we could not read. Please try again later.',
    unconfirmed: 'We could not confirm whether that went through. Check your sessions before trying again.',
    unknown: 'Something went wrong.',
  } satisfies Record<MentorshipErrorCode | 'unknown', string>,
  minutes: (count: number) => plural('en', count, { other: '# min' }),
  mentorsAvailable: (count: number) => plural('en', count, { one: '+# more mentor', other: '+# more mentors' }),
  sessionsLeft: (count: number) => plural('en', count, { one: '# session left', other: '# sessions left' }),
  countLeft: (count: number) => plural('en', count, { other: '# left' }),
  unlimited: 'Unlimited',
  unlimitedSessions: 'Unlimited sessions',
  outOfCredits: 'You ran out of mentoring sessions. You can get more in a few clicks.',
  getMoreMentorships: 'Get more sessions',
  /** The city a zone is named after, as this language writes it: `America/New_York` → "New York". */
  city: zoneCity,
  opensInNewTab: '(opens in a new tab)',
  cardEyebrow: 'Mentoring',
  // A non-breaking hyphen: "1-1" never breaks across lines, whatever the page's font.
  cardTitle: 'Schedule a 1‑1 mentoring session',
  cardHelp: 'Get unstuck with a mentor: code reviews, projects and career advice.',
  scheduleSession: 'Schedule a mentoring session',
  learnMore: 'Learn more',
  mentorsTotal: (count: number) => plural('en', count, { one: '# mentor available', other: '# mentors available' }),
  addToCalendar: 'Add to calendar',
  calendarTitle: (service: string, mentor: string) => `${service} with ${mentor}`,
  movedTo: (when: string) => `Moved to ${when}`,
  nextSession: (when: string, mentor: string) => `Next session: ${when} with ${mentor}`,
  join: 'Join',
  reschedule: 'Reschedule',
};
