import { expect, html, waitUntil } from '@open-wc/testing';
import { delay, http } from 'msw';
import {
  BookedEvent,
  composeClients,
  createMemoryClient,
  MemoryStore,
  MentorshipError,
  withCache,
  type MentorScheduleCard,
  type MentorshipClient,
  type MentorshipService,
} from '../../src/index.js';
import { METHOD_NAMES } from '../../src/client/methods.js';
import { clock } from '../../src/utils/clock.js';
import { CardHarness } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { loaded, mount } from '../support/fixtures.js';
import { serveStore, worker } from '../support/mock-backend.js';

const NOW = '2026-11-24T12:00:00.000Z';

/** An inner client whose listServices calls are counted and answered when the test says. */
function controllableClient() {
  const calls: Array<{ signal: AbortSignal | undefined; resolve: (value: MentorshipService[]) => void; reject: (error: unknown) => void }> =
    [];
  const inner: MentorshipClient = {
    ...createMemoryClient({ now: () => new Date(NOW) }),
    listServices: ({ signal } = {}) =>
      new Promise((resolve, reject) => {
        calls.push({ signal, resolve, reject });
      }),
  };
  return { inner, calls };
}

const services: MentorshipService[] = [{ slug: 's', name: 'S', description: '', durationMinutes: 30, kind: 'one_to_one' }];

describe('withCache', () => {
  it('sends identical requests in flight once, and reuses the answer', async () => {
    const { inner, calls } = controllableClient();
    const cached = withCache(inner);
    const first = cached.listServices({ signal: new AbortController().signal });
    const second = cached.listServices({ signal: new AbortController().signal });
    expect(calls).to.have.length(1);
    calls[0].resolve(services);
    expect(await first).to.equal(services);
    expect(await second).to.equal(services);
    expect(await cached.listServices()).to.equal(services);
    expect(calls).to.have.length(1);
    expect(withCache(inner)).to.equal(cached);
  });

  it('asks again once an answer is older than its time to live', async () => {
    const { inner, calls } = controllableClient();
    const cached = withCache(inner, { ttlMs: 30 });
    const first = cached.listServices();
    calls[0].resolve(services);
    await first;
    await new Promise(resolve => setTimeout(resolve, 40));
    void cached.listServices();
    expect(calls).to.have.length(2);
  });

  it('never keeps an error', async () => {
    const { inner, calls } = controllableClient();
    const cached = withCache(inner);
    const failing = cached.listServices();
    calls[0].reject(new MentorshipError('server', 'down'));
    await failing.catch(() => undefined);
    void cached.listServices();
    expect(calls).to.have.length(2);
  });

  it("ends one caller's wait on its abort, and aborts the request only when nobody waits", async () => {
    const { inner, calls } = controllableClient();
    const cached = withCache(inner);
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = cached.listServices({ signal: leaving.signal });
    const stays = cached.listServices({ signal: staying.signal });
    leaving.abort();
    expect(
      await left.then(
        () => 'resolved',
        (error: DOMException) => error.name,
      ),
    ).to.equal('AbortError');
    expect(calls[0].signal!.aborted).to.equal(false);
    calls[0].resolve(services);
    expect(await stays).to.equal(services);

    const { inner: other, calls: otherCalls } = controllableClient();
    const alone = withCache(other);
    const unmounted = new AbortController();
    const abandoned = alone.listServices({ signal: unmounted.signal }).catch(() => undefined);
    unmounted.abort();
    await abandoned;
    expect(otherCalls[0].signal!.aborted).to.equal(true);
    void alone.listServices();
    expect(otherCalls).to.have.length(2);
  });

  it('forgets what a booking changes — through it, or announced elsewhere on the page to its provider — but not services', async () => {
    const store = new MemoryStore({ now: fixedClock(NOW) });
    const counted: Record<string, number> = {};
    const inner = createMemoryClient({ store });
    const counting = new Proxy(inner, {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        return typeof value === 'function'
          ? (...args: unknown[]) => ((counted[String(key)] = (counted[String(key)] ?? 0) + 1), value(...args))
          : value;
      },
    });
    const cached = withCache(counting);
    const read = () => Promise.all([cached.listServices(), cached.getCredits(), cached.listMentors({ service: 'career-guidance' })]);
    await read();
    await read();
    expect(counted).to.include({ listServices: 1, getCredits: 1, listMentors: 1 });

    const session = await cached.bookSession({
      mentor: 'ana-garcia',
      service: 'geekpal-coding-mentorship',
      startsAt: '2026-11-24T15:00:00.000Z',
      timezone: 'UTC',
      idempotencyKey: 'k',
    });
    await read();
    expect(counted).to.include({ listServices: 1, getCredits: 2, listMentors: 2 });

    // The cache itself does not listen to the page: a change announced there reaches it through a provider.
    window.dispatchEvent(new BookedEvent({ session, timeZone: 'UTC' }));
    await read();
    expect(counted).to.include({ listServices: 1, getCredits: 2, listMentors: 2 });
    const provider = document.createElement('mentorship-provider');
    provider.client = counting;
    document.body.append(provider);
    await provider.updateComplete;
    window.dispatchEvent(new BookedEvent({ session, timeZone: 'UTC' }));
    await read();
    expect(counted).to.include({ listServices: 1, getCredits: 3, listMentors: 3 });
    provider.remove();
    window.dispatchEvent(new BookedEvent({ session, timeZone: 'UTC' }));
    await read();
    expect(counted, 'a provider that left the page no longer listens').to.include({ getCredits: 3 });
  });
});

describe('one method table for every wrapper', () => {
  it('withCache and composeClients keep every method a client has, optional ones included', () => {
    const full: MentorshipClient = { ...createMemoryClient(), getExternalBookingUrl: async () => 'https://example.com/book' };
    const methods = (client: MentorshipClient) =>
      Object.keys(client)
        .filter(key => typeof client[key as keyof MentorshipClient] === 'function')
        .sort();
    const all = methods(full);
    // Every method of the contract's table (the memory client has them all, BreatheCode's link added).
    expect(all).to.deep.equal([...METHOD_NAMES].sort());
    expect(methods(withCache(full))).to.deep.equal(all);
    expect(methods(composeClients({ scheduling: full }))).to.deep.equal(all);
    // And none that a backend lacks.
    const withoutRating = { ...full };
    delete withoutRating.rateSession;
    expect(methods(withCache(withoutRating))).not.to.include('rateSession');
    expect(methods(composeClients({ scheduling: full, sessions: withoutRating }))).not.to.include('rateSession');
  });
});

describe('withCache: one mentors list serves every service', () => {
  it("answers a service's list from the unfiltered one when it carries next free times, else asks", async () => {
    const store = new MemoryStore({ now: fixedClock(NOW) });
    const calls: Array<string | undefined> = [];
    const inner = createMemoryClient({ store });
    const counting: MentorshipClient = { ...inner, listMentors: params => (calls.push(params?.service), inner.listMentors(params)) };
    const cached = withCache(counting);
    const all = await cached.listMentors();
    const career = await cached.listMentors({ service: 'career-guidance' });
    expect(calls).to.deep.equal([undefined]);
    expect(career.map(mentor => mentor.slug)).to.deep.equal(
      all.filter(mentor => mentor.services.includes('career-guidance')).map(mentor => mentor.slug),
    );
    expect(career.find(mentor => mentor.slug === 'ana-garcia')!.nextAvailableAt).to.equal('2026-11-24T15:00:00.000Z');

    const withoutNextFree: MentorshipClient = {
      ...inner,
      listMentors: async params => (
        calls.push(params?.service),
        (await inner.listMentors(params)).map(({ nextAvailable: _n, ...mentor }) => mentor)
      ),
    };
    const plain = withCache(withoutNextFree);
    await plain.listMentors();
    await plain.listMentors({ service: 'career-guidance' });
    expect(calls).to.deep.equal([undefined, undefined, 'career-guidance']);
  });
});

describe('the booking flow’s requests under one provider', () => {
  const realNow = clock.now;
  afterEach(() => {
    clock.now = realNow;
  });

  it('asks each thing once: the card and its credits share, going back refetches nothing', async () => {
    // Issue #8's five requests, and the hold this backend offers: the mentor step's list comes from
    // the card's one mentors request (it carries each mentor's next free time per service). From the
    // time step on, the student's goals (for the confirm step's choice), once.
    clock.now = () => new Date(NOW);
    await serveStore(new MemoryStore({ now: fixedClock(NOW) }));
    const requests: string[] = [];
    (await worker()).use(
      http.all('/api/*', ({ request }) => {
        const url = new URL(request.url);
        requests.push(`${request.method} ${url.pathname}${url.search}`);
        return undefined;
      }),
      // Goals slow to come: still on their way when the student goes back a step, and not asked again.
      http.get('/api/goals', async () => {
        await delay(600);
        return undefined;
      }),
    );
    const ui = new CardHarness(await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { apiBase: '/api' }));
    await ui.waitFor('[part="avatars"]');
    await loaded(ui.one('mentorship-credits')!);
    await ui.open();
    await ui.chooseService('GeekPal');
    await ui.chooseMentor('Ana García');
    await ui.waitFor('[part~="slot"]');
    // Back to the mentors and forward again: nothing is asked twice.
    ui.one('[part~="back"]')!.click();
    await ui.waitFor('[part~="book"]');
    await ui.chooseMentor('Ana García');
    await ui.chooseTime('2026-11-24T15:00:00.000Z');
    await ui.waitFor('[part="summary"]');
    await ui.book();
    await ui.waitForStep("You're booked!");
    await waitUntil(() => requests.filter(request => request === 'GET /api/credits').length === 2, 'the credits were not asked again');

    // Up to the booking nothing is asked twice; after it, the credits are asked again to show the drop.
    const beforeBooking = requests.slice(0, requests.indexOf(requests.find(request => request.startsWith('POST /api/sessions'))!));
    expect(new Set(beforeBooking).size, beforeBooking.join('\n')).to.equal(beforeBooking.length);
    const shape = requests.map(request => request.replace(/\?.*/, ''));
    // The goals (for the confirm step's choice) are asked once from the time step on, whenever their
    // code arrives: a student quicker than that books without a goal.
    expect(shape.filter(request => request === 'GET /api/goals').length).to.be.at.most(1);
    expect(shape.filter(request => request !== 'GET /api/goals')).to.deep.equal([
      'GET /api/services',
      // What the backend supports, once, beside the first request (capabilities.test.ts).
      'GET /api/capabilities',
      'GET /api/mentors',
      'GET /api/credits',
      // Opening the card asks for what the steps read about the student, together: the profile (none
      // yet) and the past sessions' check-ins (which matter only with a profile, but waiting for it
      // would cost a round trip).
      'GET /api/profile',
      'GET /api/sessions',
      'GET /api/mentors/ana-garcia/availability',
      'POST /api/sessions',
      'GET /api/credits',
    ]);
  });
});
