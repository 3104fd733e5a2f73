/** English: <mentorship-goals>'s strings: they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const goals = {
  goalsTitle: 'Your goals',
  newGoal: 'New goal',
  goalsEmpty: 'Goals turn sessions into progress: write down what you want to achieve, then book sessions for it.',
  firstGoal: 'Set your first goal',
  goalsUnavailable: 'Goals are not available on this platform yet.',
  goalSaved: 'Goal saved.',
  showMoreGoals: (count: number) => plural('en', count, { one: 'Show # more goal', other: 'Show # more goals' }),
  // A goal.
  goalBy: (date: string) => `By ${date}`,
  goalOverdue: 'Past its date',
  goalWhy: 'Why',
  goalDoneWhen: 'Done when',
  goalProgress: (title: string) => `Progress of “${title}”`,
  percentDone: (percent: number) => `${percent}% done`,
  goalStatusActive: 'Active',
  goalStatusAchieved: 'Achieved',
  goalStatusDropped: 'Dropped',
  goalShared: 'Your mentors can see it',
  goalPrivate: 'Only you can see it',
  editGoal: (title: string) => `Edit “${title}”`,
  edit: 'Edit',
  bookForGoal: 'Book a session for this goal',
  bookForGoalNowhere: 'Booking is not available on this page.',
  markAchieved: 'Mark as achieved',
  dropGoal: 'Drop it',
  reopenGoal: 'Make it active again',
  goalSessions: 'Sessions for this goal',
  sessionOn: (date: string, mentor: string) => `${date} with ${mentor}`,
  mentorSummary: 'Your mentor’s summary',
  actionItems: 'Next steps from your mentor',
};

// Importing this module adds these strings to English (the tag that needs them imports it).
addEnglish(goals);
