import { expect, html, waitUntil } from '@open-wc/testing';
import {
  createMemoryClient,
  MemoryStore,
  MentorshipError,
  type BookedEvent,
  type BookingRequestEvent,
  type MentorAgenda,
  type MentorshipClient,
  type SlotSelectEvent,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { fixedClock } from '../support/clock.js';
import { countingClient } from '../support/counting-client.js';
import { collect, loaded, mount, textOf } from '../support/fixtures.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z'; // Tuesday; 07:00 in Bogotá

const root = (agenda: MentorAgenda) => agenda.shadowRoot!;
const slotButtons = (agenda: MentorAgenda) => [...root(agenda).querySelectorAll<HTMLButtonElement>('[part~="slot"]')];
const day = (agenda: MentorAgenda, key: string) => root(agenda).querySelector(`[aria-labelledby="day-${key}"]`);
const times = (agenda: MentorAgenda, key: string) =>
  [...(day(agenda, key)?.querySelectorAll('[part~="slot"]') ?? [])].map(button => textOf(button).replace(/\s/g, ' '));
const slotAt = (agenda: MentorAgenda, startsAt: string) => root(agenda).querySelector<HTMLButtonElement>(`[data-starts-at="${startsAt}"]`);

async function agendaLoaded(agenda: MentorAgenda): Promise<void> {
  await loaded(agenda);
  await waitUntil(() => !root(agenda).querySelector('[part="loading"]'), 'the agenda never loaded');
}

describe('<mentor-agenda>', () => {
  const realNow = clock.now;
  let store: MemoryStore;
  let student: MentorshipClient;

  beforeEach(() => {
    clock.now = () => new Date(NOW);
    store = new MemoryStore({ now: fixedClock(NOW) });
    student = createMemoryClient({ store });
  });
  afterEach(() => {
    clock.now = realNow;
  });

  it("shows the mentor's free times day by day in the student's zone, each named in full", async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
    });
    await agendaLoaded(agenda);
    expect(root(agenda).querySelectorAll('[part="day"]')).to.have.length(7);
    expect(textOf(root(agenda).querySelector('[part="range"]'))).to.equal('Nov 24 – 30');
    // Madrid 16:00–20:00 is 10:00–14:00 in Bogotá; a 60-minute session starts by 13:00.
    expect(times(agenda, '2026-11-24')).to.deep.equal(['10:00 AM', '10:30 AM', '11:00 AM', '11:30 AM', '12:00 PM', '12:30 PM', '1:00 PM']);
    // Wednesday 10:00 is booked by another student: 10:30 overlaps it too.
    expect(times(agenda, '2026-11-25')[0]).to.equal('11:00 AM');
    expect(textOf(day(agenda, '2026-11-28'))).to.contain('No free times');
    expect(slotButtons(agenda)[0].getAttribute('aria-label')).to.equal('Tuesday, November 24 at 10:00 AM, Colombia Standard Time');
    expect(textOf(root(agenda).querySelector('#zone-now'))).to.equal('Times in Colombia Standard Time (GMT-5)');
  });

  it('speaks Spanish', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
      locale: 'es',
    });
    await agendaLoaded(agenda);
    expect(times(agenda, '2026-11-24')[0]).to.equal('10:00');
    expect(slotButtons(agenda)[0].getAttribute('aria-label')).to.equal('martes, 24 de noviembre, 10:00, hora estándar de Colombia');
    expect(textOf(day(agenda, '2026-11-24')!.querySelector('[role="rowheader"]'))).to.equal('mar, 24 nov');
  });

  it('moves every time to another zone picked by the student, without a new request', async () => {
    const { client, calls } = countingClient(student);
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, { client });
    await agendaLoaded(agenda);
    expect(calls.getAvailability).to.equal(1);

    // The picker is fetched when asked for, with the keyboard in its search field.
    expect(root(agenda).querySelector('[part="time-zone"]')).to.equal(null);
    root(agenda).querySelector<HTMLButtonElement>('[part~="change-zone"]')!.click();
    await waitUntil(() => root(agenda).querySelector('[part="time-zone"]'), 'no zone picker');
    const search = root(agenda).querySelector<HTMLInputElement>('[part="time-zone"]')!;
    await waitUntil(() => root(agenda).activeElement === search, 'the search field never got the keyboard');
    const options = () => [...root(agenda).querySelectorAll('[role="option"]')];
    const labels = () => options().map(option => textOf(option));
    // The student's zone, the browser's and the mentor's first, then every other zone.
    expect(labels()[0]).to.equal('Colombia Standard Time (GMT-5) Bogota');
    expect(labels()).to.include('Central European Time (GMT+1) Madrid');
    expect(options().length).to.be.greaterThan(300);
    expect(options()[0].getAttribute('aria-selected')).to.equal('true');
    const type = async (query: string) => {
      search.value = query;
      search.dispatchEvent(new InputEvent('input'));
      await agenda.updateComplete;
    };
    await type('india standard'); // by the name people read
    expect(labels()).to.include('India Standard Time (GMT+5:30) Kolkata');
    await type('kolkata'); // by the city
    expect(labels()).to.deep.equal(['India Standard Time (GMT+5:30) Kolkata']);
    expect(search.getAttribute('aria-activedescendant')).to.equal('zone-Asia/Kolkata');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await agenda.updateComplete;
    expect(agenda.timeZone).to.equal('Asia/Kolkata');
    // 15:00 UTC is 20:30 in Kolkata, on the same Tuesday.
    expect(times(agenda, '2026-11-24')[0]).to.equal('8:30 PM');
    expect(slotButtons(agenda)[0].getAttribute('aria-label')).to.equal('Tuesday, November 24 at 8:30 PM, India Standard Time');
    expect(calls.getAvailability).to.equal(1);
    // Closed, with the keyboard back on "Change".
    await waitUntil(() => root(agenda).activeElement?.matches('[part~="change-zone"]'), 'focus did not come back');
    expect(textOf(root(agenda).querySelector('#zone-now'))).to.equal('Times in India Standard Time (GMT+5:30)');
  });

  it('names zones in Spanish, finds them by their Spanish names, and closes on Escape without a change', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
      locale: 'es',
    });
    await agendaLoaded(agenda);
    expect(textOf(root(agenda).querySelector('#zone-now'))).to.equal('Horarios en hora estándar de Colombia (GMT-5)');
    root(agenda).querySelector<HTMLButtonElement>('[part~="change-zone"]')!.click();
    await waitUntil(() => root(agenda).querySelector('[part="time-zone"]'), 'no zone picker');
    const search = root(agenda).querySelector<HTMLInputElement>('[part="time-zone"]')!;
    // Accents folded: "estandar" finds "estándar".
    search.value = 'estandar colombia';
    search.dispatchEvent(new InputEvent('input'));
    await agenda.updateComplete;
    expect([...root(agenda).querySelectorAll('[role="option"]')].map(option => textOf(option))).to.deep.equal([
      'hora estándar de Colombia (GMT-5) Bogotá',
    ]);
    // By the city's Spanish name too.
    search.value = 'nueva york';
    search.dispatchEvent(new InputEvent('input'));
    await agenda.updateComplete;
    expect([...root(agenda).querySelectorAll('[role="option"]')].map(option => option.id)).to.deep.equal(['zone-America/New_York']);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await agenda.updateComplete;
    expect(root(agenda).querySelector('[part="time-zone"]')).to.equal(null);
    expect(textOf(root(agenda).querySelector('#zone-now'))).to.equal('Horarios en hora estándar de Colombia (GMT-5)');
  });

  it('selects a time: mentorship-slot-select, pressed state, and the mentor’s local time', async () => {
    const selections = collect<SlotSelectEvent>('mentorship-slot-select');
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
    });
    await agendaLoaded(agenda);
    slotAt(agenda, '2026-11-24T15:00:00.000Z')!.click();
    await agenda.updateComplete;

    expect(selections).to.have.length(1);
    expect(selections[0].cancelable).to.equal(true);
    expect(selections[0].detail).to.deep.equal({
      mentor: 'ana-garcia',
      service: CODING,
      slot: { startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z' },
      timeZone: 'America/Bogota',
      mentorTimeZone: 'Europe/Madrid',
    });
    const selected = slotAt(agenda, '2026-11-24T15:00:00.000Z')!;
    expect(selected.getAttribute('aria-pressed')).to.equal('true');
    expect(selected.getAttribute('part')).to.equal('slot selected');
    expect(textOf(root(agenda).querySelector('[part="selection"]'))).to.match(/4:00\sPM for the mentor in Madrid/);
  });

  it('books once however often the student clicks, then announces it and drops the time', async () => {
    const requests = collect<BookingRequestEvent>('mentorship-booking-request');
    const booked = collect<BookedEvent>('mentorship-booked');
    const { client, calls } = countingClient(createMemoryClient({ store, latencyMs: 50 }));
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, { client });
    await agendaLoaded(agenda);
    slotAt(agenda, '2026-11-24T15:00:00.000Z')!.click();
    await agenda.updateComplete;
    const confirm = root(agenda).querySelector<HTMLButtonElement>('[part~="confirm"]')!;
    confirm.click();
    confirm.click();
    confirm.click();

    await waitUntil(() => booked.length === 1, 'never booked');
    expect(requests).to.have.length(1);
    expect(requests[0].detail).to.deep.include({ mentor: 'ana-garcia', startsAt: '2026-11-24T15:00:00.000Z', timeZone: 'America/Bogota' });
    expect(calls.bookSession).to.equal(1);
    expect(booked[0].detail.session).to.include({ startsAt: '2026-11-24T15:00:00.000Z', status: 'scheduled' });
    await waitUntil(
      () => slotAt(agenda, '2026-11-24T14:00:00.000Z') === null && !root(agenda).querySelector('[part="loading"]'),
      'not refreshed',
    );
    await waitUntil(() => slotButtons(agenda).length > 0, 'times did not come back');
    expect(slotAt(agenda, '2026-11-24T15:00:00.000Z')).to.equal(null);
    expect(textOf(root(agenda).querySelector('[part="notice"]'))).to.match(/^Booked: Tuesday, November 24 at 10:00\sAM/);
    expect((await student.listSessions({ status: 'upcoming' })).filter(s => s.startsAt === '2026-11-24T15:00:00.000Z')).to.have.length(1);
  });

  it('books nothing when the page cancels mentorship-booking-request', async () => {
    const cancel = (event: Event) => event.preventDefault();
    document.addEventListener('mentorship-booking-request', cancel);
    try {
      const { client, calls } = countingClient(student);
      const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, { client });
      await agendaLoaded(agenda);
      slotAt(agenda, '2026-11-24T15:00:00.000Z')!.click();
      await agenda.updateComplete;
      root(agenda).querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
      await agenda.updateComplete;
      expect(calls.bookSession).to.equal(undefined);
      expect(root(agenda).querySelector('[part="selection"]')).not.to.equal(null);
    } finally {
      document.removeEventListener('mentorship-booking-request', cancel);
    }
  });

  it('says when the time was just taken, and offers the others', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
    });
    await agendaLoaded(agenda);
    slotAt(agenda, '2026-11-24T15:00:00.000Z')!.click();
    await agenda.updateComplete;
    await createMemoryClient({ store, student: 'student-2' }).bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-24T15:00:00.000Z',
      timezone: 'UTC',
      idempotencyKey: 'first',
    });
    root(agenda).querySelector<HTMLButtonElement>('[part~="confirm"]')!.click();
    await waitUntil(() => root(agenda).querySelector('[part="notice"]'), 'no notice');
    expect(textOf(root(agenda).querySelector('[part="notice"]'))).to.equal('Someone has just booked that time. Please choose another one.');
    await waitUntil(() => slotButtons(agenda).length > 0 && !slotAt(agenda, '2026-11-24T15:00:00.000Z'), 'the taken time is still offered');
    expect(slotAt(agenda, '2026-11-24T16:00:00.000Z')).not.to.equal(null);
    expect(root(agenda).querySelector('[part="selection"]')).to.equal(null);
  });

  it('jumps from an empty range to the next free time, and moves range by range', async () => {
    // Camila gives career guidance on Tuesdays and Thursdays only.
    const agenda = await mount<MentorAgenda>(
      html`<mentor-agenda mentor="camila-torres" service="career-guidance" days="1" start-date="2026-11-25"></mentor-agenda>`,
      { client: student },
    );
    await agendaLoaded(agenda);
    expect(textOf(root(agenda).querySelector('[part="empty"]'))).to.contain('No free times on these days.');
    root(agenda).querySelector<HTMLButtonElement>('[part~="jump"]')!.click();
    await waitUntil(() => day(agenda, '2026-11-26'), 'did not jump to Thursday');
    await agendaLoaded(agenda);
    expect(times(agenda, '2026-11-26')[0]).to.equal('12:00 PM');

    root(agenda).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await agendaLoaded(agenda);
    expect(root(agenda).querySelector('[part="range"]')!.getAttribute('data-first')).to.equal('2026-11-27');
  });

  it('shows a malformed answer as an error with Try again, never a blank agenda', async () => {
    let broken = true;
    const flaky: MentorshipClient = {
      ...student,
      getAvailability: params =>
        broken ? Promise.reject(new MentorshipError('invalid-response', 'slots should be an array')) : student.getAvailability(params),
    };
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: flaky,
    });
    await waitUntil(() => root(agenda).querySelector('[part="error"]'), 'no error state');
    expect(textOf(root(agenda).querySelector('[part="error"] p'))).to.equal(
      'The server sent something we could not read. Please try again later.',
    );
    broken = false;
    root(agenda).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => slotButtons(agenda).length > 0, 'Try again did not recover');
  });

  it('is an APG grid: one tab stop, arrows, Home/End, Ctrl+Home/End, PageDown to the next range', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: student,
    });
    await agendaLoaded(agenda);
    expect(root(agenda).querySelector('[role="grid"]')).not.to.equal(null);
    expect(root(agenda).querySelectorAll('[role="row"]')).to.have.length(7);
    const tabbable = () =>
      slotButtons(agenda)
        .filter(button => button.tabIndex === 0)
        .map(button => button.dataset.startsAt);
    expect(tabbable()).to.deep.equal(['2026-11-24T15:00:00.000Z']);

    const focused = () => (agenda.shadowRoot!.activeElement as HTMLElement | null)?.dataset.startsAt;
    const press = async (key: string, modifiers: KeyboardEventInit = {}) => {
      agenda.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, ...modifiers }));
      await agenda.updateComplete;
      await agenda.updateComplete;
    };
    slotButtons(agenda)[0].focus();
    await press('ArrowRight');
    expect(focused()).to.equal('2026-11-24T15:30:00.000Z');
    expect(tabbable()).to.deep.equal(['2026-11-24T15:30:00.000Z']);
    await press('ArrowDown'); // Wednesday's second time: its 16:00 and 16:30 (UTC) follow the booked hour
    expect(focused()).to.equal('2026-11-25T16:30:00.000Z');
    await press('End');
    expect(focused()).to.equal('2026-11-25T18:00:00.000Z');
    await press('ArrowRight'); // past the end of a day: the next day's first time
    expect(focused()).to.equal('2026-11-26T15:00:00.000Z');
    await press('Home');
    expect(focused()).to.equal('2026-11-26T15:00:00.000Z');
    await press('ArrowUp');
    expect(focused()).to.equal('2026-11-25T16:00:00.000Z');
    await press('End', { ctrlKey: true });
    expect(focused()).to.equal('2026-11-30T18:00:00.000Z');
    await press('Home', { ctrlKey: true });
    expect(focused()).to.equal('2026-11-24T15:00:00.000Z');

    await press('PageDown');
    await waitUntil(() => focused() === '2026-12-01T15:00:00.000Z', 'focus did not land on the next range’s first time');
    expect(root(agenda).querySelector('[part="range"]')!.getAttribute('data-first')).to.equal('2026-12-01');
  });

  it('announces loading and how many times are free, politely', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
      client: createMemoryClient({ store, latencyMs: 100 }),
    });
    const live = () => root(agenda).querySelector('[part="live"]')!;
    expect(live().getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => textOf(live()) === 'Loading…', 'loading was not announced');
    await agendaLoaded(agenda);
    await waitUntil(() => textOf(live()) === '33 free times on these days', `announced: ${textOf(live())}`);
  });

  it('cannot go back before today', async () => {
    const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING} days="3"></mentor-agenda>`, {
      client: student,
    });
    await agendaLoaded(agenda);
    const previous = root(agenda).querySelector<HTMLButtonElement>('[part~="previous"]')!;
    expect(previous.disabled).to.equal(true);
    root(agenda).querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await agendaLoaded(agenda);
    expect(root(agenda).querySelector('[part="range"]')!.getAttribute('data-first')).to.equal('2026-11-27');
    expect(previous.disabled).to.equal(false);
  });

  it('opens the external booking page in a new tab when the backend has no availability', async () => {
    const opened: Array<{ url: string | undefined; features: string | undefined; tab: { opener: unknown; location: { href: string } } }> =
      [];
    const realOpen = window.open;
    window.open = ((url?: string, _target?: string, features?: string) => {
      const tab = { opener: window as unknown, location: { href: 'about:blank' }, close() {} };
      opened.push({ url, features, tab });
      return tab as unknown as Window;
    }) as typeof window.open;
    try {
      const external: MentorshipClient = {
        ...student,
        capabilities: { availability: false, holds: false, cancel: false },
        getExternalBookingUrl: async ({ mentor, service }) => `https://calendar.example.com/${mentor}?service=${service}&token=secret`,
      };
      const agenda = await mount<MentorAgenda>(html`<mentor-agenda mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
        client: external,
      });
      await loaded(agenda);
      expect(root(agenda).querySelector('[part~="slot"]')).to.equal(null);
      root(agenda).querySelector<HTMLButtonElement>('[part~="external"]')!.click();
      await waitUntil(() => opened[0]?.tab.location.href !== 'about:blank', 'the tab was never pointed at the booking page');
      expect(opened[0].tab.opener).to.equal(null);
      expect(opened[0].tab.location.href).to.equal(
        'https://calendar.example.com/ana-garcia?service=geekpal-coding-mentorship&token=secret',
      );
      expect(root(agenda).innerHTML).not.to.contain('secret');
    } finally {
      window.open = realOpen;
    }
  });

  describe('in a narrow container (a sidebar)', () => {
    const narrow = (width: number, locale = 'en') =>
      mount<MentorAgenda>(html`<mentor-agenda style="width: ${width}px" mentor="ana-garcia" service=${CODING}></mentor-agenda>`, {
        client: student,
        locale,
      });
    const strip = (agenda: MentorAgenda) => [...root(agenda).querySelectorAll<HTMLButtonElement>('[part~="day-choice"]')];
    const shownDays = (agenda: MentorAgenda) =>
      [...root(agenda).querySelectorAll('[part="day"]')]
        .filter(row => row.checkVisibility())
        .map(row => row.getAttribute('aria-labelledby'));
    const columns = (agenda: MentorAgenda) => {
      const shown = slotButtons(agenda).filter(button => button.checkVisibility());
      return {
        lefts: new Set(shown.map(button => button.getBoundingClientRect().left)).size,
        widths: new Set(shown.map(b => b.offsetWidth)),
      };
    };

    it("shows a strip of the range's days and only the chosen day's times, in even columns", async () => {
      const agenda = await narrow(286);
      await agendaLoaded(agenda);
      const days = strip(agenda);
      expect(days.map(button => textOf(button))).to.deep.equal([
        'Tue 24 7',
        'Wed 25 5',
        'Thu 26 7',
        'Fri 27 7',
        'Sat 28 ·',
        'Sun 29 ·',
        'Mon 30 7',
      ]);
      expect(days.map(button => button.disabled)).to.deep.equal([false, false, false, false, true, true, false]);
      expect(days[0].getAttribute('aria-label')).to.equal('Tuesday, November 24: 7 free times');
      expect(days[4].getAttribute('aria-label')).to.equal('Saturday, November 28: no free times');
      expect(root(agenda).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Days');
      expect(days.map(button => button.getAttribute('aria-checked'))).to.deep.equal(['true', ...Array<string>(6).fill('false')]);
      expect(shownDays(agenda)).to.deep.equal(['day-2026-11-24']);
      expect(columns(agenda).lefts).to.equal(3);
      expect(columns(agenda).widths.size).to.equal(1);

      days[2].click();
      await agenda.updateComplete;
      expect(shownDays(agenda)).to.deep.equal(['day-2026-11-26']);
      expect(strip(agenda)[2].getAttribute('aria-checked')).to.equal('true');
      // The grid's one tab stop moves to the day shown.
      expect(
        slotButtons(agenda)
          .filter(button => button.tabIndex === 0)
          .map(button => button.dataset.startsAt),
      ).to.deep.equal(['2026-11-26T15:00:00.000Z']);
      // Nothing sticks out of the sidebar.
      expect(agenda.scrollWidth).to.be.at.most(agenda.clientWidth);
    });

    it('lays the times in two even columns at 246 px, and speaks Spanish', async () => {
      const agenda = await narrow(246, 'es');
      await agendaLoaded(agenda);
      expect(columns(agenda).lefts).to.equal(2);
      expect(columns(agenda).widths.size).to.equal(1);
      expect(textOf(strip(agenda)[1])).to.equal('mié 25 5');
      expect(strip(agenda)[1].getAttribute('aria-label')).to.equal('miércoles, 25 de noviembre: 5 horarios libres');
      expect(strip(agenda)[5].getAttribute('aria-label')).to.equal('domingo, 29 de noviembre: sin horarios libres');
      expect(root(agenda).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal('Días');
      expect(agenda.scrollWidth).to.be.at.most(agenda.clientWidth);
    });

    it('moves between days with the arrow keys, skipping days without times; the grid keys stay in the day shown', async () => {
      const agenda = await narrow(286);
      await agendaLoaded(agenda);
      const press = async (key: string) => {
        agenda.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        await agenda.updateComplete;
        await agenda.updateComplete;
      };
      const focusedDay = () => (agenda.shadowRoot!.activeElement as HTMLElement | null)?.dataset.day;
      expect(strip(agenda).filter(button => button.tabIndex === 0)).to.have.length(1);
      strip(agenda)[0].focus();
      await press('ArrowRight');
      expect(focusedDay()).to.equal('2026-11-25');
      expect(shownDays(agenda)).to.deep.equal(['day-2026-11-25']);
      await press('End');
      expect(focusedDay()).to.equal('2026-11-30');
      await press('ArrowLeft'); // Saturday and Sunday have no times
      expect(focusedDay()).to.equal('2026-11-27');
      await press('Home');
      expect(focusedDay()).to.equal('2026-11-24');

      const focused = () => (agenda.shadowRoot!.activeElement as HTMLElement | null)?.dataset.startsAt;
      slotAt(agenda, '2026-11-24T18:00:00.000Z')!.focus();
      await press('ArrowRight'); // the day's last time: Wednesday's row is not on screen
      expect(focused()).to.equal('2026-11-24T18:00:00.000Z');
      await press('ArrowDown');
      expect(focused()).to.equal('2026-11-24T18:00:00.000Z');
      await press('ArrowLeft');
      expect(focused()).to.equal('2026-11-24T17:30:00.000Z');
    });

    it('keeps the list of days, without the strip, in a wide container', async () => {
      const agenda = await narrow(560);
      await agendaLoaded(agenda);
      expect(strip(agenda).some(button => button.checkVisibility())).to.equal(false);
      expect(shownDays(agenda)).to.have.length(7);
    });
  });

  describe('a long range', () => {
    // A fortnight of half-hours around the clock from tomorrow (none past): 672 times, as in `npm run bench`.
    const fortnight = Array.from({ length: 14 * 48 }, (_, index) => {
      const start = Date.parse('2026-11-25T00:00:00Z') + index * 30 * 60_000;
      return { startsAt: new Date(start).toISOString(), endsAt: new Date(start + 30 * 60_000).toISOString() };
    });
    const busyMentor = (): MentorshipClient => ({
      ...createMemoryClient({ store }),
      getAvailability: async () => ({ timezone: 'UTC', slots: fortnight }),
    });

    /** Mounts a 14-day agenda and resolves with its grid as it was in the first frame that showed times. */
    async function firstFrame(): Promise<{ agenda: MentorAgenda; days: number; times: number; live: string }> {
      // Created by hand inside the provider, so that the observer is there before the first update.
      const placeholder = await mount<HTMLElement>(html`<div></div>`, { client: busyMentor(), timeZone: 'UTC' });
      const agenda = document.createElement('mentor-agenda');
      Object.assign(agenda, { mentor: 'ana-garcia', service: CODING, days: 14, startDate: '2026-11-25' });
      placeholder.replaceWith(agenda);
      // Mutation records arrive right after the update that made them, before any next frame.
      return new Promise(resolve => {
        const observer = new MutationObserver(() => {
          if (slotButtons(agenda).length === 0) return;
          observer.disconnect();
          resolve({
            agenda,
            days: root(agenda).querySelectorAll('[part="day"]').length,
            times: slotButtons(agenda).length,
            live: textOf(root(agenda).querySelector('[part="live"]')),
          });
        });
        observer.observe(root(agenda), { childList: true, subtree: true });
      });
    }

    it('shows its first days at once and the rest over the next frames; updateComplete waits for all', async () => {
      const first = await firstFrame();
      expect(first.days).to.be.within(1, 3);
      expect(first.times).to.be.at.most(120);
      // The count speaks for the whole range from the start.
      expect(first.live).to.equal('672 free times on these days');
      await first.agenda.updateComplete;
      expect(root(first.agenda).querySelectorAll('[part="day"]')).to.have.length(14);
      expect(slotButtons(first.agenda)).to.have.length(672);
    });

    it('moves by keyboard into days not rendered yet', async () => {
      const { agenda, days } = await firstFrame();
      const rows = [...root(agenda).querySelectorAll('[part="day"]')];
      const lastShown = rows[days - 1].querySelectorAll<HTMLButtonElement>('[part~="slot"]')[3];
      const below = new Date(Date.parse(lastShown.dataset.startsAt!) + 86_400_000).toISOString();
      expect(slotAt(agenda, below), 'the next day is not rendered yet').to.equal(null);
      lastShown.focus();
      lastShown.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
      await agenda.updateComplete;
      await waitUntil(
        () => (root(agenda).activeElement as HTMLElement | null)?.dataset.startsAt === below,
        'focus did not reach the next day',
      );
    });

    it('does not leave updateComplete waiting when removed mid-way, and finishes when back', async () => {
      const { agenda } = await firstFrame();
      const parent = agenda.parentElement!;
      agenda.remove();
      const settled = await Promise.race([
        agenda.updateComplete.then(() => 'settled'),
        new Promise(resolve => setTimeout(resolve, 1000, 'waiting')),
      ]);
      expect(settled).to.equal('settled');
      parent.append(agenda);
      await agenda.updateComplete;
      expect(slotButtons(agenda)).to.have.length(672);
    });
  });
});
