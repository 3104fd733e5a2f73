import { expect, html, waitUntil } from '@open-wc/testing';
import { createDemoDataset, createMemoryClient, MemoryStore, type MentorAgenda, type TimeSlot } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { groupByDay } from '../../src/utils/days.js';
import { emulateBrowserTimeZone, restoreBrowserTimeZone } from '../support/emulate-browser.js';
import { mount, textOf } from '../support/fixtures.js';

const ZONES = [
  'America/New_York',
  'Europe/Madrid',
  'America/Caracas',
  'America/Bogota',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
];
/** Mondays of the weeks with a DST change: US, EU and Lord Howe, in 2026 and 2027. */
const DST_WEEKS = [
  '2026-03-02',
  '2026-03-23',
  '2026-03-30',
  '2026-09-28',
  '2026-10-19',
  '2026-10-26',
  '2027-03-08',
  '2027-03-22',
  '2027-03-29',
  '2027-09-27',
  '2027-10-25',
  '2027-11-01',
];
/** The mentor's hours every day, in their zone: the small hours (where the changes happen) and a morning. */
const WINDOWS = [
  { start: '00:00', end: '04:00' },
  { start: '09:00', end: '12:00' },
];
const SERVICE = 'career-guidance'; // 30 minutes
const HALF_HOUR = 30 * 60_000;
const DAY = 86_400_000;

// ——— Independent of the library: wall clocks read straight from Intl ———

const readers = new Map<string, Intl.DateTimeFormat>();
function wallClock(instant: number, zone: string): string {
  let reader = readers.get(zone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    readers.set(zone, reader);
  }
  const part = (type: string) => reader.formatToParts(instant).find(p => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

const showing = new Map<string, number>();

/** The first instant (on the 15-minute grid every zone's offset sits on) whose wall clock shows `wall`. */
function instantShowing(wall: string, zone: string): number {
  const key = `${zone}|${wall}`;
  const known = showing.get(key);
  if (known !== undefined) return known;
  const guess = Date.parse(`${wall}:00Z`);
  for (let instant = guess - 15 * 3_600_000; instant <= guess + 15 * 3_600_000; instant += 15 * 60_000) {
    if (wallClock(instant, zone) === wall) {
      showing.set(key, instant);
      return instant;
    }
  }
  throw new Error(`${wall} never shows in ${zone}`);
}

function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

function storeWithMentorIn(zone: string, now: string): MemoryStore {
  const dataset = createDemoDataset(new Date(now));
  dataset.mentors = [
    {
      ...dataset.mentors[0],
      slug: 'mentor',
      timezone: zone,
      services: [SERVICE],
      weeklyHours: [1, 2, 3, 4, 5, 6, 7].flatMap(weekday => WINDOWS.map(window => ({ weekday, ...window }))),
    },
  ];
  dataset.bookings = [];
  return new MemoryStore({ dataset, now: () => new Date(now) });
}

describe('time-zone matrix across the 2026 and 2027 DST changes', () => {
  for (const mentorZone of ZONES) {
    it(`a mentor in ${mentorZone}: every time where it belongs, none twice, none lost, for students in every zone`, () => {
      for (const monday of DST_WEEKS) {
        const now = `${addDays(monday, -3)}T00:00:00.000Z`;
        const store = storeWithMentorIn(mentorZone, now);
        const from = Date.parse(`${monday}T00:00:00Z`) - DAY;
        const to = from + 9 * DAY;
        const { slots } = store.getAvailability('demo-student', {
          mentor: 'mentor',
          service: SERVICE,
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
        });
        const starts = slots.map(slot => Date.parse(slot.startsAt));
        const where = `${mentorZone}, week of ${monday}`;

        expect(new Set(starts).size, `${where}: a time listed twice`).to.equal(starts.length);
        expect(
          [...starts].sort((a, b) => a - b),
          `${where}: out of order`,
        ).to.deep.equal(starts);

        // Every time is inside one of the mentor's windows, by the mentor's own wall clock.
        for (const slot of slots) {
          const start = Date.parse(slot.startsAt);
          const day = wallClock(start, mentorZone).slice(0, 10);
          const inside = WINDOWS.some(window => {
            const opens = instantShowing(`${day}T${window.start}`, mentorZone);
            const closes = instantShowing(`${day}T${window.end}`, mentorZone);
            return start >= opens && start + HALF_HOUR <= closes;
          });
          expect(inside, `${where}: ${slot.startsAt} is outside the mentor's hours`).to.equal(true);
        }

        // No time lost: each window gives as many half hours as its real length holds (5 or 3 on change nights).
        for (let offset = 1; offset <= 7; offset += 1) {
          const day = addDays(monday, offset - 1);
          for (const window of WINDOWS) {
            const opens = instantShowing(`${day}T${window.start}`, mentorZone);
            const closes = instantShowing(`${day}T${window.end}`, mentorZone);
            const expected = Math.floor((closes - opens - HALF_HOUR) / HALF_HOUR) + 1;
            const found = starts.filter(start => start >= opens && start < closes).length;
            expect(found, `${where}, ${day} ${window.start}–${window.end}`).to.equal(expected);
          }
        }

        // Each student sees every time once, on the day their own clock says.
        for (const studentZone of ZONES) {
          const byDay = groupByDay(slots, studentZone);
          const grouped = [...byDay.values()].flat();
          expect(grouped.length, `${where}, student in ${studentZone}`).to.equal(slots.length);
          for (const [key, daySlots] of byDay) {
            for (const slot of daySlots) {
              expect(wallClock(Date.parse(slot.startsAt), studentZone).slice(0, 10), `${slot.startsAt} for ${studentZone}`).to.equal(key);
            }
          }
        }
      }
    });
  }

  describe('in the agenda', () => {
    const realNow = clock.now;
    afterEach(() => {
      clock.now = realNow;
    });

    /** Lord Howe springs forward by half an hour on Sunday 4 October 2026 (02:00 → 02:30). */
    const NOW = '2026-10-01T00:00:00.000Z';

    async function agendaFor(studentZone: string | undefined): Promise<{ agenda: MentorAgenda; slots: TimeSlot[] }> {
      clock.now = () => new Date(NOW);
      const store = storeWithMentorIn('Australia/Lord_Howe', NOW);
      const agenda = await mount<MentorAgenda>(
        html`<mentor-agenda mentor="mentor" service=${SERVICE} start-date="2026-10-03" days="3"></mentor-agenda>`,
        { client: createMemoryClient({ store }), timeZone: studentZone ?? '' },
      );
      await waitUntil(() => agenda.shadowRoot!.querySelector('[part~="slot"]'), 'no times shown');
      const first = agenda.shadowRoot!.querySelector('[part="range"]')!.getAttribute('data-first')!;
      const zone = studentZone ?? 'Asia/Kathmandu';
      const from = instantShowing(`${first}T00:00`, zone);
      const to = instantShowing(`${addDays(first, 3)}T00:00`, zone);
      const { slots } = store.getAvailability('demo-student', {
        mentor: 'mentor',
        service: SERVICE,
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
      });
      return { agenda, slots };
    }

    for (const studentZone of ['America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      it(`shows a Lord Howe mentor's times across its change to a student in ${studentZone}, each once, on its day`, async () => {
        const { agenda, slots } = await agendaFor(studentZone);
        const buttons = [...agenda.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="slot"]')];
        expect(buttons.map(button => button.dataset.startsAt)).to.deep.equal(slots.map(slot => slot.startsAt));
        for (const button of buttons) {
          const instant = Date.parse(button.dataset.startsAt!);
          const row = button.closest('[role="row"]')!;
          expect(row.getAttribute('aria-labelledby'), button.dataset.startsAt).to.equal(
            `day-${wallClock(instant, studentZone).slice(0, 10)}`,
          );
          expect(textOf(button).replace(/\s/g, ' '), button.dataset.startsAt).to.equal(
            new Intl.DateTimeFormat('en', { timeZone: studentZone, hour: 'numeric', minute: '2-digit' })
              .format(instant)
              .replace(/\s/g, ' '),
          );
        }
      });
    }

    it("follows the browser's own zone when none is given", async () => {
      await emulateBrowserTimeZone('Asia/Kathmandu');
      try {
        const { agenda, slots } = await agendaFor(undefined);
        const buttons = [...agenda.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="slot"]')];
        expect(buttons.map(button => button.dataset.startsAt)).to.deep.equal(slots.map(slot => slot.startsAt));
        // Said by the zone's name, never its id.
        expect(buttons[0].getAttribute('aria-label')).to.match(/, Nepal Time$/);
      } finally {
        await restoreBrowserTimeZone();
      }
    });
  });
});
