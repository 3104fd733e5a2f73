/** English: <mentor-agenda>'s strings (and the zone picker's): they come with its code. */
import { plural } from '../plural.js';
import { addEnglish } from '../index.js';

export const agenda = {
  // Said by the card's steps too, which always load the agenda with them.
  booking: 'Booking…',
  bookingUnconfirmed: 'We could not confirm this booking yet.',
  bookingUnconfirmedHelp: 'It may have gone through: we keep checking and will show it here. Nothing else is booked until we know.',
  checkAgain: 'Check again',
  /** "16:30 for the mentor in Madrid" */
  mentorLocalTime: (time: string, city: string) => `${time} for the mentor in ${city}`,
  previousDays: 'Previous days',
  nextDays: 'Next days',
  timeZone: 'Time zone',
  timesIn: (zone: string) => `Times in ${zone}`,
  changeZone: 'Change',
  searchZones: 'Search a country, city or zone',
  noZonesMatch: 'No time zone matches.',
  availableTimes: 'Available times',
  days: 'Days',
  timesOnDay: (count: number) => (count ? plural('en', count, { one: '# free time', other: '# free times' }) : 'no free times'),
  noTimesThisDay: 'No free times',
  freeTimes: (count: number) => plural('en', count, { one: '# free time on these days', other: '# free times on these days' }),
  noTimesInRange: 'No free times on these days.',
  jumpToNextFree: 'Jump to the next free time',
  noTimesSoon: 'No free times in the next four weeks.',
  bookThisTime: 'Book this time',
  bookedAt: (when: string) => `Booked: ${when}`,
  bookExternally: "Book on the mentor's calendar",
  agendaNeedsMentorAndService: 'Choose a mentor and a service to see free times.',
  moveHere: 'Move the session here',
  moving: 'Moving…',
};

// Importing this module adds these strings to English (the tag that needs them imports it).
addEnglish(agenda);
