import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import {
  BookedEvent,
  createDemoDataset,
  createHttpClient,
  createMemoryClient,
  MemoryStore,
  type MentorshipCredits,
  type MentorshipErrorEvent,
} from '../../src/index.js';
import { clientGrace } from '../../src/base/states.js';
import { fixedClock } from '../support/clock.js';
import { collect, loaded, mount, textOf } from '../support/fixtures.js';
import { serveStore, worker } from '../support/mock-backend.js';

const CODING = 'geekpal-coding-mentorship';
const NOW_FOR_EMPTY = '2026-11-24T12:00:00.000Z';

function buckets(element: MentorshipCredits) {
  return [...element.shadowRoot!.querySelectorAll('[part="bucket"]')].map(bucket => ({
    name: textOf(bucket.querySelector('.name')),
    count: textOf(bucket.querySelector('[part~="count"]')),
    renewal: textOf(bucket.querySelector('[part="renewal"]')),
  }));
}

describe('<mentorship-credits>', () => {
  let store: MemoryStore;
  beforeEach(async () => {
    store = new MemoryStore({ now: fixedClock() });
    await serveStore(store);
  });

  it('shows every bucket: a count, Unlimited, 0 left, and whether it renews', async () => {
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, { apiBase: '/api' });
    await loaded(credits);
    expect(buckets(credits)).to.deep.equal([
      { name: 'Monthly mentorships', count: '4 left', renewal: 'Renews on December 1' },
      { name: 'Career services', count: 'Unlimited', renewal: 'Does not renew' },
      { name: 'Group sessions pack', count: '0 left', renewal: 'Does not renew' },
    ]);
  });

  it('speaks Spanish', async () => {
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, {
      apiBase: '/api',
      locale: 'es',
    });
    await loaded(credits);
    expect(buckets(credits)[0]).to.deep.equal({
      name: 'Mentorías mensuales',
      count: '4 disponibles',
      renewal: 'Se renueva el 1 de diciembre',
    });
    expect(buckets(credits)[1].count).to.equal('Ilimitadas');
    expect(textOf(credits.shadowRoot!.querySelector('h3'))).to.equal('Tus sesiones de mentoría');
  });

  it('with no credits at all says so once, not that the student ran out', async () => {
    const dataset = createDemoDataset(new Date(NOW_FOR_EMPTY));
    dataset.students[0].credits = [];
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, {
      client: createMemoryClient({ dataset }),
    });
    await loaded(credits);
    await waitUntil(() => credits.shadowRoot!.querySelector('[part="empty"]'), 'no empty state');
    expect(textOf(credits.shadowRoot)).to.contain('You have no mentoring sessions for this yet.').and.not.contain('ran out');
  });

  it('keeps each compact count on one line in a narrow sidebar, in Spanish too ("0 disponibles")', async () => {
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits compact style="width: 180px"></mentorship-credits>`, {
      client: createMemoryClient({ store }),
      locale: 'es',
    });
    await loaded(credits);
    const counts = [...credits.shadowRoot!.querySelectorAll<HTMLElement>('[part~="count"]')];
    expect(counts.map(count => textOf(count))).to.include('0 disponibles');
    for (const count of counts) {
      // Its words' lines (the box itself stretches to the name's height).
      const range = document.createRange();
      range.selectNodeContents(count);
      const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
      expect(lines.size, textOf(count)).to.equal(1);
    }
  });

  it('shows only the buckets that pay for its service, and a one-line compact summary', async () => {
    const client = createMemoryClient({ store });
    const career = await mount<MentorshipCredits>(html`<mentorship-credits service="career-guidance"></mentorship-credits>`, { client });
    await loaded(career);
    expect(buckets(career).map(bucket => bucket.name)).to.deep.equal(['Career services']);

    const compact = await mount<MentorshipCredits>(html`<mentorship-credits compact service=${CODING}></mentorship-credits>`, { client });
    await loaded(compact);
    expect(textOf(compact.shadowRoot)).to.equal('4 sessions left');

    compact.service = 'career-guidance';
    await waitUntil(() => textOf(compact.shadowRoot) === 'Unlimited sessions', 'unlimited is a word, never a number');
  });

  it('compact, for every service: what can be booked first, a spent bucket muted unless nothing is left at all', async () => {
    const all = await mount<MentorshipCredits>(html`<mentorship-credits compact></mentorship-credits>`, {
      client: createMemoryClient({ store }),
    });
    await loaded(all);
    const rows = () =>
      [...all.shadowRoot!.querySelectorAll('[part="bucket"]')].map(row => {
        const count = row.querySelector('[part="count"]')!;
        return `${textOf(row.querySelector('.name'))}: ${textOf(count)} ${count.classList.contains('empty') ? 'alarm' : count.classList.contains('spent') ? 'muted' : 'ok'}`;
      });
    expect(rows()).to.deep.equal(['Monthly mentorships: 4 left ok', 'Career services: Unlimited ok', 'Group sessions pack: 0 left muted']);
    const spent = all.shadowRoot!.querySelector('.spent')!;
    expect(getComputedStyle(spent).color).to.equal(getComputedStyle(all.shadowRoot!.querySelector('.name')!).color);

    const none = await mount<MentorshipCredits>(html`<mentorship-credits compact></mentorship-credits>`, {
      client: createMemoryClient({ store, student: 'student-out-of-credits' }),
    });
    await loaded(none);
    expect([...none.shadowRoot!.querySelectorAll('[part="count"]')].every(count => count.classList.contains('empty'))).to.equal(true);
  });

  it('explains an empty balance and links to purchase-url, never to a script URL', async () => {
    const client = createMemoryClient({ store, student: 'student-out-of-credits' });
    const credits = await mount<MentorshipCredits>(
      html`<mentorship-credits purchase-url="https://lms.example.com/pricing" subscriptions-url="javascript:alert(1)"></mentorship-credits>`,
      { client },
    );
    await loaded(credits);
    expect(buckets(credits)[0].count).to.equal('0 left');
    expect(textOf(credits.shadowRoot)).to.contain('You ran out of mentoring sessions');
    const purchase = credits.shadowRoot!.querySelector<HTMLAnchorElement>('[part="purchase"]')!;
    expect(textOf(purchase)).to.equal('Get more sessions');
    expect(purchase.href).to.equal('https://lms.example.com/pricing');
    expect(purchase.rel).to.equal('noopener');
    expect(credits.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(textOf(credits.shadowRoot)).not.to.contain('Manage subscriptions');

    credits.purchaseUrl = 'javascript:alert(1)';
    await credits.updateComplete;
    expect(credits.shadowRoot!.querySelector('[part="purchase"]')).to.equal(null);
  });

  it('drops by one when a booking anywhere on the page is announced', async () => {
    const client = createMemoryClient({ store });
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits compact service=${CODING}></mentorship-credits>`, { client });
    await loaded(credits);
    const session = await client.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-24T15:00:00.000Z',
      timezone: 'UTC',
      idempotencyKey: 'k',
    });
    document.body.dispatchEvent(new BookedEvent({ session, timeZone: 'UTC' }));
    await waitUntil(() => textOf(credits.shadowRoot) === '3 sessions left', 'the credits did not refresh');
  });

  it('shows a retryable failure with Try again and a mentorship-error event', async () => {
    const errors = collect<MentorshipErrorEvent>('mentorship-error');
    let failing = true;
    (await worker()).use(
      http.get('/api/credits', () =>
        failing ? HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 503 }) : undefined,
      ),
    );
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, { apiBase: '/api' });
    await waitUntil(() => credits.shadowRoot!.querySelector('[part="error"]'), 'no error state', { timeout: 5000 });
    expect(textOf(credits.shadowRoot!.querySelector('[part="error"] p'))).to.equal('Something went wrong on our side. Please try again.');
    expect(errors.map(event => [event.detail.code, event.detail.operation, event.detail.retryable])).to.deep.equal([
      ['server', 'credits', true],
    ]);

    failing = false;
    credits.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => buckets(credits).length === 3, 'Try again did not recover');
  });

  it('offers no Try again for a refusal', async () => {
    (await worker()).use(
      http.get('/api/credits', () => HttpResponse.json({ error: { code: 'forbidden', message: 'no' } }, { status: 403 })),
    );
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, { apiBase: '/api', locale: 'es' });
    await waitUntil(() => credits.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    expect(textOf(credits.shadowRoot!.querySelector('[part="error"]'))).to.equal('No tienes acceso a esto.');
    expect(credits.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
  });

  it('after a 401, Try again works once the host has renewed the token', async () => {
    let token = 'expired';
    (await worker()).use(
      http.get('/api/credits', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer expired'
          ? HttpResponse.json({ error: { code: 'unauthorized', message: 'expired' } }, { status: 401 })
          : undefined,
      ),
    );
    const client = createHttpClient({ baseUrl: '/api', getToken: () => token });
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, { client, locale: 'es' });
    await waitUntil(() => credits.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    expect(textOf(credits.shadowRoot!.querySelector('[part="error"] p'))).to.equal(
      'Tu sesión ha caducado. Vuelve a iniciar sesión para continuar.',
    );
    token = 'demo-student';
    credits.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => buckets(credits).length === 3, 'Try again did not recover after the token was renewed');
  });

  it('a failed load tries again by itself when the browser is back online', async () => {
    let failing = true;
    (await worker()).use(http.get('/api/credits', () => (failing ? HttpResponse.error() : undefined)));
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, {
      client: createHttpClient({ baseUrl: '/api', retries: 0 }),
    });
    await waitUntil(() => credits.shadowRoot!.querySelector('[part="error"]'), 'no error state');
    failing = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => buckets(credits).length === 3, 'it did not recover when the browser came back online');
  });

  it('shows a busy skeleton while loading, and, when the page gave no backend, that mentoring is not available', async () => {
    const slow = createMemoryClient({ store, latencyMs: 300 });
    const credits = await mount<MentorshipCredits>(html`<mentorship-credits></mentorship-credits>`, { client: slow });
    expect(credits.shadowRoot!.querySelector('[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    await loaded(credits);

    const errors = console.error;
    console.error = () => {};
    const grace = clientGrace.ms;
    clientGrace.ms = 100;
    try {
      const orphan = document.createElement('mentorship-credits');
      document.body.append(orphan);
      await waitUntil(() => orphan.shadowRoot!.querySelector('[part="error"]'), 'no set-up error shown');
      expect(textOf(orphan.shadowRoot)).to.contain('Mentoring is not available here.');
      orphan.remove();
    } finally {
      console.error = errors;
      clientGrace.ms = grace;
    }
  });
});
