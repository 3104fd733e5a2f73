import { expect, html, waitUntil } from '@open-wc/testing';
import {
  createMemoryClient,
  type BookedEvent,
  type BookingRequestEvent,
  type MentorScheduleCard,
  type MentorshipClient,
} from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { downloadsDuring, parseIcsEvents } from '../support/ics.js';
import { usePinnedBackend } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z';
/** Wednesday 25 November 2026, 17:00 in Madrid (Ana's hours: 16:00–20:00 on weekdays), 11:00 in Bogotá. */
const WED = '2026-11-25T16:00:00.000Z';
const week = (weeks: number) => new Date(Date.parse(WED) + weeks * 7 * 86_400_000).toISOString();

const choose = (control: HTMLSelectElement | HTMLInputElement, value: string) => {
  control.value = value;
  control.dispatchEvent(new Event('change'));
};

/** The card deep-linked to Ana's coding times, at `startsAt` on the confirm step, repeating `every`. */
async function repeatFrom(startsAt: string, every: 'week' | '2weeks', options: { locale?: string; client?: MentorshipClient } = {}) {
  const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
    apiBase: options.client ? undefined : '/api',
    ...options,
  });
  const ui = new CardHarness(card);
  await ui.chooseTime(startsAt);
  await ui.waitFor('[part="summary"]');
  const repeat = await ui.waitFor<HTMLSelectElement>('[part="repeat-field"] select');
  choose(repeat, every);
  // The series' code comes when first chosen.
  await waitUntil(() => ui.one('[part="series-cost"]'), 'the series was never previewed', { timeout: 5000 });
  return { card, ui, repeat };
}

const rows = (ui: CardHarness) => ui.all('[part~="occurrence"]');
const setCount = async (ui: CardHarness, count: number) => {
  choose(ui.one<HTMLInputElement>('#series-count')!, String(count));
  await waitUntil(() => rows(ui).length === count && ui.one('[part="series-cost"]'), `never previewed ${count} meetings`, {
    timeout: 5000,
  });
};

describe('<mentor-schedule-card>: regular meetings', () => {
  const backend = usePinnedBackend(NOW);
  const booked = eventsPerTest<BookedEvent>('mentorship-booked');
  const requests = eventsPerTest<BookingRequestEvent>('mentorship-booking-request');
  const student = () => createMemoryClient({ store: backend.store });
  const other = () => createMemoryClient({ store: backend.store, student: 'student-2' });

  it('says what a series costs in one sentence, not the credits left after one session', async () => {
    const { ui } = await repeatFrom(WED, 'week');
    await setCount(ui, 4);
    expect(textOf(ui.one('[part="summary"]'))).not.to.contain('left after this one');
    expect(textOf(ui.one('[part="series-cost"]'))).to.match(/^4 sessions · uses 4 credits/);
  });

  for (const locale of ['en', 'es']) {
    it(`keeps the confirm step with 6 meetings in 900 px of a 320 px sidebar, a meeting a line (${locale})`, async () => {
      const { card, ui } = await repeatFrom(WED, 'week', {
        locale,
        client: createMemoryClient({ store: backend.store, student: 'student-unlimited' }),
      });
      card.style.cssText = 'display: block; width: 320px';
      await setCount(ui, 6);
      await new Promise(resolve => requestAnimationFrame(resolve));
      expect(card.getBoundingClientRect().height, 'the confirm step').to.be.at.most(900);
      for (const row of rows(ui)) {
        const range = document.createRange();
        range.selectNodeContents(row);
        // One line: every piece of it (the status is smaller) overlaps the first one vertically.
        const [first, ...rest] = [...range.getClientRects()];
        expect(
          rest.every(rect => rect.top < first.bottom && rect.bottom > first.top),
          textOf(row),
        ).to.equal(true);
      }
    });
  }

  it('previews every date with a taken one’s alternative and the cost, books them in one request, lists them and offers one .ics', async () => {
    await other().bookSession({ mentor: 'ana-garcia', service: CODING, startsAt: week(2), timezone: 'Europe/Madrid', idempotencyKey: 'k' });
    const { card, ui, repeat } = await repeatFrom(WED, 'week');
    expect([...repeat.options].map(option => option.text)).to.deep.equal(['Does not repeat', 'Every week', 'Every 2 weeks']);
    expect(textOf(ui.one('label[for="series-count"]'))).to.equal('Meetings');
    await setCount(ui, 4);

    // Every date in the student's zone, each marked; the taken one offers the nearest free time that day.
    expect(rows(ui).map(row => row.getAttribute('part'))).to.deep.equal([
      'occurrence occurrence-free',
      'occurrence occurrence-free',
      'occurrence occurrence-taken',
      'occurrence occurrence-free',
    ]);
    expect(textOf(rows(ui)[0])).to.match(/^Wed, Nov 25, 11:00\sAM · Free$/);
    expect(textOf(ui.one('#series-caption'))).to.equal('Your meetings, in Colombia Standard Time');
    expect(textOf(rows(ui)[2])).to.contain('Your mentor is booked then');
    const instead = rows(ui)[2].querySelector<HTMLSelectElement>('[part="instead"]')!;
    expect(instead.getAttribute('aria-label')).to.match(/^Instead of Wednesday, December 9 at 11:00/);
    expect(instead.options[0].text).to.match(/that day$/);
    expect(instead.options[1].text).to.equal('Skip this date');
    // One meeting before the renewal on 1 December, three after it.
    expect(textOf(ui.one('[part="series-cost"]'))).to.equal('4 sessions · uses 4 credits · you have 4 now, 4 more on December 1');
    expect(textOf(ui.one('[part~="confirm"]'))).to.equal('Book 4 sessions');

    await ui.book();
    await waitUntil(() => booked().length === 1, 'the series was never booked', { timeout: 5000 });
    expect(requests()).to.have.length(1);
    const { series } = requests()[0].detail;
    expect(series!.every).to.equal('week');
    expect(series!.occurrences).to.have.length(4);
    expect([week(0), week(1), week(3)].every(start => series!.occurrences.includes(start))).to.equal(true);
    expect(series!.occurrences[2]).not.to.equal(week(2));
    expect(series!.occurrences[2].slice(0, 10)).to.equal('2026-12-09');

    // Booked once, paid once: four meetings in one series, exactly four credits.
    const detail = booked()[0].detail;
    expect(detail.series!.sessions.map(session => session.startsAt)).to.deep.equal(series!.occurrences);
    const upcoming = (await student().listSessions({ status: 'upcoming' })).filter(session => session.series);
    expect(upcoming).to.have.length(4);
    expect(new Set(upcoming.map(session => session.series)).size).to.equal(1);
    const credits = (await student().getCredits()).find(bucket => bucket.id === 'monthly-coding')!;
    // 4 now − 1 (25 November); the three in December come from December's 4.
    expect(credits.remaining).to.equal(3);

    await ui.waitForStep("You're booked!");
    expect(textOf(ui.one('.done strong'))).to.equal('4 sessions with Ana García:');
    expect(ui.all('[part="series-dates"] li')).to.have.length(4);

    // "Add to calendar": one file with every meeting, each with its reminder.
    const [blob] = await downloadsDuring(() => ui.one('[part~="calendar"]')!.click());
    const events = await parseIcsEvents(blob);
    const utc = (instant: string) =>
      new Date(instant)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d{3}/, '');
    expect(events.map(event => event.DTSTART)).to.deep.equal(series!.occurrences.map(utc));
    expect(events.every(event => event['VALARM.TRIGGER'] === '-PT30M')).to.equal(true);
    expect(new Set(events.map(event => event.UID)).size).to.equal(4);
    await card.updateComplete;
  });

  it('explains a series the credits do not cover and sends nothing; fewer meetings can be booked (Spanish)', async () => {
    const { ui } = await repeatFrom(WED, 'week', { locale: 'es' });
    expect(textOf(ui.one('label[for="repeat"]'))).to.equal('Repetir');
    await setCount(ui, 6);
    expect(textOf(ui.one('[part="series-cost"]'))).to.equal('6 sesiones · usa 6 créditos · tienes 4 ahora, 4 más el 1 de diciembre');
    // One before the renewal, five after it: December's 4 cover four of them.
    expect(textOf(ui.one('[part="series-problem"]'))).to.equal('Tus créditos solo alcanzan para 5 de estas reuniones: elige menos.');
    const book = ui.one<HTMLButtonElement>('[part~="confirm"]')!;
    expect(textOf(book)).to.equal('Reservar 6 sesiones');
    expect(book.getAttribute('aria-disabled')).to.equal('true');
    book.click();
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(requests()).to.have.length(0);
    expect((await student().listSessions({ status: 'upcoming' })).filter(session => session.series)).to.have.length(0);

    await setCount(ui, 5);
    expect(ui.one('[part="series-problem"]')).to.equal(undefined);
    expect(ui.one('[part~="confirm"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect(textOf(rows(ui)[0]))
      .to.contain('mié, 25 nov')
      .and.contain('Libre');
  });

  it('a meeting taken between the preview and the booking (409) shows the dates again, with its alternative; then books once', async () => {
    const { ui } = await repeatFrom(WED, 'week');
    await setCount(ui, 3);
    expect(rows(ui).every(row => row.getAttribute('part') === 'occurrence occurrence-free')).to.equal(true);
    await other().bookSession({ mentor: 'ana-garcia', service: CODING, startsAt: week(1), timezone: 'Europe/Madrid', idempotencyKey: 'k' });

    await ui.book();
    await waitUntil(() => ui.one('[part="notice"]'), 'the refusal was not shown', { timeout: 5000 });
    expect(textOf(ui.one('[part="notice"]'))).to.equal(
      'Some of these times were just taken. The dates are checked again: look them over, then book.',
    );
    await waitUntil(() => rows(ui)[1]?.getAttribute('part') === 'occurrence occurrence-taken', 'the new preview never came', {
      timeout: 5000,
    });
    expect(booked()).to.have.length(0);
    expect((await student().listSessions({ status: 'upcoming' })).filter(session => session.series)).to.have.length(0);

    await ui.book();
    await waitUntil(() => booked().length === 1, 'the series was never booked', { timeout: 5000 });
    const sessions = booked()[0].detail.series!.sessions;
    expect(sessions).to.have.length(3);
    expect(sessions[1].startsAt).not.to.equal(week(1));
    expect(sessions[1].startsAt.slice(0, 10)).to.equal('2026-12-02');
    expect((await student().getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(3);
  });

  it('keeps "Repeat" still while a single booking is on its way, so its outcome stays in view', async () => {
    const memory = createMemoryClient({ store: backend.store });
    // The booking's answer never comes.
    const client: MentorshipClient = { ...memory, bookSession: () => new Promise(() => undefined) };
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
      {
        client,
      },
    );
    const ui = new CardHarness(card);
    await ui.chooseTime(WED);
    await ui.waitFor('[part="summary"]');
    const repeat = await ui.waitFor<HTMLSelectElement>('[part="repeat-field"] select');
    await ui.book();
    await waitUntil(() => textOf(ui.one('[part~="confirm"]')) === 'Booking…', 'the booking never started');
    expect(repeat.disabled).to.equal(true);
    choose(repeat, 'week');
    await card.updateComplete;
    expect(textOf(ui.one('[part~="confirm"]'))).to.equal('Booking…');
  });

  it('shows no "Repeat" for a backend without series', async () => {
    const memory = createMemoryClient({ store: backend.store });
    const client: MentorshipClient = { ...memory, capabilities: { ...memory.capabilities, series: false } };
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
      {
        client,
      },
    );
    const ui = new CardHarness(card);
    await ui.chooseTime(WED);
    await ui.waitFor('[part="summary"]');
    expect(ui.one('[part="repeat-field"]')).to.equal(undefined);
    expect(textOf(ui.one('[part~="confirm"]'))).to.equal('Book session');
  });
});

describe('<mentor-schedule-card>: a series across a DST change', () => {
  usePinnedBackend('2027-03-15T12:00:00.000Z');

  it('keeps the mentor’s wall-clock time across their DST change, and tells a student whose clocks do not change', async () => {
    // 17:00 in Madrid on Wednesday 17 March (CET), 11:00 in Bogotá; Madrid moves to CEST on 28 March.
    const { ui } = await repeatFrom('2027-03-17T16:00:00.000Z', 'week');
    await setCount(ui, 3);
    const texts = rows(ui).map(textOf);
    expect(texts[0]).to.contain('Mar 17, 11:00');
    expect(texts[1]).to.contain('Mar 24, 11:00');
    // Still 17:00 for the mentor: an hour earlier for the student.
    expect(texts[2]).to.contain('Mar 31, 10:00').and.contain('Another time for you: the clocks change');
    expect(texts[1]).not.to.contain('clocks change');
  });
});
