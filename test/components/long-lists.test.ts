/**
 * Long lists at the sizes real programmes reach. `<mentorship-sessions>`: 500 past sessions render
 * ten at a time ("Show more", the keyboard on the first added), and the clock re-renders the list only
 * when one of the sessions it shows changes — not every second. `<mentorship-goals>`: 25 goals render
 * ten at a time, active ones first, and a goal just saved shows wherever it falls.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoDataset, type MentorshipGoals, type MentorshipSessions } from '../../src/index.js';
import type { SeedBooking, SeedGoal } from '../../src/client/memory/dataset.js';
import { nextChangeOf } from '../../src/components/mentorship-sessions/timing.js';
import { clock } from '../../src/utils/clock.js';
import { chooseGoalDate, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';

const NOW = '2026-11-24T12:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';
const MENTORS = ['ana-garcia', 'carlos-mendoza'];

/** `count` past sessions, rated (no check-in form), one every two hours back from now. */
function pastSessions(count: number): SeedBooking[] {
  return Array.from({ length: count }, (_, index) => ({
    student: 'demo-student',
    mentor: MENTORS[index % MENTORS.length],
    service: CODING,
    hoursFromNow: -2 * (index + 1),
    agenda: `Session ${index + 1}`,
    feedback: { rating: 5, comment: '' },
  }));
}

const dataset = createDemoDataset(new Date(NOW));

describe('<mentorship-sessions> with 500 past sessions', () => {
  usePinnedBackend(NOW, { dataset: { ...dataset, bookings: [...dataset.bookings, ...pastSessions(500)] } });

  async function mountPast(locale = 'en') {
    const element = await mount<MentorshipSessions>(html`<mentorship-sessions view="past"></mentorship-sessions>`, {
      apiBase: '/api',
      locale,
    });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    return ui;
  }
  const entries = (ui: SessionsHarness) => ui.all('[part~="list"] > li');

  it('renders ten, then ten more per "Show more" pressed from the keyboard, which lands on the first added', async () => {
    const ui = await mountPast();
    expect(entries(ui)).to.have.length(10);
    const more = ui.one<HTMLButtonElement>('[part~="more"]')!;
    expect(textOf(more)).to.equal('Show 10 more sessions');

    more.focus();
    await sendKeys({ press: 'Enter' });
    await ui.element.updateComplete;
    expect(entries(ui)).to.have.length(20);
    const focused = ui.element.shadowRoot!.activeElement;
    expect(focused === entries(ui)[10], 'the keyboard is on the eleventh session').to.equal(true);
    // It stays on the list's order: the eleventh is the eleventh newest.
    expect(textOf(entries(ui)[10])).to.include('Session 11');

    // Switching lists starts again from the top.
    await ui.press(ui.element.shadowRoot!.querySelector('[part~="tabs"]')!, 'tab');
    await ui.loaded();
    await ui.showPast();
    expect(entries(ui)).to.have.length(10);
  });

  it('says "Show more" in Spanish', async () => {
    const ui = await mountPast('es');
    expect(textOf(ui.one('[part~="more"]'))).to.equal('Mostrar 10 sesiones más');
  });
});

describe('<mentorship-sessions> with a dozen past sessions', () => {
  const backend = usePinnedBackend(NOW, { dataset: { ...dataset, bookings: [...dataset.bookings, ...pastSessions(12)] } });

  it('offers the remainder, then no button once every session shows', async () => {
    const element = await mount<MentorshipSessions>(html`<mentorship-sessions view="past"></mentorship-sessions>`, { apiBase: '/api' });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    const total = backend.store.listSessions('demo-student', { status: 'past' }).length;
    expect(total).to.be.greaterThan(10).and.at.most(20);
    expect(textOf(ui.one('[part~="more"]'))).to.equal(total - 10 === 1 ? 'Show 1 more session' : `Show ${total - 10} more sessions`);
    expect(await ui.showMore()).to.equal(true);
    expect(ui.all('[part~="list"] > li')).to.have.length(total);
    expect(ui.one('[part~="more"]')).to.equal(undefined);
    expect(await ui.showMore()).to.equal(false);
  });
});

describe('<mentorship-sessions> and the clock', () => {
  const backend = usePinnedBackend(NOW);

  it('names the next instant a shown session changes: its countdown’s minute, Join opening, its start, its end; a day at most', () => {
    const session = {
      id: 's',
      startsAt: '2026-11-24T12:30:00.000Z',
      endsAt: '2026-11-24T13:30:00.000Z',
      joinUrl: 'https://meet.example.com/s',
    } as Parameters<typeof nextChangeOf>[0][number];
    const at = (instant: string) => Date.parse(instant);
    // Join opens at 12:20; 20 min 30 s before it, "in 21 minutes" becomes "in 20 minutes" 30 s later.
    expect(nextChangeOf([session], at('2026-11-24T11:59:30.000Z'), 10)).to.equal(at('2026-11-24T12:00:00.000Z'));
    expect(nextChangeOf([session], at('2026-11-24T12:19:59.000Z'), 10)).to.equal(at('2026-11-24T12:20:00.000Z'));
    expect(nextChangeOf([session], at('2026-11-24T12:20:00.000Z'), 10)).to.equal(at('2026-11-24T12:30:00.000Z'));
    expect(nextChangeOf([session], at('2026-11-24T12:45:00.000Z'), 10)).to.equal(at('2026-11-24T13:30:00.000Z'));
    // Nothing left to change: a day later at the latest (a timer's delay is 32 bits).
    expect(nextChangeOf([session], at('2026-11-24T13:30:00.000Z'), 10)).to.equal(at('2026-11-25T13:30:00.000Z'));
    expect(nextChangeOf([], at(NOW), 10)).to.equal(at('2026-11-25T12:00:00.000Z'));
    // Months away: its countdown's words still count minutes' worth of change; without a Join link, a day.
    const later = { ...session, startsAt: '2027-03-01T12:00:30.000Z', endsAt: '2027-03-01T13:00:00.000Z' };
    expect(nextChangeOf([later], at(NOW), 10)).to.equal(at('2026-11-24T12:00:30.000Z'));
    expect(nextChangeOf([{ ...later, joinUrl: null }], at(NOW), 10)).to.equal(at('2026-11-25T12:00:00.000Z'));
  });

  it('renders when a countdown’s minute changes, and not in the seconds between', async function () {
    this.timeout(10_000);
    backend.store.bookSession('demo-student', {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-24T15:00:00.000Z',
      timezone: 'America/Bogota',
      agenda: 'Hooks',
      idempotencyKey: crypto.randomUUID(),
    });
    // Join opens at 14:50; from 14:47:56, "in 3 minutes" turns "in 2 minutes" at 14:48:00. Time flows.
    const change = Date.parse('2026-11-24T14:48:00.000Z');
    const start = change - 4000;
    const began = performance.now();
    clock.now = () => new Date(start + (performance.now() - began));
    const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { apiBase: '/api' });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    await element.updateComplete;
    expect(ui.text('[part="countdown"]')).to.equal('You can join in 3 minutes');
    let renders = 0;
    element.addController({ hostUpdated: () => renders++ });

    // Until just before the change: a ticker on every second would have rendered in this time.
    const quiet = change - clock.now().getTime() - 300;
    expect(quiet, 'time left before the change to watch').to.be.greaterThan(1200);
    await new Promise(resolve => setTimeout(resolve, quiet));
    expect(renders, 'renders before the minute changes').to.equal(0);
    await waitUntil(() => ui.text('[part="countdown"]') === 'You can join in 2 minutes', 'the countdown never moved', { timeout: 3000 });
    expect(renders, 'one render for the change').to.equal(1);
  });
});

/** `count` goals of the demo student; every third achieved, the rest active. */
function goalsOf(count: number): SeedGoal[] {
  return Array.from({ length: count }, (_, index) => ({
    student: 'demo-student',
    id: `goal-${index + 1}`,
    title: `Goal ${index + 1}`,
    why: '',
    successCriteria: 'Done when done',
    targetDaysFromNow: 30 + index,
    steps: [],
    progress: 0,
    status: index % 3 === 0 ? 'achieved' : 'active',
    shared: true,
  }));
}

describe('<mentorship-goals> with 25 goals', () => {
  usePinnedBackend(NOW, { dataset: { ...dataset, goals: goalsOf(25) } });

  async function mountGoals(locale = 'en') {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api', locale });
    await waitUntil(() => goals.shadowRoot!.querySelector('[part="goal"]'), 'the goals never loaded');
    return goals;
  }
  const titles = (goals: MentorshipGoals) => [...goals.shadowRoot!.querySelectorAll('[part="goal"] h4')].map(textOf);
  const more = (goals: MentorshipGoals) => goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]');

  it('shows ten, active first, then the rest per "Show more" with the keyboard on the first added', async () => {
    const goals = await mountGoals();
    // 16 active (goals 2, 3, 5, 6, …) before the 9 achieved (1, 4, 7, …).
    expect(titles(goals)).to.deep.equal([
      'Goal 2',
      'Goal 3',
      'Goal 5',
      'Goal 6',
      'Goal 8',
      'Goal 9',
      'Goal 11',
      'Goal 12',
      'Goal 14',
      'Goal 15',
    ]);
    expect(textOf(more(goals))).to.equal('Show 10 more goals');

    more(goals)!.focus();
    await sendKeys({ press: 'Enter' });
    await goals.updateComplete;
    expect(titles(goals)).to.have.length(20);
    expect(textOf(goals.shadowRoot!.activeElement)).to.equal(titles(goals)[10]);
    expect(titles(goals).slice(16)).to.deep.equal(['Goal 1', 'Goal 4', 'Goal 7', 'Goal 10']);
    expect(textOf(more(goals))).to.equal('Show 5 more goals');
  });

  it('says "Show more" in Spanish', async () => {
    const goals = await mountGoals('es');
    expect(textOf(more(goals))).to.equal('Mostrar 10 metas más');
  });

  // The store's new id must not be a seeded one either ("goal-6" is both here): it was.
  it('shows a goal just saved beyond the first ten, with the keyboard on it', async function () {
    this.timeout(15_000);
    const goals = await mountGoals();
    goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="new-goal"]')!.click();
    await waitUntil(() => goals.shadowRoot!.querySelector('#title'), 'the form never opened', { timeout: 5000 });
    const type = async (selector: string, value: string) => {
      goals.shadowRoot!.querySelector<HTMLInputElement>(selector)!.focus();
      await sendKeys({ type: value });
    };
    await type('#title', 'Learn Docker');
    await type('#successCriteria', 'My project runs in a container');
    await chooseGoalDate(goals.shadowRoot!, '2027-01-31');
    goals.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-goal"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(goals.shadowRoot!.activeElement) === 'Learn Docker', 'the keyboard is not on the new goal', {
      timeout: 5000,
    });
    expect(titles(goals)).to.include('Learn Docker');
    expect(titles(goals).indexOf('Learn Docker')).to.be.at.least(10);
  });
});
