/**
 * Opening the card waits for one round trip, not one per thing the steps read: the pointer on
 * "Schedule a mentoring session" asks for what the steps will read about the student (the profile,
 * the past sessions' check-ins, the goals) together, beside the steps' own code, through a client
 * that shares its answers; the steps then ask nothing again.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { createMemoryClient, MemoryStore, type MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { countingClient } from '../support/counting-client.js';
import { mount } from '../support/fixtures.js';

const NOW = '2026-11-24T12:00:00.000Z';

async function pointAt(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('<mentor-schedule-card>: what opening it reads', () => {
  const backend = () => countingClient(createMemoryClient({ store: new MemoryStore({ now: fixedClock(NOW) }) }));

  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('under a provider, the pointer on the button asks for the profile, past sessions and goals together; the steps ask nothing again', async () => {
    const { client, calls } = backend();
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { client });
    const ui = new CardHarness(card);
    const button = await ui.waitFor('[part~="open"]');
    expect([calls.getProfile, calls.listSessions, calls.listGoals]).to.deep.equal([undefined, undefined, undefined]);
    await pointAt(button);
    await waitUntil(() => calls.getProfile && calls.listSessions && calls.listGoals, 'nothing was asked ahead of the press');
    expect(card.open, 'still collapsed').to.equal(false);

    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    await (await ui.agenda()).chooseFirstTime();
    await ui.waitFor('[part="summary"]');
    expect([calls.getProfile, calls.listSessions, calls.listGoals]).to.deep.equal([1, 1, 1]);
  });

  it('refresh() asks again for everything the collapsed card shows, the credits too', async () => {
    const { client, calls } = backend();
    const card = await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { client });
    const credits = await new CardHarness(card).waitFor('mentorship-credits');
    await waitUntil(() => credits.shadowRoot?.querySelector('[part~="count"]'), 'the credits never showed');
    expect([calls.listMentors, calls.getCredits]).to.deep.equal([1, 1]);
    card.refresh();
    await waitUntil(() => calls.getCredits === 2 && calls.listMentors === 2, 'the card did not ask again');
  });

  it("with a client of the page's own (no provider to share answers), nothing is asked ahead: it would be asked twice", async () => {
    const { client, calls } = backend();
    const card = await fixture<MentorScheduleCard>(html`<mentor-schedule-card .client=${client}></mentor-schedule-card>`);
    const button = await new CardHarness(card).waitFor('[part~="open"]');
    await pointAt(button);
    // The steps' own code is fetched on intent; give it the time the reads would have taken.
    await new Promise(resolve => setTimeout(resolve, 200));
    expect([calls.getProfile, calls.listSessions, calls.listGoals]).to.deep.equal([undefined, undefined, undefined]);
  });
});
