/** English: the journey's closing form and summary (they come with that code, fetched when first shown). */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const closure = {
  // Closing.
  closingTitle: 'Close your programme',
  closingIntro: 'Sum up what you achieved and what comes next. Your mentors and programme manager will read it.',
  closingAchievements: 'What you achieved (one per line)',
  closingAchievementsHint: 'Filled in from the goals you achieved: change it as you like.',
  closingSummary: 'What comes next for you?',
  closingSummaryMissing: 'Say what comes next for you.',
  closingRating: 'How was the programme overall?',
  closingRatingMissing: 'Choose a rating from 1 to 5.',
  ratingValue: (stars: number) => plural('en', stars, { one: '# star', other: '# stars' }),
  closingComment: 'A last word for your mentors (optional)',
  closingErrors: (count: number) => plural('en', count, { one: '# answer needs your attention.', other: '# answers need your attention.' }),
  closeProgram: 'Close the programme',
  closingProgram: 'Closing…',
  cancelClosing: 'Not now',
  programClosed: 'Your programme is closed. Congratulations!',
  // The summary.
  summaryTitle: (name: string) => `Summary: ${name}`,
  summaryClosedOn: (date: string) => `Closed on ${date}`,
  summaryAchievements: 'Achievements',
  summaryGoals: 'Goals achieved',
  goalsAchieved: (achieved: number, total: number) => `${achieved} of ${total}`,
  summaryMentors: 'Mentors',
  summaryHours: 'Time in sessions',
  summaryNext: 'What comes next',
  summaryRating: 'Rating',
  summaryComment: 'Last words',
  summaryNone: 'None',
  printSummary: 'Print',
  downloadSummary: 'Download (.txt)',
};

// Importing this module adds these strings to English (the closure's code imports it).
addEnglish(closure);
