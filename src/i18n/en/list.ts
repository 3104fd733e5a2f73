/** English: <mentor-list>'s strings: they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const list = {
  /** "10:42 in Madrid" */
  localTimeIn: (time: string, city: string) => `${time} in ${city}`,
  searchMentors: 'Search by name or skill',
  mentorCount: (count: number) => plural('en', count, { one: '# mentor', other: '# mentors' }),
  showMoreMentors: (count: number) => plural('en', count, { one: 'Show # more mentor', other: 'Show # more mentors' }),
  noMentors: 'No mentors available for this service',
  noMentorsMatch: (query: string) => `No mentors match “${query}”`,
  /** The accessible name of a mentor's row, the control that shows their times. */
  bookNowWith: (name: string) => `See times with ${name}`,
  /** The row's name on a backend whose booking happens on the mentor's own calendar page. */
  bookOnCalendarOf: (name: string) => `Book on ${name}'s calendar`,
  /** `when` is in the student's zone. */
  nextFree: (when: string) => `Next free: ${when} your time`,
  notFreeSoon: 'No free time in the next two weeks',
  rating: (rating: string) => `Rated ${rating} out of 5`,
  speaks: (languages: string) => `Speaks ${languages}`,
  orderLabel: 'Order',
  orderSuggested: 'Suggested',
  orderBestMatch: 'Best match',
  matchWhy: 'Why this mentor',
  /** `when` is Intl.RelativeTimeFormat's "tomorrow", "in 3 days". */
  freeWhen: (when: string) => `free ${when}`,
  fitsYourTimes: 'at your preferred times',
  notAGoodFit: 'You said this mentor was not a good fit',
};

// Importing this module adds these strings to English (the tag that needs them imports it).
addEnglish(list);
