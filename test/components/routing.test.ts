/**
 * Tags talk through events and the provider: what one asks of another (a journey's next step, a goal's
 * booking, a check-in's "Find another mentor") is a cancelable event, routed by the nearest
 * `<mentorship-provider>` that has a tag for it to that tag's public method (src/base/routing.ts) —
 * never by one tag querying another.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  createMemoryClient,
  GoalBookingRequestEvent,
  JourneyActionEvent,
  MemoryStore,
  type MentorScheduleCard,
  type MentorshipGoals,
} from '../../src/index.js';
import { deepActiveElement } from '../support/card-harness.js';
import { DEFAULT_NOW, fixedClock } from '../support/clock.js';
import { loaded } from '../support/fixtures.js';
import { ask as askFrom, type Routed } from '../../src/base/routing.js';

describe('requests between tags, routed by the provider', () => {
  const client = () => createMemoryClient({ store: new MemoryStore({ now: fixedClock(DEFAULT_NOW) }) });

  /** Dispatches `request` from `asker` as a tag does, and runs its answer: whether it was answered. */
  const ask = (asker: Element, request: Routed) => askFrom(asker, request);

  it('each request reaches its tag under the provider, which comes into view with the keyboard on it', async () => {
    const provider = await fixture(html`<mentorship-provider .client=${client()} locale="en">
      <mentorship-goals></mentorship-goals>
      <mentor-schedule-card></mentor-schedule-card>
      <p id="asker">a tag asking</p>
    </mentorship-provider>`);
    const goals = provider.querySelector<MentorshipGoals>('mentorship-goals')!;
    const card = provider.querySelector<MentorScheduleCard>('mentor-schedule-card')!;
    const asker = provider.querySelector('#asker')!;
    await loaded(goals);
    await loaded(card);

    expect(ask(asker, new JourneyActionEvent({ action: 'set-goals' })), 'set-goals answered').to.equal(true);
    await waitUntil(() => deepActiveElement() === goals.shadowRoot!.querySelector('#title'), 'a new goal’s title was not focused', {
      timeout: 5000,
    });

    expect(ask(asker, new JourneyActionEvent({ action: 'book-session' })), 'book-session answered').to.equal(true);
    await waitUntil(
      () => deepActiveElement() === card.shadowRoot!.querySelector('[part="step-title"]'),
      'the card’s step was not focused',
      {
        timeout: 5000,
      },
    );
    expect(card.open).to.equal(true);

    // Nothing under this provider answers the intake, and the journey's own steps are not routed.
    expect(ask(asker, new JourneyActionEvent({ action: 'intake' }))).to.equal(false);
    expect(ask(asker, new JourneyActionEvent({ action: 'close' }))).to.equal(false);

    // A page that routes the student itself cancels the request: not answered.
    const takeOver = (event: Event) => event.preventDefault();
    document.addEventListener('mentorship-goal-booking-request', takeOver);
    try {
      const [goal] = await client().listGoals!();
      expect(ask(asker, new GoalBookingRequestEvent({ goal }))).to.equal(false);
    } finally {
      document.removeEventListener('mentorship-goal-booking-request', takeOver);
    }
  });

  it('the nearest provider with a tag for it answers; without a provider the page routes it', async () => {
    const page = await fixture(html`<div>
      <mentorship-provider id="outer" .client=${client()} locale="en">
        <mentor-schedule-card id="outer-card"></mentor-schedule-card>
        <mentorship-provider id="inner" .client=${client()} locale="en">
          <mentor-schedule-card id="inner-card"></mentor-schedule-card>
          <p id="inner-asker"></p>
        </mentorship-provider>
        <p id="outer-asker"></p>
        <mentorship-provider id="bare" .client=${client()} locale="en"><p id="bare-asker"></p></mentorship-provider>
      </mentorship-provider>
      <p id="alone"></p>
    </div>`);
    const outer = page.querySelector<MentorScheduleCard>('#outer-card')!;
    const inner = page.querySelector<MentorScheduleCard>('#inner-card')!;
    await loaded(outer);
    await loaded(inner);

    ask(page.querySelector('#inner-asker')!, new JourneyActionEvent({ action: 'book-session' }));
    expect([outer.open, inner.open]).to.deep.equal([false, true]);
    inner.open = false;
    ask(page.querySelector('#outer-asker')!, new JourneyActionEvent({ action: 'book-session' }));
    expect([outer.open, inner.open]).to.deep.equal([true, false]);
    // The nearest provider has no card: the next one out answers.
    outer.open = false;
    expect(ask(page.querySelector('#bare-asker')!, new JourneyActionEvent({ action: 'book-session' }))).to.equal(true);
    expect([outer.open, inner.open]).to.deep.equal([true, false]);

    // No provider around the asker: nothing answers. The page routes it itself: it cancels the request
    // and calls the public method.
    const alone = page.querySelector('#alone')!;
    expect(ask(alone, new JourneyActionEvent({ action: 'book-session' }))).to.equal(false);
    inner.open = false;
    const route = (event: Event) => {
      event.preventDefault();
      inner.openBooking({ service: 'geekpal-coding-mentorship' });
    };
    document.addEventListener('mentorship-journey-action', route);
    try {
      expect(ask(alone, new JourneyActionEvent({ action: 'book-session' }))).to.equal(false);
      expect([inner.open, inner.service]).to.deep.equal([true, 'geekpal-coding-mentorship']);
    } finally {
      document.removeEventListener('mentorship-journey-action', route);
    }
  });
});
