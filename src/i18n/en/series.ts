/** English: regular meetings on the card's confirm and booked steps: they come with that code (steps/series.ts). */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const series = {
  seriesCount: 'Meetings',
  /** The preview's caption: the zone its times are in. */
  seriesDates: (zone: string) => `Your meetings, in ${zone}`,
  occurrenceFree: 'Free',
  occurrenceTaken: 'Your mentor is booked then',
  occurrenceUnavailable: 'Outside your mentor’s hours',
  /** A date whose status this widget does not know: not booked as it is. */
  occurrenceUnknown: 'Cannot be booked here',
  /** A meeting at another time of day for the student than the first, because clocks change. */
  clockChange: 'Another time for you: the clocks change',
  /** The choice for a meeting that is not free, labelled by its date. */
  insteadOf: (date: string) => `Instead of ${date}`,
  alternativeAt: (time: string) => `${time} that day`,
  skipDate: 'Skip this date',
  skipped: 'No free time that day: skipped',
  /** "6 sessions · uses 6 credits". */
  seriesCost: (count: number) => plural('en', count, { one: '# session · uses # credit', other: '# sessions · uses # credits' }),
  seriesUnlimited: (count: number) => plural('en', count, { one: '# session · unlimited plan', other: '# sessions · unlimited plan' }),
  /** "you have 4 now", and the renewal's credits when some meetings fall after it: "4 more on 1 December". */
  creditsNow: (count: number) => `you have ${count} now`,
  creditsRenewing: (count: number, date: string) => `${count} more on ${date}`,
  seriesUnaffordable: (count: number) =>
    count === 0 ? 'Your credits do not cover these meetings.' : `Your credits cover only ${count} of these meetings: choose fewer.`,
  seriesNothingChosen: 'Every date is skipped: choose another time or fewer skips.',
  /** The backend's dates do not answer what was asked (another count, another first date): nothing is booked from them. */
  seriesMismatch: (count: number) =>
    plural('en', count, {
      one: 'The dates we received do not match the # meeting you asked for, so they cannot be booked. Try again, or book one session.',
      other: 'The dates we received do not match the # meetings you asked for, so they cannot be booked. Try again, or book one session.',
    }),
  seriesRetaken: 'Some of these times were just taken. The dates are checked again: look them over, then book.',
  bookSeries: (count: number) => plural('en', count, { one: 'Book # session', other: 'Book # sessions' }),
  seriesBooked: (count: number, mentor: string) =>
    plural('en', count, { one: `# session with ${mentor}:`, other: `# sessions with ${mentor}:` }),
};

// Importing this module adds these strings to English (the series step's code imports it).
addEnglish(series);
