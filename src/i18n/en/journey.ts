/** English: `<mentorship-journey>`'s own strings (they come with its code). */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const journey = {
  journeyTitle: 'Your mentoring programme',
  journeyUnavailable: 'This platform does not share a mentoring programme yet.',
  noProgram: 'You are not in a mentoring programme yet.',
  programDates: 'Dates',
  summarySessions: 'Sessions held',
  sessionsHeld: (done: number, planned: number) =>
    plural('en', planned, { one: `${done} of # session held`, other: `${done} of # sessions held` }),
  // The stages.
  stagesLabel: 'Stages of your programme',
  stageOrientation: 'Orientation',
  stageFirstMeeting: 'First meeting',
  stageGoals: 'Goals set',
  stageMeetings: 'Regular meetings',
  stageSkills: 'Skills development',
  stageReview: 'Progress review',
  stageClosing: 'Closing',
  stageDone: 'done',
  stageCurrent: 'you are here',
  stageTodo: 'to do',
  stageEarly: 'done out of order',
  // The next action.
  nextStep: 'Next step',
  actionGuidelines: 'Read the guidelines',
  actionIntake: 'Tell us what you need',
  actionBookOrientation: 'Book your orientation session',
  actionSetGoals: 'Set your goals',
  actionBookSession: 'Book your next session',
  actionCheckIn: 'Check in on your last session',
  actionFinalMeeting: 'Book a final meeting',
  actionClose: 'Close the programme',
  checkInOn: (date: string, mentor: string) => `Your session of ${date} with ${mentor}: how did it go?`,
  nextMeeting: (date: string, mentor: string) => `Your next meeting: ${date} with ${mentor}.`,
  finalMeetingWith: (mentor: string) => `A final meeting with ${mentor}: celebrate what you achieved and plan what comes next.`,
  leaveEarly: 'Leave the programme early',
  leaveEarlyHint: 'It ends your programme now, with a summary of what you achieved.',
  nearEnd: (date: string) => `Your programme ends on ${date}: time to sum up what you achieved.`,
  // Facts.
  guidelines: 'Guidelines',
  resources: 'Resources',
  managerLabel: 'Programme manager',
  // Asking for help.
  needHelp: 'Need help?',
};

// Importing this module adds these strings to English (the tag's code imports it).
addEnglish(journey);
