/** English: `<mentorship-intake>`'s own strings (they come with its code). */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const intake = {
  intakeTitle: 'Your mentoring needs',
  intakeIntro: 'Tell us what you need and when you can meet: mentors are ranked for you, with the reasons.',
  intakeUnavailable: 'This programme does not collect mentoring preferences.',
  intakeGoals: 'What do you want to achieve?',
  intakeGoalsHint: 'In a sentence or two: your mentors read it.',
  intakeGoalsMissing: 'Say what you want to achieve.',
  intakeSkills: 'Skills you want help with',
  intakeOtherSkills: 'Other skills (separated by commas)',
  intakeLevel: 'Your experience',
  levelBeginner: 'Beginner',
  levelIntermediate: 'Intermediate',
  levelAdvanced: 'Advanced',
  intakeLanguages: 'Languages you can be mentored in',
  intakeTimes: 'When you prefer to meet',
  intakeTimesZone: (zone: string) => `In your time zone (${zone})`,
  intakeDays: 'Days',
  intakeParts: 'Parts of the day',
  partMorning: 'Morning (6–12)',
  partAfternoon: 'Afternoon (12–18)',
  partEvening: 'Evening (18–22)',
  anyTime: 'Any time',
  saveProfile: 'Save',
  savingProfile: 'Saving…',
  editProfile: 'Edit',
  cancelEdit: 'Cancel',
  profileSaved: 'Saved. Mentors are now ranked for you.',
  intakeErrors: (count: number) => plural('en', count, { one: '# answer needs your attention.', other: '# answers need your attention.' }),
  profileUpdated: (when: string) => `Last updated ${when}`,
};

// Importing this module adds these strings to English (the tag's code imports it).
addEnglish(intake);
