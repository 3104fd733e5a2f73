import { expect } from '@open-wc/testing';
import { reminderOf, toIcs } from '../../src/utils/ics.js';

const event = {
  uid: 's1@mentorship-widgets',
  startsAt: '2026-11-24T15:00:00.000Z',
  endsAt: '2026-11-24T16:00:00.000Z',
  summary: 'Coding, with Ana',
  description: '',
  url: null,
  stamp: new Date('2026-11-24T12:00:00.000Z'),
};

describe('.ics reminders', () => {
  it('reads reminder-minutes: absent is 30, a number of minutes is kept, "none" (NaN), null or negative is none', () => {
    expect([undefined, 0, 15, 15.4, 120].map(reminderOf)).to.deep.equal([30, 0, 15, 15, 120]);
    expect([null, Number.NaN, -5, Number.POSITIVE_INFINITY].map(reminderOf)).to.deep.equal([null, null, null, null]);
  });

  it('writes a display alarm inside the event, or none', () => {
    const lines = toIcs({ ...event, reminderMinutes: 30 }).split('\r\n');
    const start = lines.indexOf('BEGIN:VALARM');
    expect(lines.slice(start, start + 5)).to.deep.equal([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Coding\\, with Ana',
      'TRIGGER:-PT30M',
      'END:VALARM',
    ]);
    expect(lines[start + 5]).to.equal('END:VEVENT');
    expect(toIcs({ ...event, reminderMinutes: null })).not.to.contain('VALARM');
  });
});
