/**
 * The English catalog, and the shape every other catalog must match: a missing or extra key in
 * another language is a type error. Entries that need values are functions.
 */
import { plural } from './plural.js';

export const en = {
  loading: 'Loading…',
  tryAgain: 'Try again',
  noBackend: 'This widget has no backend: give it an api-base or a client.',
  errorNetwork: 'We could not reach the server. Check your connection and try again.',
  errorTimeout: 'The server is taking too long to answer. Please try again.',
  errorUnauthorized: 'Your session has expired. Sign in again to continue.',
  errorForbidden: 'You do not have access to this.',
  errorNoCredits: 'You have no mentoring sessions left for this service.',
  errorSlotTaken: 'That time was just taken. Please pick another one.',
  errorNotFound: 'We could not find what you were looking for.',
  errorRateLimited: 'Too many requests. Please wait a moment and try again.',
  errorServer: 'Something went wrong on our side. Please try again.',
  errorBadRequest: 'The request could not be completed.',
  errorInvalidResponse: 'The server sent something we could not read. Please try again later.',
  errorUnknown: 'Something went wrong.',
  minutes: (count: number) => plural('en', count, { one: '# min', other: '# min' }),
  mentorsAvailable: (count: number) => plural('en', count, { one: '+# mentor available', other: '+# mentors available' }),
  /** "10:42 in Madrid" */
  localTimeIn: (time: string, city: string) => `${time} in ${city}`,

  creditsTitle: 'Your mentoring sessions',
  sessionsLeft: (count: number) => plural('en', count, { one: '# session left', other: '# sessions left' }),
  countLeft: (count: number) => plural('en', count, { other: '# left' }),
  unlimited: 'Unlimited',
  unlimitedSessions: 'Unlimited sessions',
  renewsOn: (date: string) => `Renews on ${date}`,
  doesNotRenew: 'Does not renew',
  noCredits: 'You have no mentoring sessions for this yet.',
  outOfCredits: 'You ran out of mentoring sessions. You can get more in a few clicks.',
  getMoreMentorships: 'Get more mentorships',
  manageSubscriptions: 'Manage subscriptions',

  searchMentors: 'Search mentors by name or skill',
  mentorCount: (count: number) => plural('en', count, { one: '# mentor', other: '# mentors' }),
  noMentors: 'No mentors available for this service',
  noMentorsMatch: (query: string) => `No mentors match “${query}”`,
  bookNow: 'Book now',
  /** The accessible name of a mentor's "Book now" button: it starts with the visible words. */
  bookNowWith: (name: string) => `Book now with ${name}`,
  nextFree: (when: string) => `Next free: ${when}`,
  notFreeSoon: 'No free time in the next two weeks',
  rating: (rating: string) => `Rated ${rating} out of 5`,
  speaks: (languages: string) => `Speaks ${languages}`,

  previousDays: 'Previous days',
  nextDays: 'Next days',
  timeZone: 'Time zone',
  allTimeZones: 'All time zones',
  availableTimes: 'Available times',
  noTimesThisDay: 'No free times',
  noTimesInRange: 'No free times on these days.',
  jumpToNextFree: 'Jump to the next free time',
  noTimesSoon: 'No free times in the next four weeks.',
  /** "16:30 for the mentor in Madrid" */
  mentorLocalTime: (time: string, city: string) => `${time} for the mentor in ${city}`,
  bookThisTime: 'Book this time',
  booking: 'Booking…',
  bookedAt: (when: string) => `Booked: ${when}`,
  bookExternally: "Book on the mentor's calendar",
  opensInNewTab: '(opens in a new tab)',
  agendaNeedsMentorAndService: 'Choose a mentor and a service to see free times.',
};

export type Catalog = typeof en;
