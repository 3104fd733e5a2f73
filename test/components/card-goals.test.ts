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
import { usePinnedBackend } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW = '2026-11-24T12:00:00.000Z';
const PROJECT = 'Ship my final project: a full-stack to-do app';

const goalSelect = (ui: CardHarness) => ui.one<HTMLSelectElement>('[part="goal-field"] select');
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change'));
};

describe('<mentor-schedule-card>: booking for a goal', () => {
  const backend = usePinnedBackend(NOW);
  const booked = eventsPerTest<BookedEvent>('mentorship-booked');
  const requests = eventsPerTest<BookingRequestEvent>('mentorship-booking-request');

  it('offers the active goals on the confirm step; one chosen fills the agenda with its next step and goes with the booking', async () => {
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api' });
    const ui = new CardHarness(card);
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    await (await ui.agenda()).chooseFirstTime();
    await ui.waitFor('[part="summary"]');
    await waitUntil(() => goalSelect(ui), 'no choice of goal', { timeout: 5000 });
    const select = goalSelect(ui)!;
    expect(textOf(ui.one('[part="goal-field"] label'))).to.equal('Goal for this session');
    expect([...select.options].map(option => option.text)).to.deep.equal([
      'No specific goal',
      PROJECT,
      'Get my first interview for a junior developer role',
    ]);
    expect(select.value).to.equal('');

    choose(select, 'goal-final-project');
    await card.updateComplete;
    expect(ui.agendaText()).to.equal('Connect the React front end to the API');
    // Another goal replaces the text it filled in; words of the student's own are kept.
    choose(select, 'goal-first-interview');
    await card.updateComplete;
    expect(ui.agendaText()).to.equal('Update my LinkedIn profile');
    await ui.writeAgenda('My own words');
    choose(select, 'goal-final-project');
    await card.updateComplete;
    expect(ui.agendaText()).to.equal('My own words');

    await ui.book();
    await waitUntil(() => booked().length === 1, 'never booked');
    expect(requests()[0].detail.goal).to.equal('goal-final-project');
    expect(booked()[0].detail.session.goal).to.equal('goal-final-project');
    const client = createMemoryClient({ store: backend.store });
    const [project] = await client.listGoals!();
    expect(project.sessions.map(session => session.id)).to.include(booked()[0].detail.session.id);
  });

  it('a deep link with goal="…" has the goal chosen and the agenda started; without a choice, no goal is sent', async () => {
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card goal="goal-first-interview" service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
      { apiBase: '/api' },
    );
    const ui = new CardHarness(card);
    await ui.waitForStep('Choose a time');
    await (await ui.agenda()).chooseFirstTime();
    await ui.waitFor('[part="summary"]');
    await waitUntil(() => goalSelect(ui)?.value === 'goal-first-interview', 'the linked goal was not chosen', { timeout: 5000 });
    expect(ui.agendaText()).to.equal('Update my LinkedIn profile');
    choose(goalSelect(ui)!, '');
    await card.updateComplete;
    expect(ui.agendaText()).to.equal('');
    await ui.book();
    await waitUntil(() => booked().length === 1);
    expect(booked()[0].detail.session.goal).to.equal(null);
  });

  it('asks for the goals once, even when the student goes back while they are on their way', async () => {
    let calls = 0;
    const memory = createMemoryClient({ store: backend.store });
    const slow: MentorshipClient = {
      ...memory,
      listGoals: async options => {
        calls += 1;
        await new Promise(resolve => setTimeout(resolve, 400));
        options?.signal?.throwIfAborted();
        return memory.listGoals!(options);
      },
    };
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client: slow,
      }),
    );
    await ui.waitForStep('Choose a time');
    ui.one('[part~="back"]')!.click();
    await ui.waitFor('[part~="book"]');
    await ui.chooseMentor('Ana García');
    await ui.waitForStep('Choose a time');
    await new Promise(resolve => setTimeout(resolve, 600));
    expect(calls).to.equal(1);
  });

  it('a goal alone opens the flow at the services; a backend without goals shows no choice', async () => {
    const linked = await mount<MentorScheduleCard>(html`<mentor-schedule-card goal="goal-final-project"></mentor-schedule-card>`, {
      apiBase: '/api',
    });
    const linkedUi = new CardHarness(linked);
    await linkedUi.waitForStep('Choose a service');
    expect(linked.open).to.equal(true);
    // The goal is in view from the first step, and stays as the student goes on.
    const goalShown = () => textOf(linkedUi.one('[part="context-goal"]'));
    await waitUntil(() => goalShown() === `For your goal: ${PROJECT}`, 'the goal is not shown on the first step', { timeout: 5000 });
    await linkedUi.chooseService('GeekPal');
    await linkedUi.waitForStep('Choose a mentor');
    expect(goalShown()).to.equal(`For your goal: ${PROJECT}`);

    const memory = createMemoryClient({ store: backend.store });
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, {
      client: { ...memory, capabilities: { ...memory.capabilities, goals: false } },
    });
    const ui = new CardHarness(card);
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    await (await ui.agenda()).chooseFirstTime();
    await ui.waitFor('[part="summary"]');
    expect(goalSelect(ui)).to.equal(undefined);
  });
});
