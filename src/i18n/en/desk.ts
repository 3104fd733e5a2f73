/** English: <mentor-desk>'s strings, with the report form's: they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const desk = {
  deskLabel: 'Your mentoring sessions as a mentor',
  // The same words as the student's tabs, under the same keys (plain strings: functions are keyed apart).
  upcoming: 'Upcoming',
  past: 'Past',
  deskNoUpcoming: 'You have no upcoming sessions.',
  deskNoPast: 'You have no past sessions yet.',
  deskShowMore: (count: number) => plural('en', count, { one: 'Show # more session', other: 'Show # more sessions' }),
  /** `in` is Intl.RelativeTimeFormat's "in 5 minutes". */
  deskJoinOpens: (in_: string) => `You can join ${in_}`,
  today: 'Today',
  /** "10:00 for Maya in Mexico City" */
  studentLocalTime: (time: string, student: string, city: string) => `${time} for ${student} in ${city}`,
  reportDue: 'Report due',
  attendanceHeld: 'Held',
  attendanceStudentAbsent: 'The student did not come',
  attendanceMentorAbsent: 'You could not attend',
  aboutStudent: (name: string) => `About ${name}`,
  theyWrote: (name: string) => `What ${name} wrote`,
  sessionGoal: 'The goal of this session',
  goalDone: (percent: number) => `${percent}% done`,
  goalDueBy: (date: string) => `by ${date}`,
  stepDone: 'done',
  stepToDo: 'to do',
  wantsTo: 'Wants to achieve',
  skillsLabel: 'Skills',
  languagesLabel: 'Languages',
  lastCheckIn: 'Last check-in',
  checkInRating: (rating: number) => `Rated the session ${rating} out of 5`,
  fitGoodSaid: 'Says you are a good fit',
  fitUnsureSaid: 'Not sure you are a good fit yet',
  fitPoorSaid: 'Would like another mentor',
  sessionsTogether: (count: number) =>
    count === 0
      ? 'Your first session together'
      : plural('en', count, { one: '# session together before', other: '# sessions together before' }),
  programLabel: 'Programme',
  closingWords: (name: string, date: string) => `${name} closed their programme on ${date}, with these words for their mentors`,
  writeReport: 'Write the report',
  editReport: 'Edit the report',
  reportTitle: (name: string) => `Report on your session with ${name}`,
  attendanceQuestion: 'Did the session take place?',
  attendanceHeldChoice: 'Yes, it was held',
  attendanceStudentAbsentChoice: (name: string) => `${name} did not come`,
  attendanceMentorAbsentChoice: 'I could not attend',
  creditReturned: (name: string) => `${name}’s credit is returned.`,
  creditSpent: (name: string) => `${name}’s credit stays spent: that is the programme’s rule for a missed session.`,
  creditUnsaid: (name: string) => `The programme decides whether ${name}’s credit is returned.`,
  summaryLabel: 'Summary',
  summaryHint: (name: string) => `What you covered. ${name} reads it under the session.`,
  notesLabel: 'Notes (optional)',
  actionItemsLabel: 'Next steps',
  actionItemsHint: 'One per line. They show under the session and on its goal.',
  goalProgressReport: (title: string) => `Progress on “${title}”`,
  // The same words as the student's sessions show, under the same keys.
  feedbackWentWell: 'What went well',
  feedbackToWorkOn: 'What to work on',
  feedbackHint: (name: string) => `For ${name}; optional.`,
  sendReport: 'Send the report',
  saveReport: 'Save the changes',
  sendingReport: 'Sending…',
  closeReport: 'Close',
  chooseAttendance: 'Say whether the session took place.',
  summaryRequired: 'Write what you covered in the session.',
  reportSent: (name: string) => `Report sent. ${name} can read it now.`,
  // A backend that keeps only who attended (Cal.com): there is nothing for the student to read.
  attendanceSaved: 'Attendance saved.',
  editableUntil: (when: string) => `You can change it until ${when}.`,
  reportLocked: 'This report can no longer be changed.',
  yourSummary: 'Your summary',
  yourNextSteps: 'Next steps',
};

// Importing this module adds these strings to English (the desk's code imports it).
addEnglish(desk);
