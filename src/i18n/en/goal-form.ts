/** English: <mentorship-goals>' form, one field per SMART letter in plain words: it comes with the form's code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const goalForm = {
  goalTitleLabel: 'What do you want to achieve?',
  goalTitleHint: 'One clear result, e.g. “Deploy my portfolio online”.',
  goalWhyLabel: 'Why does it matter to you? (optional)',
  goalWhyHint: 'Knowing why keeps you going when it gets hard.',
  goalCriteriaLabel: 'How will you know it is done?',
  goalCriteriaHint: 'Something you can check, e.g. “Live online with three projects”.',
  goalDateLabel: 'By when?',
  goalDateHint: 'A date you can keep.',
  goalStepsLabel: 'Steps to get there (optional)',
  goalStepsHint: 'Small steps you can tick off; they measure your progress.',
  stepLabel: (number: number) => `Step ${number}`,
  addStep: 'Add a step',
  removeStep: (number: number) => `Remove step ${number}`,
  shareGoal: 'Share with my mentors',
  saveGoal: 'Save goal',
  saving: 'Saving…',
  cancel: 'Cancel',
  errorTitle: 'Say what you want to achieve.',
  errorCriteria: 'Say how you will know it is done.',
  errorDate: 'Choose a date after today.',
  fixFields: (count: number) => plural('en', count, { one: 'Check the field marked below.', other: 'Check the # fields marked below.' }),
};

// Importing this module adds these strings to English (the form's code imports it).
addEnglish(goalForm);
