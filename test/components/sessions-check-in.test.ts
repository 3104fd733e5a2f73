import { expect, html, waitUntil } from '@open-wc/testing';
import {
  createHttpClient,
  createMemoryClient,
  type CheckedInEvent,
  type MentorshipSessions,
  type RematchRequestEvent,
} from '../../src/index.js';
import { eventsPerTest, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend } from '../support/mock-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';

const NOW = '2026-11-24T12:00:00.000Z';

async function pastSessions(options: { locale?: string; client?: ReturnType<typeof createHttpClient> } = {}) {
  const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, {
    apiBase: options.client ? undefined : '/api',
    client: options.client,
    locale: options.locale ?? 'en',
  });
  const ui = new SessionsHarness(element);
  await ui.loaded();
  await ui.showPast();
  return ui;
}

const checkInOf = (ui: SessionsHarness, mentor: string) => ui.sessionNow(mentor)?.querySelector<HTMLFormElement>('[part~="check-in"]');

describe('<mentorship-sessions>: the mentor’s notes and the check-in after a session', () => {
  const backend = usePinnedBackend(NOW);
  const checkedIn = eventsPerTest<CheckedInEvent>('mentorship-checked-in');
  const rematches = eventsPerTest<RematchRequestEvent>('mentorship-rematch-request');

  it('shows the mentor’s summary and next steps on a past session', async () => {
    const ui = await pastSessions();
    const ana = await ui.session('Ana García');
    expect(textOf(ana.querySelector('[part="summary"]'))).to.match(/^Your mentor’s summary: We walked through the component tree/);
    expect([...ana.querySelectorAll('[part="action-items"] li')].map(item => textOf(item))).to.deep.equal([
      'Move the to-do list state into a React context',
      'Write tests for adding and completing a to-do',
    ]);
    // Hostile or not, it is text.
    expect(ana.querySelector('[part="summary"] script, [part="summary"] img')).to.equal(null);
  });

  it('checks in: the rating, the goal’s steps done, the mentor’s fit; the goal moves and the form is gone', async () => {
    const ui = await pastSessions();
    await waitUntil(() => checkInOf(ui, 'Ana García')?.querySelector('[part="goal-progress"]'), 'no check-in with the goal', {
      timeout: 5000,
    });
    const form = checkInOf(ui, 'Ana García')!;
    expect([...form.querySelectorAll('legend')].map(legend => textOf(legend))).to.deep.equal([
      'How was this session?',
      'Progress on “Ship my final project: a full-stack to-do app”',
      'Is this mentor a good fit for you?',
    ]);
    // The goal's open steps, to tick.
    const steps = [...form.querySelectorAll<HTMLInputElement>('[part="goal-progress"] input[type="checkbox"]')];
    expect(steps.map(step => textOf(step.closest('label')))).to.deep.equal([
      'Connect the React front end to the API',
      'Deploy it and write the README',
    ]);
    // A rating is needed.
    form.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!.click();
    await waitUntil(() => ui.notice() === 'Choose a rating from 1 to 5 stars.', 'an empty rating was not refused');

    const form2 = checkInOf(ui, 'Ana García')!;
    form2.querySelectorAll<HTMLInputElement>('.stars input')[3].click();
    form2.querySelector<HTMLInputElement>('[part="goal-progress"] input[type="checkbox"]')!.click();
    [...form2.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(radio => radio.value === 'good')!.click();
    form2.querySelector('textarea')!.value = 'Clear next steps.';
    await ui.element.updateComplete;
    checkInOf(ui, 'Ana García')!.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!.click();

    await waitUntil(() => checkedIn().length === 1, 'no mentorship-checked-in');
    expect(checkedIn()[0].detail.session.checkIn).to.deep.equal({ rating: 4, comment: 'Clear next steps.', fit: 'good' });
    await waitUntil(() => ui.notice() === 'Thanks for checking in!', 'no thanks');
    await waitUntil(() => (ui.sessionNow('Ana García')?.textContent ?? '').includes('You rated it 4 out of 5'), 'the rating is not shown');
    expect(checkInOf(ui, 'Ana García')).to.equal(null);
    const [project] = await createMemoryClient({ store: backend.store }).listGoals!();
    expect(project.progress).to.equal(75);
    expect(project.steps.find(step => step.title.startsWith('Connect'))!.done).to.equal(true);
  });

  it('“Not a good fit” offers another mentor: an event the page may take over, else the card opens with that mentor last', async () => {
    const card = document.createElement('mentor-schedule-card');
    try {
      const ui = await pastSessions();
      // The card under the same provider: the provider routes the request to it.
      ui.element.parentElement!.append(card);
      await waitUntil(() => checkInOf(ui, 'Ana García'), 'no check-in', { timeout: 5000 });
      const form = checkInOf(ui, 'Ana García')!;
      form.querySelectorAll<HTMLInputElement>('.stars input')[1].click();
      [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(radio => radio.value === 'poor')!.click();
      await ui.element.updateComplete;
      form.querySelector<HTMLButtonElement>('[part~="send-feedback"]')!.click();
      await waitUntil(() => ui.sessionNow('Ana García')?.querySelector('[part~="rematch"]'), 'no "Find another mentor"', { timeout: 5000 });
      expect(checkedIn()[0].detail.session.checkIn?.fit).to.equal('poor');
      ui.sessionNow('Ana García')!.querySelector<HTMLButtonElement>('button[part~="rematch"]')!.click();
      expect(rematches()[0].detail.mentor.slug).to.equal('ana-garcia');
      expect(card.open).to.equal(true);
      expect(card.service).to.equal('geekpal-coding-mentorship');
      expect(card.rankLast).to.deep.equal(['ana-garcia']);
      // The card's mentor step lists her last.
      await waitUntil(() => card.shadowRoot!.querySelector('mentor-list')?.shadowRoot?.querySelector('[part~="book"]'), 'no mentor step');
      const list = card.shadowRoot!.querySelector('mentor-list')!;
      const names = [...list.shadowRoot!.querySelectorAll('[part~="book"]')].map(button => button.getAttribute('aria-label'));
      expect(names.at(-1) === 'See times with Ana García' || !names.includes('See times with Ana García')).to.equal(true);
      expect(names[0]).not.to.equal('See times with Ana García');
    } finally {
      card.remove();
    }
  });

  it('a backend without check-ins keeps the rating form; Spanish throughout', async () => {
    const plain = await pastSessions({ client: createHttpClient({ baseUrl: '/api', capabilities: { checkIns: false } }) });
    const ana = await plain.session('Ana García');
    expect(ana.querySelector('[part~="check-in"]')).to.equal(null);
    expect(ana.querySelector('[part="feedback"] legend')!.textContent.trim()).to.equal('How was this session?');

    const ui = await pastSessions({ locale: 'es' });
    await waitUntil(() => checkInOf(ui, 'Ana García')?.querySelector('[part="goal-progress"]'), 'no check-in', { timeout: 5000 });
    const form = checkInOf(ui, 'Ana García')!;
    expect(textOf(form.querySelector('p'))).to.equal('Cuéntanos cómo te fue');
    expect([...form.querySelectorAll('legend')].map(legend => textOf(legend))).to.deep.equal([
      '¿Qué tal estuvo esta sesión?',
      'Avance en «Publicar mi proyecto final: una app de tareas full-stack»',
      '¿Este mentor encaja contigo?',
    ]);
    expect(textOf(ui.sessionNow('Ana García')!.querySelector('[part="summary"] .muted'))).to.equal('Resumen de tu mentor:');
  });
});
