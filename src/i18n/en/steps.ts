/** English: The open card's steps: they come with the steps' code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const steps = {
  back: 'Back',
  close: 'Close',
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  stepService: 'Choose a service',
  stepMentor: 'Choose a mentor',
  stepTime: 'Choose a time',
  stepGroup: 'Choose a group session',
  groupFilled: 'That session just filled up. Please pick another one.',
  stepConfirm: 'Confirm your session',
  stepBooked: "You're booked!",
  stepNoCredits: 'No sessions left',
  unknownService: (slug: string) => `We could not find the service “${slug}”. Choose one below.`,
  unknownMentor: (slug: string) => `We could not find the mentor “${slug}”. Choose one below.`,
  searchServices: 'Search services',
  noServices: 'There are no mentoring services available right now.',
  noServicesMatch: (query: string) => `No services match “${query}”`,
  labelService: 'Service',
  labelMentor: 'Mentor',
  labelWhen: 'When',
  labelDuration: 'Duration',
  labelCredits: 'Credits',
  creditsAfterBooking: (count: number) =>
    plural('en', count, { one: '# session left after this one', other: '# sessions left after this one' }),
  repeat: 'Repeat',
  repeatNone: 'Does not repeat',
  repeatWeek: 'Every week',
  repeat2Weeks: 'Every 2 weeks',
  goalForSession: 'Goal for this session',
  forGoal: (title: string) => `For your goal: ${title}`,
  noSpecificGoal: 'No specific goal',
  agendaLabel: 'What do you want to work on?',
  agendaHint: 'Your mentor reads this before the session.',
  agendaLocked: 'These words went with the booking we are checking: you can change them once we know.',
  bookSession: 'Book session',
  bookedWith: (when: string, mentor: string) => `${when} with ${mentor}`,
  joinLink: 'Session link',
  notBookableHere: 'Not bookable here yet',
  bookAnother: 'Book another session',
  /** The backend's change policy, on the confirm step. */
  changePolicy: (hours: number) =>
    hours === 0
      ? 'You can cancel or move it until it starts.'
      : plural('en', hours, {
          one: 'You can cancel or move it up to # hour before it starts.',
          other: 'You can cancel or move it up to # hours before it starts.',
        }),
  tooLateToChange: (hours: number) =>
    plural('en', hours, {
      one: 'It starts in less than # hour: once booked, it can no longer be canceled or moved.',
      other: 'It starts in less than # hours: once booked, it can no longer be canceled or moved.',
    }),
  done: 'Done',
};

// Importing this module adds these strings to English (the tag that needs them imports it).
addEnglish(steps);
