/** English: <mentor-availability>'s strings: they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const availability = {
  hoursLabel: 'Your weekly hours',
  hoursIntro: 'Students book your free times inside these hours, in your time zone.',
  hoursZone: 'Your time zone',
  addRange: 'Add hours',
  removeRange: (day: string, start: string, end: string) => `Remove ${day}, ${start}–${end}`,
  rangeFrom: (day: string) => `${day}: from`,
  rangeTo: (day: string) => `${day}: until`,
  unavailableDay: 'Not available',
  rangeEmpty: 'The end must be after the start.',
  rangeOverlap: 'These hours overlap other hours that day.',
  rangeTime: 'Write the times as hours and minutes.',
  timeOffLabel: 'Time off',
  timeOffHint: 'Days you do not take sessions, in your time zone.',
  addTimeOff: 'Add time off',
  timeOffFrom: 'First day',
  timeOffTo: 'Last day',
  timeOffNote: 'Note (optional)',
  removeTimeOff: (from: string) => `Remove the time off from ${from}`,
  timeOffOrder: 'The last day must not be before the first.',
  timeOffDay: 'Choose a day.',
  staysBooked: (count: number) =>
    plural('en', count, {
      one: 'This session stays booked: cancel it yourself if you cannot take it.',
      other: 'These # sessions stay booked: cancel them yourself if you cannot take them.',
    }),
  noticeLabel: 'Minimum notice',
  noticeHint: 'How long before a session it must be booked.',
  bufferLabel: 'Break between sessions',
  noMinutes: 'None',
  minutesLong: (minutes: number) => plural('en', minutes, { one: '# minute', other: '# minutes' }),
  hoursLong: (hours: number) => plural('en', hours, { one: '# hour', other: '# hours' }),
  saveHours: 'Save hours',
  savingHours: 'Saving…',
  hoursSaved: 'Hours saved. Students see your new free times now.',
  hoursErrors: (count: number) => plural('en', count, { one: '# field needs your attention.', other: '# fields need your attention.' }),
  previewLabel: 'What students see in the next two weeks',
  previewFor: (service: string) => `Free times for ${service}`,
  previewNone: 'No free times in the next two weeks.',
  previewDay: (count: number, day: string) => plural('en', count, { one: `${day}: # free time`, other: `${day}: # free times` }),
  previewNeedsMentor: 'Give this tag your mentor slug (mentor="…") to see what students see.',
};

// Importing this module adds these strings to English (the tag's code imports it).
addEnglish(availability);
