/**
 * After any action the keyboard is on the thing that changed or its result, never on the page's body —
 * pressed with real keys (a scripted `.click()` hid these).
 */
import { html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { MentorScheduleCard, MentorshipGoals, MentorshipJourney, MentorshipSessions } from '../../src/index.js';
import { CardHarness, deepActiveElement } from '../support/card-harness.js';
import { chooseGoalDate, loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';
import { SessionsHarness } from '../support/sessions-harness.js';

const NOW = '2026-11-24T12:00:00.000Z';

async function press(control: Element | null | undefined, key = 'Enter'): Promise<void> {
  if (!(control instanceof HTMLElement)) throw new Error('nothing to press');
  control.focus();
  await sendKeys({ press: key });
}

/** Waits until the keyboard is on `expected()` (deep, across shadow roots). */
const focusOn = (expected: () => Element | null | undefined, what: string) =>
  waitUntil(
    () => {
      const target = expected();
      return !!target && deepActiveElement() === target;
    },
    `the keyboard is not on ${what} but on ${deepActiveElement()?.outerHTML.slice(0, 80)}`,
  );

describe('focus after an action, with real keys', () => {
  usePinnedBackend(NOW);

  it('"Keep it" and "Keep the current time" give the keyboard back to the button that opened them', async () => {
    const element = await mount<MentorshipSessions>(html`<mentorship-sessions></mentorship-sessions>`, { apiBase: '/api' });
    const ui = new SessionsHarness(element);
    await ui.loaded();
    const item = await ui.waitFor<HTMLElement>('[part="session"]:has([part~="cancel"]):has([part~="reschedule-toggle"])');
    const cancel = item.querySelector('[part~="cancel"]');
    await press(cancel);
    await focusOn(() => ui.one('[part~="keep"]'), '"Keep it"');
    await press(ui.one('[part~="keep"]'));
    await focusOn(() => cancel, 'the Cancel button');

    const move = item.querySelector('[part~="reschedule-toggle"]');
    await press(move);
    const keepTime = await ui.waitFor('[part~="keep-time"]');
    await press(keepTime);
    await focusOn(() => move, 'the Reschedule button');
  });

  it('"Not now" on the closing form gives the keyboard back to "Close the programme"', async () => {
    const journey = await mount<MentorshipJourney>(html`<mentorship-journey></mentorship-journey>`, { apiBase: '/api' });
    const root = journey.shadowRoot!;
    await waitUntil(() => root.querySelector('button[part~="close-program"]'), 'no way to close', { timeout: 5000 });
    await press(root.querySelector('button[part~="close-program"]'));
    await waitUntil(() => root.querySelector('[part="closing-form"]'), 'the closing form never opened', { timeout: 5000 });
    const notNow = [...root.querySelectorAll('[part="closing-form"] button')].find(button => textOf(button) === 'Not now');
    await press(notNow);
    await focusOn(() => root.querySelector('button[part~="close-program"]'), '"Close the programme"');
  });

  it('a new goal saved puts the keyboard on its heading once the list shows it', async () => {
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    await loaded(goals);
    const root = goals.shadowRoot!;
    await press(root.querySelector('[part~="new-goal"], [part~="first-goal"]'));
    await waitUntil(() => root.querySelector('#title'), 'the form never opened', { timeout: 5000 });
    for (const [selector, text] of [
      ['#title', 'Pass the JavaScript certification'],
      ['#successCriteria', 'A score of 80 or more'],
    ]) {
      root.querySelector<HTMLElement>(selector)!.focus();
      await sendKeys({ type: text });
    }
    await chooseGoalDate(root, '2026-12-20');
    await press(root.querySelector('[part~="save-goal"]'));
    await focusOn(
      () => [...root.querySelectorAll('h4[data-goal]')].find(heading => textOf(heading) === 'Pass the JavaScript certification'),
      'the new goal’s heading',
    );
  });

  it('a booking refused for credits (402) puts the keyboard on "No sessions left"', async () => {
    (await worker()).use(
      http.post('/api/sessions', () =>
        HttpResponse.json({ error: { code: 'no_credits', message: 'You have no sessions left.' } }, { status: 402 }),
      ),
    );
    const card = await mount<MentorScheduleCard>(
      html`<mentor-schedule-card service="geekpal-coding-mentorship" mentor="ana-garcia"></mentor-schedule-card>`,
      { apiBase: '/api' },
    );
    const ui = new CardHarness(card);
    await ui.chooseTime('2026-11-24T15:00:00.000Z');
    await ui.waitForStep('Confirm your session');
    await press(await ui.waitFor('[part~="confirm"]'));
    await ui.waitForStep('No sessions left');
    await focusOn(() => ui.one('[part="step-title"]'), 'the step title');
  });
});
