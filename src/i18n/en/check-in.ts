/** English: <mentorship-sessions>' check-in after a session: it comes with the check-in's code. */
import { addEnglish } from '../index.js';

export const checkIn = {
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
