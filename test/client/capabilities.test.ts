/**
 * A backend says what it supports (`GET /capabilities`, optional): asked once beside the first
 * request, every answer read only once it is known, a 404 read as everything, a failure that may pass
 * asked again, the page's own word sending nothing — and tags never offer what it lacks.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { DEMO_STUDENT } from '../../src/client/memory/dataset.js';
import { createHttpClient, type MentorshipGoals, type MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';
import { loaded, mount, textOf } from '../support/fixtures.js';
import { usePinnedBackend, worker } from '../support/mock-backend.js';

const SERVICES = { services: [{ slug: 'coding', name: 'Coding', description: '', duration_minutes: 60, kind: 'one_to_one' }] };

/** A fake backend: the paths asked, and the answer to `GET /capabilities` (a Response, or a function of the attempt). */
function backend(capabilities: (attempt: number) => Response | Promise<Response>) {
  const asked: string[] = [];
  let attempts = 0;
  const fetch = async (input: RequestInfo | URL) => {
    const path = new URL(input instanceof Request ? input.url : input.toString(), location.href).pathname.replace(/^\/fake/, '');
    asked.push(path);
    if (path === '/capabilities') return capabilities(attempts++);
    return Response.json(SERVICES);
  };
  return { asked, client: createHttpClient({ baseUrl: '/fake', retries: 0, fetch }) };
}

describe('GET /capabilities', () => {
  it('reads the backend’s own list: a flag left out or not true is off; asked once, beside the first request', async () => {
    const { asked, client } = backend(() =>
      Response.json({ availability: true, holds: false, cancel: true, goals: 'yes', check_ins: true }),
    );
    expect(client.capabilities.series, 'before it is known: everything').to.equal(true);
    await client.listServices();
    expect(client.capabilities).to.include({
      availability: true,
      cancel: true,
      checkIns: true,
      holds: false,
      goals: false,
      series: false,
      groups: false,
      profile: false,
      program: false,
    });
    await client.listServices();
    expect(asked.filter(path => path === '/capabilities')).to.have.length(1);
  });

  it('gives no answer before it knows: a slow declaration holds the first answer back', async () => {
    let declare!: (response: Response) => void;
    const { client } = backend(() => new Promise<Response>(resolve => (declare = resolve)));
    let answered = false;
    const services = client.listServices().then(() => (answered = true));
    await new Promise(resolve => setTimeout(resolve, 50));
    expect(answered, 'answered before the backend said what it supports').to.equal(false);
    declare(Response.json({ availability: true, cancel: true }));
    await services;
    expect(client.capabilities.goals).to.equal(false);
  });

  it('reads a backend without the route (404) or with an unreadable answer as supporting everything', async () => {
    for (const answer of [new Response('{"message":"no"}', { status: 404 }), new Response('<html>', { status: 200 })]) {
      const { asked, client } = backend(() => answer.clone());
      await client.listServices();
      await client.listServices();
      expect(client.capabilities).to.include({ series: true, goals: true, groups: true, checkIns: true });
      expect(
        asked.filter(path => path === '/capabilities'),
        'not asked again',
      ).to.have.length(1);
    }
  });

  it('asks again after a failure that may pass (offline), and sends nothing when the page says it', async () => {
    const { asked, client } = backend(attempt =>
      attempt === 0 ? Promise.reject(new TypeError('Failed to fetch')) : Response.json({ cancel: true }),
    );
    await client.listServices();
    expect(client.capabilities.series, 'not known yet: everything').to.equal(true);
    await client.listServices();
    expect(client.capabilities.series).to.equal(false);
    expect(asked.filter(path => path === '/capabilities')).to.have.length(2);

    const sent: string[] = [];
    const told = createHttpClient({
      baseUrl: '/fake',
      retries: 0,
      capabilities: { series: false },
      fetch: async input => {
        sent.push(input instanceof Request ? input.url : input.toString());
        return Response.json(SERVICES);
      },
    });
    await told.listServices();
    expect(sent.join(' ')).not.to.contain('/capabilities');
    expect(told.capabilities).to.include({ series: false, goals: true });
  });
});

describe('tags and a backend’s declared capabilities', () => {
  const pinned = usePinnedBackend('2026-11-24T12:00:00.000Z');

  /** The demo backend, declaring all of the contract but these; the paths of what the page asked. */
  async function declaring(off: string[]): Promise<string[]> {
    const asked: string[] = [];
    (await worker()).use(
      http.get('/api/capabilities', () =>
        HttpResponse.json(
          Object.fromEntries(
            [
              'availability',
              'holds',
              'cancel',
              'reschedule',
              'feedback',
              'groups',
              'goals',
              'check_ins',
              'series',
              'profile',
              'program',
            ].map(flag => [flag, !off.includes(flag)]),
          ),
        ),
      ),
      http.all('/api/*', ({ request }) => void asked.push(new URL(request.url).pathname)),
    );
    return asked;
  }

  /** The card at the confirm step for Ana's 15:00, the student having an active goal. */
  async function confirmStep(): Promise<CardHarness> {
    pinned.store.saveGoal(DEMO_STUDENT, { goal: { title: 'Ship my project', successCriteria: 'Deployed', targetDate: '2026-12-20' } });
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(
        html`<mentor-schedule-card service="geekpal-coding-mentorship" mentor="ana-garcia"></mentor-schedule-card>`,
        {
          apiBase: '/api',
        },
      ),
    );
    await ui.chooseTime('2026-11-24T15:00:00.000Z');
    await ui.waitForStep('Confirm your session');
    await ui.waitFor('[part~="confirm"]');
    return ui;
  }

  it('the card offers "Repeat" and the student’s goal when the backend has series and goals', async () => {
    await declaring([]);
    const ui = await confirmStep();
    await ui.waitFor('[part="goal-field"]', 'no goal to book for');
    expect(Boolean(ui.one('[part="repeat-field"]'))).to.equal(true);
  });

  it('the card offers neither "Repeat" nor a goal to book for when the backend has no series and no goals', async () => {
    const asked = await declaring(['series', 'goals']);
    const ui = await confirmStep();
    expect(Boolean(ui.one('[part="repeat-field"]')), '"Repeat" offered').to.equal(false);
    expect(Boolean(ui.one('[part="goal-field"]')), 'a goal offered').to.equal(false);
    expect(asked, 'asked for goals the backend does not keep').not.to.include('/api/goals');
  });

  it('<mentorship-goals> says goals are not kept here, with no error, when the backend has none', async () => {
    await declaring(['goals']);
    const goals = await mount<MentorshipGoals>(html`<mentorship-goals></mentorship-goals>`, { apiBase: '/api' });
    await loaded(goals);
    await waitUntil(() => goals.shadowRoot!.querySelector('[part="unavailable"]'), 'no "unavailable" state', { timeout: 5000 });
    expect(Boolean(goals.shadowRoot!.querySelector('[part="error"]'))).to.equal(false);
    expect(textOf(goals.shadowRoot!.querySelector('[part="unavailable"]'))).to.not.equal('');
  });
});
