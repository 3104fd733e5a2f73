import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryClient, MemoryStore, type BookedDetail, type MentorScheduleCard } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { CardHarness } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { textOf } from '../support/fixtures.js';

type ReactExample = typeof import('../../demo/frameworks/react-example.js');
type VueExample = typeof import('../../demo/frameworks/vue-example.js');
type ReactComponents = typeof import('./react-components.js');

/** The demo's example, bundled by the test runner (see scripts/bundle-on-request-plugin.mjs). */
const load = <T>(file: string) => import(/* @vite-ignore */ `/__bundle__/${file}`) as Promise<T>;

const NOW = '2026-11-24T12:00:00.000Z';

describe('framework examples', () => {
  const realNow = clock.now;
  let container: HTMLElement;
  beforeEach(() => {
    clock.now = () => new Date(NOW);
    container = document.createElement('div');
    container.style.width = '400px';
    document.body.append(container);
  });
  afterEach(() => {
    clock.now = realNow;
    container.remove();
  });

  /** Books the card's mentor (Ana) at 10:00 in Bogotá, through the card; the React handler hears it once. */
  async function bookAnaAtTen(heard: BookedDetail[]): Promise<void> {
    const ui = new CardHarness(container.querySelector<MentorScheduleCard>('mentor-schedule-card')!);
    await ui.chooseTime('2026-11-24T15:00:00.000Z');
    await ui.waitForStep('Confirm your session');
    await ui.book();
    await ui.waitForStep("You're booked!");
    await waitUntil(() => heard.length === 1, 'the React handler never ran');
    expect(heard[0].session).to.include({ startsAt: '2026-11-24T15:00:00.000Z', service: 'geekpal-coding-mentorship' });
  }

  it('React 19: passes the client as a property and hears mentorship-booked', async () => {
    const { mountReactExample } = await load<ReactExample>('demo/frameworks/react-example.tsx');
    const heard: BookedDetail[] = [];
    const root = mountReactExample(container, {
      client: createMemoryClient({ store: new MemoryStore({ now: fixedClock(NOW) }) }),
      onBooked: detail => heard.push(detail),
    });
    try {
      await waitUntil(() => container.querySelector('mentor-schedule-card'), 'React did not render the card');
      await bookAnaAtTen(heard);
      await waitUntil(() => container.querySelector('[role="status"]'), 'React did not re-render');
      expect(textOf(container.querySelector('[role="status"]'))).to.equal('React heard mentorship-booked: 2026-11-24T15:00:00.000Z');
    } finally {
      root.unmount();
    }
  });

  for (const [major, bundle] of [
    ['19', 'test/frameworks/react-components.tsx'],
    ['18', 'react18/test/frameworks/react-components.tsx'],
  ] as const) {
    it(`React ${major}, mentorship-widgets/react's components: the client set as a property, onMentorshipBooked heard`, async function () {
      this.timeout(20_000);
      const { mountBooking, reactVersion } = await load<ReactComponents>(bundle);
      expect(reactVersion.split('.')[0]).to.equal(major);
      const heard: BookedDetail[] = [];
      const client = createMemoryClient({ store: new MemoryStore({ now: fixedClock(NOW) }) });
      const root = mountBooking(container, client, detail => heard.push(detail));
      try {
        await waitUntil(() => container.querySelector('mentor-schedule-card'), 'React did not render the card');
        const provider = container.querySelector('mentorship-provider')!;
        // A property, not an attribute: React 18 alone would have written "[object Object]".
        expect(provider.client === client, 'the provider holds the client object').to.equal(true);
        expect(provider.hasAttribute('client')).to.equal(false);
        await bookAnaAtTen(heard);
        await waitUntil(() => container.querySelector('[role="status"]'), 'React did not re-render');
        expect(textOf(container.querySelector('[role="status"]'))).to.match(
          new RegExp(`^React ${major}\\.[\\d.]+ heard mentorship-booked: 2026-11-24T15:00:00.000Z$`),
        );
      } finally {
        root.unmount();
      }
    });
  }

  it('Vue 3: passes the client as a DOM property and hears mentorship-booked', async () => {
    const { mountVueExample } = await load<VueExample>('demo/frameworks/vue-example.ts');
    const app = mountVueExample(container, createMemoryClient({ store: new MemoryStore({ now: fixedClock(NOW) }) }));
    try {
      const ui = new CardHarness(container.querySelector<MentorScheduleCard>('mentor-schedule-card')!);
      await ui.waitForStep('Choose a mentor');
      await ui.chooseMentor('James Carter');
      await ui.waitForStep('Choose a time');
      (await ui.waitFor('[part~="slot"]')).click();
      await ui.waitForStep('Confirm your session');
      await ui.book();
      await ui.waitForStep("You're booked!");
      await waitUntil(() => container.querySelector('[role="status"]'), 'Vue did not re-render');
      expect(textOf(container.querySelector('[role="status"]'))).to.match(/^Vue heard mentorship-booked: 2026-11-2\dT/);
    } finally {
      app.unmount();
    }
  });
});
