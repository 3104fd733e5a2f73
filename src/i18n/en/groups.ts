/** English: the card's list of a group service's sessions: it comes with that step's code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const groups = {
  noGroupSessions: 'No group sessions are scheduled for this service yet.',
  seatsLeft: (count: number) => plural('en', count, { one: '# seat left', other: '# seats left' }),
  groupFull: 'Full',
  seatTaken: 'You have a seat',
};

// Importing this module adds these strings to English (the group step's code imports it).
addEnglish(groups);
