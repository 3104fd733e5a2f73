import { expect } from '@open-wc/testing';
import { addDays, dayKeyOf, dayKeys, groupByDay, isoWeekday, middayOf, offsetAt, zoneOffsetLabel } from '../../src/utils/days.js';
import { calendarDaysBetween } from '../../src/utils/calendar-days.js';
import { formatInZone, fullDateTimeOf, isValidTimeZone, localTimeOf, zoneCity } from '../../src/utils/time.js';
import { dayRange, wallTimeToInstant, zonedDay } from '../../src/utils/zoned-time.js';

const HOUR = 3_600_000;
const hoursIn = (key: string, zone: string) => {
  const day = zonedDay(key, zone);
  return (day.end.getTime() - day.start.getTime()) / HOUR;
};

describe('time helpers', () => {
  describe('days in a zone across DST changes', () => {
    it('counts calendar days between two instants in a zone, not 24-hour blocks', () => {
      // Saturday 10:00 and 23:00 in Bogotá to Monday 11:50: two days either way.
      expect(calendarDaysBetween('2026-11-28T15:00:00Z', '2026-11-30T16:50:00Z', 'America/Bogota')).to.equal(2);
      expect(calendarDaysBetween('2026-11-29T04:00:00Z', '2026-11-30T16:50:00Z', 'America/Bogota')).to.equal(2);
      // The same instants are one day apart in Madrid (already Sunday there at 04:00 UTC).
      expect(calendarDaysBetween('2026-11-29T04:00:00Z', '2026-11-30T16:50:00Z', 'Europe/Madrid')).to.equal(1);
      expect(calendarDaysBetween('2026-11-30T01:00:00Z', '2026-11-30T16:50:00Z', 'Europe/Madrid')).to.equal(0);
      // Across Madrid's spring change (a 23-hour day).
      expect(calendarDaysBetween('2026-03-28T23:30:00Z', '2026-03-29T22:30:00Z', 'Europe/Madrid')).to.equal(1);
    });

    it('America/New_York: 8 March 2026 has 23 hours, 1 November 2026 has 25', () => {
      expect(hoursIn('2026-03-07', 'America/New_York')).to.equal(24);
      expect(hoursIn('2026-03-08', 'America/New_York')).to.equal(23);
      expect(hoursIn('2026-11-01', 'America/New_York')).to.equal(25);
      expect(hoursIn('2026-11-02', 'America/New_York')).to.equal(24);
    });

    it('Europe/Madrid: 29 March 2026 has 23 hours, 25 October 2026 has 25', () => {
      expect(hoursIn('2026-03-29', 'Europe/Madrid')).to.equal(23);
      expect(hoursIn('2026-10-25', 'Europe/Madrid')).to.equal(25);
      expect(hoursIn('2026-10-26', 'Europe/Madrid')).to.equal(24);
    });

    it('Asia/Kolkata never changes: every day starts at 18:30 UTC the day before', () => {
      for (const key of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
        const day = zonedDay(key, 'Asia/Kolkata');
        expect(day.start.toISOString()).to.equal(`${addDays(key, -1)}T18:30:00.000Z`);
        expect(hoursIn(key, 'Asia/Kolkata')).to.equal(24);
      }
    });

    it('a day range is contiguous and follows the wall clock through a DST change', () => {
      const days = dayRange('2026-10-30', 4, 'America/New_York');
      expect(days.map(day => day.key)).to.deep.equal(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
      for (let index = 1; index < days.length; index += 1) {
        expect(days[index].start.getTime()).to.equal(days[index - 1].end.getTime());
      }
      expect(days[0].start.toISOString()).to.equal('2026-10-30T04:00:00.000Z'); // EDT, UTC-4
      expect(days[3].start.toISOString()).to.equal('2026-11-02T05:00:00.000Z'); // EST, UTC-5
    });
  });

  describe('wall-clock times in a zone', () => {
    it('the same 16:00 in Madrid is 14:00 UTC in summer and 15:00 UTC in winter', () => {
      expect(wallTimeToInstant('2026-10-21', '16:00', 'Europe/Madrid').toISOString()).to.equal('2026-10-21T14:00:00.000Z');
      expect(wallTimeToInstant('2026-10-28', '16:00', 'Europe/Madrid').toISOString()).to.equal('2026-10-28T15:00:00.000Z');
    });

    it('a wall time skipped by the spring-forward gap resolves just after the gap', () => {
      // 02:30 does not exist in New York on 8 March 2026; 03:30 EDT is 07:30 UTC.
      expect(wallTimeToInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).to.equal('2026-03-08T07:30:00.000Z');
      // Lord Howe springs forward by half an hour, 02:00 → 02:30 (+10:30 → +11:00), on 4 October 2026.
      expect(wallTimeToInstant('2026-10-04', '02:15', 'Australia/Lord_Howe').toISOString()).to.equal('2026-10-03T15:45:00.000Z');
    });

    it('a wall time repeated by the fall-back change is its first occurrence', () => {
      // 01:30 happens twice in New York on 1 November 2026: first in EDT (05:30 UTC), then in EST.
      expect(wallTimeToInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).to.equal('2026-11-01T05:30:00.000Z');
    });

    it('on every day a zone changes its clocks, every quarter hour is the earliest instant that shows it, or just after a gap', () => {
      const zones = ['America/New_York', 'Europe/Madrid', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Chatham', 'Asia/Tehran'];
      const wallOf = (instant: number, zone: string) => instant + offsetAt(instant, zone);
      let changeDays = 0;
      for (const zone of zones) {
        for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
          // A day on which the offset at its start and at its end differ.
          if (offsetAt(day - 43_200_000, zone) === offsetAt(day + 129_600_000, zone)) continue;
          changeDays += 1;
          const key = new Date(day).toISOString().slice(0, 10);
          // Every offset the zone has around that day, read every quarter hour.
          const offsets = new Set<number>();
          for (let at = day - 86_400_000; at <= day + 2 * 86_400_000; at += 900_000) offsets.add(offsetAt(at, zone));
          for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
            const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
            const wall = Date.parse(`${key}T${time}:00Z`);
            const instant = wallTimeToInstant(key, time, zone).getTime();
            // The instants that show this wall time, earliest first.
            const showing = [...offsets].map(offset => wall - offset).filter(candidate => wallOf(candidate, zone) === wall);
            showing.sort((a, b) => a - b);
            if (showing.length) expect(instant, `${zone} ${key} ${time}`).to.equal(showing[0]);
            else
              expect(wallOf(instant, zone) > wall && wallOf(instant, zone) - wall <= 3_600_000, `${zone} ${key} ${time} (a gap)`).to.equal(
                true,
              );
          }
        }
      }
      expect(changeDays, 'days with a change among the zones').to.be.greaterThan(8);
    });

    it('Asia/Kathmandu keeps its quarter-hour offset', () => {
      expect(wallTimeToInstant('2026-11-24', '09:00', 'Asia/Kathmandu').toISOString()).to.equal('2026-11-24T03:15:00.000Z');
      expect(zoneOffsetLabel('2026-11-24T00:00:00Z', 'en', 'Asia/Kathmandu')).to.equal('GMT+5:45');
    });
  });

  describe('grouping UTC slots by local day', () => {
    const slots = [
      { startsAt: '2026-11-24T03:00:00.000Z' },
      { startsAt: '2026-11-24T20:00:00.000Z' },
      { startsAt: '2026-11-25T01:00:00.000Z' },
    ];

    it('groups by the day in the zone given, not in UTC', () => {
      const inNewYork = groupByDay(slots, 'America/New_York');
      expect([...inNewYork.keys()]).to.deep.equal(['2026-11-23', '2026-11-24']);
      expect(inNewYork.get('2026-11-24')!.map(slot => slot.startsAt)).to.deep.equal([
        '2026-11-24T20:00:00.000Z',
        '2026-11-25T01:00:00.000Z',
      ]);

      const inKolkata = groupByDay(slots, 'Asia/Kolkata');
      expect([...inKolkata.keys()]).to.deep.equal(['2026-11-24', '2026-11-25']);
      expect(inKolkata.get('2026-11-25')!.length).to.equal(2);
    });

    it('agrees with reading every time on its own, across DST changes, odd offsets and midnight transitions', () => {
      // Every 15 minutes from March to mid-April and from October to mid-November 2026, out of order at the seams.
      const times = (from: string, days: number) =>
        Array.from({ length: days * 96 }, (_, index) => ({ startsAt: new Date(Date.parse(from) + index * 15 * 60_000).toISOString() }));
      const spring = times('2026-03-01T00:00:00Z', 45);
      const autumn = times('2026-10-01T00:00:00Z', 45);
      const items = [...spring, ...autumn, ...spring.slice(0, 200).reverse()];
      const zones = [
        'America/New_York',
        'Europe/Madrid',
        'Australia/Lord_Howe',
        'Antarctica/Troll',
        'America/Santiago',
        'Asia/Beirut',
        'Pacific/Chatham',
        'America/Havana',
        'Asia/Kolkata',
      ];
      for (const zone of zones) {
        const expected = new Map<string, string[]>();
        for (const { startsAt } of items) {
          const key = dayKeyOf(startsAt, zone);
          expected.set(key, [...(expected.get(key) ?? []), startsAt]);
        }
        const grouped = groupByDay(items, zone);
        expect(
          [...grouped].map(([key, slots]) => [key, slots.map(slot => slot.startsAt)]),
          zone,
        ).to.deep.equal([...expected]);
      }
    });

    it('reads the day of an instant in each zone', () => {
      expect(dayKeyOf('2026-11-01T04:30:00Z', 'America/New_York')).to.equal('2026-11-01');
      expect(dayKeyOf('2026-11-01T03:59:00Z', 'America/New_York')).to.equal('2026-10-31');
      expect(dayKeyOf('2026-11-24T18:29:00Z', 'Asia/Kolkata')).to.equal('2026-11-24');
      expect(dayKeyOf('2026-11-24T18:30:00Z', 'Asia/Kolkata')).to.equal('2026-11-25');
    });
  });

  describe('calendar arithmetic and display', () => {
    it('adds days across months and years and knows ISO weekdays', () => {
      expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
      expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
      expect(isoWeekday('2026-11-23')).to.equal(1);
      expect(isoWeekday('2026-11-29')).to.equal(7);
    });

    it('formats in the zone given, whatever the browser zone', () => {
      const instant = '2026-11-24T15:30:00Z';
      const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
      expect(formatInZone(instant, 'en', 'Europe/Madrid', options)).to.equal('16:30');
      expect(formatInZone(instant, 'en', 'Asia/Kolkata', options)).to.equal('21:00');
      expect(formatInZone(instant, 'es', 'America/Caracas', { weekday: 'long', ...options })).to.equal('martes, 11:30');
    });

    it("shows a mentor's local time, which DST moves against the student's", () => {
      // 14:00 UTC: Madrid is 16:00 in summer (CEST) and 15:00 in winter (CET); Caracas has no DST.
      expect(localTimeOf('2026-10-21T14:00:00Z', 'es', 'Europe/Madrid')).to.equal('16:00');
      expect(localTimeOf('2026-10-28T14:00:00Z', 'es', 'Europe/Madrid')).to.equal('15:00');
      expect(localTimeOf('2026-10-28T14:00:00Z', 'en-US', 'America/Caracas')).to.equal('10:00\u00a0AM');
      // A time never breaks from its day period, in full dates too; nothing else is made unbreakable.
      expect(fullDateTimeOf('2026-11-30T16:00:00Z', 'en', 'America/Bogota')).to.equal('Monday, November 30 at 11:00\u00a0AM');
      expect(formatInZone('2026-11-30T16:00:00Z', 'en', 'America/Bogota', { hour: 'numeric', hour12: true })).to.equal('11\u00a0AM');
      expect(fullDateTimeOf('2026-11-30T16:00:00Z', 'es', 'America/Bogota')).to.equal('lunes, 30 de noviembre, 11:00');
    });

    it('anchors a date in any zone at an instant inside that day, for labels', () => {
      for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/New_York', 'Australia/Lord_Howe']) {
        for (const key of dayKeys('2026-03-07', 3).concat(dayKeys('2026-10-03', 3), dayKeys('2026-10-31', 3))) {
          expect(dayKeyOf(middayOf(key, zone), zone), `${key} in ${zone}`).to.equal(key);
        }
      }
      expect(dayKeys('2026-12-30', 3)).to.deep.equal(['2026-12-30', '2026-12-31', '2027-01-01']);
    });

    it('validates zone names and names their cities', () => {
      expect(isValidTimeZone('America/Bogota')).to.equal(true);
      expect(isValidTimeZone('Mars/Olympus_Mons')).to.equal(false);
      expect(isValidTimeZone('')).to.equal(false);
      expect(zoneCity('America/New_York')).to.equal('New York');
      expect(zoneCity('UTC')).to.equal('UTC');
    });
  });
});
