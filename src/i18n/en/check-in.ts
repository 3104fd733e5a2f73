/**
 * English: <mentorship-sessions>' form after a session (the check-in, or the rating where the backend
 * takes no check-ins): it comes with the form's code.
 */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const checkIn = {
  rateQuestion: 'How was this session?',
  stars: (count: number) => plural('en', count, { one: '# star', other: '# stars' }),
  feedbackComment: 'Anything to add? (optional)',
  sendFeedback: 'Send feedback',
  sending: 'Sending…',
  feedbackThanks: 'Thanks for your feedback!',
  chooseRating: 'Choose a rating from 1 to 5 stars.',
  checkInTitle: 'Check in: how did it go?',
  goalProgressLegend: (title: string) => `Progress on “${title}”`,
  stepsDoneHint: 'Tick the steps you have finished.',
  goalProgressLabel: 'How far along are you?',
  checkInPercent: (percent: number) => `${percent}% done`,
  fitQuestion: 'Is this mentor a good fit for you?',
  fitGood: 'Yes, a good fit',
  fitUnsure: 'Not sure yet',
  fitPoor: 'Not a good fit',
  sendCheckIn: 'Send check-in',
  checkInThanks: 'Thanks for checking in!',
  findAnotherMentor: 'Find another mentor',
  rematchHint: 'Other mentors come first; you can book with any of them.',
};

// Importing this module adds these strings to English (the check-in's code imports it).
addEnglish(checkIn);
