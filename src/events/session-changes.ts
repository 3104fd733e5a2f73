/**
 * The events that announce a change to the student's sessions, wherever on the page it was made:
 * caches forget what it changed and components that show it load again.
 */
export const SESSION_CHANGE_EVENTS = [
  'mentorship-booked',
  'mentorship-canceled',
  'mentorship-rescheduled',
  'mentorship-rated',
  'mentorship-checked-in',
] as const;
