import { expect, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createDemoDataset, createHttpClient, MemoryStore, type MentorshipErrorCode, type MentorshipErrorEvent } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { en } from '../../src/i18n/en.js';
import { fixedClock } from '../support/clock.js';
import { collect, mount, textOf } from '../support/fixtures.js';
import { serveStore, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

interface Fault {
  name: string;
  answer: () => Response | Promise<Response>;
  code: MentorshipErrorCode;
  retry: boolean;
}

const json = (status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code: 'x', message: `HTTP ${status}` } }, { status, headers });

const FAULTS: Fault[] = [
  { name: 'offline', answer: () => HttpResponse.error(), code: 'network', retry: true },
  { name: 'no answer', answer: () => delay('infinite').then(() => json(200)), code: 'timeout', retry: true },
  // After a 401 the host may renew the student's token: Try again is offered.
  { name: '401', answer: () => json(401), code: 'unauthorized', retry: true },
  { name: '402', answer: () => json(402), code: 'no-credits', retry: false },
  { name: '403', answer: () => json(403), code: 'forbidden', retry: false },
  { name: '404', answer: () => json(404), code: 'not-found', retry: false },
  { name: '409', answer: () => json(409), code: 'slot-taken', retry: false },
  { name: '429 with Retry-After', answer: () => json(429, { 'Retry-After': '120' }), code: 'rate-limited', retry: true },
  { name: '500', answer: () => json(500), code: 'server', retry: true },
  { name: '503', answer: () => json(503), code: 'server', retry: true },
  {
    name: 'a body that is not JSON',
    answer: () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 200 }),
    code: 'invalid-response',
    retry: true,
  },
  { name: 'JSON of the wrong shape', answer: () => HttpResponse.json({ surprise: true }), code: 'invalid-response', retry: true },
];

const TAGS = {
  'mentorship-credits': () => html`<mentorship-credits></mentorship-credits>`,
  'mentor-list': () => html`<mentor-list service="geekpal-coding-mentorship"></mentor-list>`,
  'mentor-agenda': () => html`<mentor-agenda mentor="ana-garcia" service="geekpal-coding-mentorship"></mentor-agenda>`,
  'mentor-schedule-card': () => html`<mentor-schedule-card></mentor-schedule-card>`,
  'mentorship-sessions': () => html`<mentorship-sessions></mentorship-sessions>`,
};

/** The client a page would give, with a short time limit so "no answer" is quick to see. */
const client = () => createHttpClient({ baseUrl: '/api', timeoutMs: 300, retries: 0 });

describe('fault matrix: every tag ends every failure in a labelled state', () => {
  const realNow = clock.now;
  beforeEach(async () => {
    clock.now = () => new Date(NOW);
    await serveStore(new MemoryStore({ now: fixedClock(NOW) }));
  });
  afterEach(() => {
    clock.now = realNow;
  });

  for (const [tag, template] of Object.entries(TAGS)) {
    for (const fault of FAULTS) {
      it(`<${tag}>: ${fault.name} → ${fault.code}${fault.retry ? ', Try again' : ''}`, async () => {
        const errors = collect<MentorshipErrorEvent>('mentorship-error');
        (await worker()).use(http.get('/api/*', fault.answer));
        const element = await mount<HTMLElement>(template(), { client: client() });
        await waitUntil(() => element.shadowRoot!.querySelector('[part="error"]'), 'no error state', { timeout: 3000 });
        const state = element.shadowRoot!.querySelector('[part="error"]')!;
        expect(state.getAttribute('role')).to.equal('alert');
        // Each failure in its own words, never a generic one.
        expect(textOf(state.querySelector('p'))).to.equal(en.errors[fault.code]);
        expect(element.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
        expect(state.querySelector('[part~="retry"]') !== null, 'Try again').to.equal(fault.retry);
        expect(errors.map(event => event.detail.code)).to.include(fault.code);
      });
    }
  }

  it('empty lists are empty states, not errors', async () => {
    (await worker()).use(
      http.get('/api/mentors', () => HttpResponse.json({ mentors: [] })),
      http.get('/api/credits', () => HttpResponse.json({ credits: [] })),
      http.get('/api/mentors/:slug/availability', () => HttpResponse.json({ timezone: 'Europe/Madrid', slots: [] })),
    );
    for (const template of Object.values(TAGS)) {
      const element = await mount<HTMLElement>(template(), { client: client() });
      await waitUntil(() => !element.shadowRoot!.querySelector('[part="loading"]') && textOf(element.shadowRoot) !== '', 'never settled');
      expect(element.shadowRoot!.querySelector('[part="error"]'), element.localName).to.equal(null);
    }
  });

  // A scale check, not a speed one (npm run bench measures that): the in-memory backend computes every
  // mentor's next free time, which on a loaded 2-core machine can take longer than the matrix's 300 ms
  // time limit, so this test's client waits as long as a page's default would.
  it('500 mentors render', async function () {
    this.timeout(20_000);
    const dataset = createDemoDataset(new Date(NOW));
    dataset.mentors = Array.from({ length: 500 }, (_, index) => ({
      ...dataset.mentors[index % 13],
      slug: `m-${index}`,
      name: `Mentor ${index}`,
    }));
    dataset.bookings = [];
    await serveStore(new MemoryStore({ now: fixedClock(NOW), dataset }));
    const list = await mount<HTMLElement>(TAGS['mentor-list'](), { client: createHttpClient({ baseUrl: '/api', retries: 0 }) });
    const root = list.shadowRoot!;
    await waitUntil(() => root.querySelector('[part="mentor"], [part="error"]'), 'never settled', { timeout: 15_000 });
    expect(textOf(root.querySelector('[part="error"]')), 'error state').to.equal('');
    const giving = dataset.mentors.filter(mentor => mentor.services.includes('geekpal-coding-mentorship')).length;
    expect(giving).to.equal(347);
    expect(textOf(root.querySelector('[part="count"]'))).to.equal('347 mentors');
    expect(root.querySelectorAll('[part="mentor"]')).to.have.length(20);
    expect(textOf(root.querySelector('[part~="more"]'))).to.equal('Show 20 more mentors');
  });
});
