import { expect, html } from '@open-wc/testing';
import { createMemoryClient, MemoryStore, type MentorAgenda, type MentorScheduleCard, type MentorshipSessions } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { AgendaHarness, CardHarness, SessionsHarness } from '../../src/testing/index.js';
import { fixedClock } from '../support/clock.js';
import { collect, mount } from '../support/fixtures.js';

const NOW = '2026-11-24T12:00:00.000Z';

describe('mentorship-widgets/testing: the page objects we ship for LMS tests', () => {
  const realNow = clock.now;
  beforeEach(() => (clock.now = () => new Date(NOW)));
  afterEach(() => (clock.now = realNow));

  it('books the first free time of Ana from the card, then cancels it from the sessions', async () => {
    const store = new MemoryStore({ now: fixedClock(NOW) });
    const page = await mount<HTMLElement>(
      html`<div>
        <mentor-schedule-card></mentor-schedule-card>
        <mentorship-sessions></mentorship-sessions>
      </div>`,
      { client: createMemoryClient({ store }) },
    );
    const card = new CardHarness(page.querySelector<MentorScheduleCard>('mentor-schedule-card')!);
    const startsAt = await card.bookFirstFreeTime('GeekPal', 'Ana García', 'Through the harness');
    expect(card.text()).to.contain("You're booked!").and.contain('Ana García');
    expect(Date.parse(startsAt)).to.be.greaterThan(Date.parse(NOW));

    const sessions = new SessionsHarness(page.querySelector<MentorshipSessions>('mentorship-sessions')!);
    await sessions.loaded();
    const booked = await sessions.session('Ana García');
    expect(booked.textContent).to.contain('Through the harness');
    const canceled = collect('mentorship-canceled');
    await sessions.cancel('Ana García');
    expect(canceled).to.have.length(1);
    expect(sessions.notice()).to.equal('Session canceled.');
  });

  it('reads and chooses an agenda on its own', async () => {
    const agenda = new AgendaHarness(
      await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service="geekpal-coding-mentorship"></mentor-agenda>`, {
        client: createMemoryClient({ store: new MemoryStore({ now: fixedClock(NOW) }) }),
        timeZone: 'Europe/Madrid',
      }),
    );
    await agenda.loaded();
    const times = agenda.times();
    expect(times.length).to.be.greaterThan(0);
    expect(times).to.deep.equal([...times].sort());
    // Ana works 16:00–20:00 in Madrid: her first day shows 4:00 PM first.
    expect(agenda.timesOn(times[0].slice(0, 10))[0]).to.match(/^4:00\sPM$/);
    const selected = collect('mentorship-slot-select');
    expect(await agenda.chooseFirstTime()).to.equal(times[0]);
    expect(selected).to.have.length(1);
  });
});
