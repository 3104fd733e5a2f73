import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import { createHttpClient, MemoryStore, type HttpClientOptions, type MentorshipErrorCode } from '../../src/index.js';
import { fixedClock } from '../support/clock.js';
import { serveStore, worker } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';
import { takeDropped } from '../../src/client/decode.js';

const CODING = 'geekpal-coding-mentorship';

/**
 * Records every request that reaches `/api` before the store answers it, but `GET /capabilities`,
 * which every client asks once beside its first request (capabilities.test.ts).
 */
async function recordRequests(): Promise<Request[]> {
  const seen: Request[] = [];
  (await worker()).use(
    http.all('/api/*', ({ request }) => {
      if (!request.url.endsWith('/api/capabilities')) seen.push(request.clone());
      return undefined; // fall through to the store's handlers
    }),
  );
  return seen;
}

describe('createHttpClient against the REST contract', () => {
  let store: MemoryStore;
  const client = (options: Partial<HttpClientOptions> = {}) => createHttpClient({ baseUrl: '/api', retryDelayMs: 1, ...options });

  beforeEach(async () => {
    store = new MemoryStore({ now: fixedClock() });
    await serveStore(store);
  });

  describe('endpoints', () => {
    it('GET /services → services in domain shape', async () => {
      const services = await client().listServices();
      expect(services).to.have.length(4);
      expect(services[0]).to.deep.equal({
        slug: CODING,
        name: 'GeekPal 1-1 Coding Mentorship',
        description: 'Pair with a senior developer on your code, your projects and whatever is blocking you.',
        durationMinutes: 60,
        kind: 'one_to_one',
      });
    });

    it("reads a service's change policy (change_notice_hours), and ignores one it cannot read without dropping the service", async () => {
      const service = { slug: 'a', name: 'A', description: '', duration_minutes: 30, kind: 'one_to_one' };
      (await worker()).use(
        http.get('/api/services', () =>
          HttpResponse.json({
            services: [
              { ...service, change_notice_hours: 24 },
              { ...service, slug: 'b', change_notice_hours: '24h' },
              { ...service, slug: 'c' },
            ],
          }),
        ),
      );
      const services = await client().listServices();
      expect(services.map(each => [each.slug, each.changeNoticeHours])).to.deep.equal([
        ['a', 24],
        ['b', undefined],
        ['c', undefined],
      ]);
      expect('changeNoticeHours' in services[2]).to.equal(false);
      expect(takeDropped(services)).to.equal(0);
    });

    it('GET /mentors, with and without the service filter', async () => {
      const requests = await recordRequests();
      const all = await client().listMentors();
      const career = await client().listMentors({ service: 'career-guidance' });
      expect(all).to.have.length(13);
      expect(career.map(mentor => mentor.slug).sort()).to.deep.equal([
        'ana-garcia',
        'camila-torres',
        'james-carter',
        'lucia-martin',
        'rahul-verma',
        'sofia-alvarez',
      ]);
      expect(career.every(mentor => mentor.services.includes('career-guidance'))).to.equal(true);
      expect(new URL(requests[0].url).search).to.equal('');
      expect(new URL(requests[1].url).searchParams.get('service')).to.equal('career-guidance');
      expect(all.find(mentor => mentor.slug === 'ana-garcia')).to.deep.include({
        avatarUrl: null,
        timezone: 'Europe/Madrid',
        languages: ['es', 'en'],
        rating: 4.9,
      });
      expect(all[0].nextAvailableAt).to.equal(undefined);
      expect(all.find(mentor => mentor.slug === 'ana-garcia')!.nextAvailable).to.deep.equal({
        [CODING]: '2026-11-24T15:00:00.000Z',
        'career-guidance': '2026-11-24T15:00:00.000Z',
      });
      expect(career.find(mentor => mentor.slug === 'ana-garcia')!.nextAvailableAt).to.equal('2026-11-24T15:00:00.000Z');
    });

    it('GET /mentors/SLUG/availability', async () => {
      const requests = await recordRequests();
      const availability = await client().getAvailability({
        mentor: 'ana-garcia',
        service: CODING,
        from: '2026-11-24T00:00:00.000Z',
        to: '2026-11-25T00:00:00.000Z',
      });
      expect(availability.timezone).to.equal('Europe/Madrid');
      expect(availability.slots[0]).to.deep.equal({ startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z' });
      const url = new URL(requests[0].url);
      expect(url.pathname).to.equal('/api/mentors/ana-garcia/availability');
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({
        service: CODING,
        from: '2026-11-24T00:00:00.000Z',
        to: '2026-11-25T00:00:00.000Z',
      });
    });

    it('POST /sessions sends the contract body and headers, and answers the session', async () => {
      const requests = await recordRequests();
      const session = await client({ getToken: () => 'demo-student', locale: 'es-CO' }).bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: '2026-11-24T15:00:00.000Z',
        timezone: 'America/Bogota',
        agenda: 'Review my <script> tags',
        idempotencyKey: 'key-1',
      });
      expect(session).to.include({
        service: CODING,
        startsAt: '2026-11-24T15:00:00.000Z',
        status: 'scheduled',
        agenda: 'Review my <script> tags',
      });
      const [request] = requests;
      expect(request.method).to.equal('POST');
      expect(request.headers.get('Idempotency-Key')).to.equal('key-1');
      expect(request.headers.get('Authorization')).to.equal('Bearer demo-student');
      expect(request.headers.get('Accept-Language')).to.equal('es-CO');
      expect(request.headers.get('Content-Type')).to.equal('application/json');
      expect(await request.json()).to.deep.equal({
        service: CODING,
        mentor: 'ana-garcia',
        starts_at: '2026-11-24T15:00:00.000Z',
        timezone: 'America/Bogota',
        agenda: 'Review my <script> tags',
      });
    });

    it('GET /credits → buckets, null meaning unlimited', async () => {
      const credits = await client().getCredits();
      expect(credits.map(bucket => bucket.remaining)).to.deep.equal([4, null, 0]);
      expect(credits[0]).to.deep.equal({
        id: 'monthly-coding',
        name: 'Monthly mentorships',
        services: [CODING],
        remaining: 4,
        renewsAt: '2026-12-01T12:00:00.000Z',
        renewal: 'month',
      });
    });

    it('GET /sessions?status= and POST /sessions/ID/cancel', async () => {
      const [upcoming] = await client().listSessions({ status: 'upcoming' });
      const [past] = await client().listSessions({ status: 'past' });
      expect(upcoming.status).to.equal('scheduled');
      expect(upcoming.mentor).to.deep.equal({ slug: 'valentina-rojas', name: 'Valentina Rojas', avatarUrl: null });
      expect(past.status).to.equal('completed');
      const canceled = await client().cancelSession({ id: upcoming.id });
      expect(canceled).to.include({ id: upcoming.id, status: 'canceled' });
      expect(await client().listSessions({ status: 'upcoming' })).to.deep.equal([]);
    });

    it('POST /sessions/ID/reschedule and POST /sessions/ID/feedback, with the backend’s reason for a refusal', async () => {
      const requests = await recordRequests();
      const [upcoming] = await client().listSessions({ status: 'upcoming' });
      const startsAt = '2026-11-27T15:00:00.000Z';
      const free = await client().getAvailability({
        mentor: 'valentina-rojas',
        service: CODING,
        from: startsAt,
        to: '2026-11-28T00:00:00.000Z',
      });
      const target = free.slots[0].startsAt;
      const moved = await client().rescheduleSession!({ id: upcoming.id, startsAt: target, idempotencyKey: 'move-1' });
      expect(moved).to.include({ id: upcoming.id, startsAt: target, status: 'scheduled' });
      const move = requests.find(request => request.url.endsWith(`/api/sessions/${upcoming.id}/reschedule`))!;
      expect(move.method).to.equal('POST');
      expect(move.headers.get('Idempotency-Key')).to.equal('move-1');
      expect(await move.json()).to.deep.equal({ starts_at: target });

      const [past] = await client().listSessions({ status: 'past' });
      expect(past.feedback).to.equal(null);
      const rated = await client().rateSession!({ id: past.id, rating: 4, comment: 'Clear' });
      expect(rated.feedback).to.deep.equal({ rating: 4, comment: 'Clear' });
      const feedback = requests.find(request => request.url.endsWith(`/api/sessions/${past.id}/feedback`))!;
      expect(await feedback.json()).to.deep.equal({ rating: 4, comment: 'Clear' });

      const again = await rejection(client({ locale: 'es-CO' }).rateSession!({ id: past.id, rating: 5 }));
      expect(again).to.include({ code: 'forbidden', status: 403, reason: 'Ya calificaste esta sesión.' });
      // A server failure's words are diagnostic only: never offered as a reason to show.
      (await worker()).use(
        http.post('/api/sessions/:id/cancel', () => HttpResponse.json({ error: { message: 'stack trace…' } }, { status: 500 })),
      );
      const failed = await rejection(client({ retries: 0 }).cancelSession({ id: upcoming.id }));
      expect(failed).to.include({ code: 'server', reason: undefined });
    });

    it('a session’s feedback must be a 1–5 rating: anything else is left out and reported, the session kept', async () => {
      (await worker()).use(
        http.get('/api/sessions', () =>
          HttpResponse.json({
            sessions: [
              {
                id: 's',
                service: CODING,
                mentor: { slug: 'a', name: 'A', avatar_url: null },
                starts_at: '2026-11-20T15:00:00Z',
                ends_at: '2026-11-20T16:00:00Z',
                status: 'completed',
                join_url: null,
                agenda: '',
                feedback: { rating: 9, comment: '' },
              },
            ],
          }),
        ),
      );
      // A field the session can be shown without is left out and counted, not the session dropped.
      const sessions = await client().listSessions({ status: 'past' });
      expect(sessions.map(session => [session.id, session.feedback])).to.deep.equal([['s', undefined]]);
      expect(takeDropped(sessions)).to.equal(1);
      expect(takeDropped(sessions), 'counted once').to.equal(0);
    });

    it('GET /group-sessions?service= and POST /group-sessions/ID/seats, a full one refused in the asked language', async () => {
      const requests = await recordRequests();
      const student = client({ getToken: () => 'student-2' });
      const groups = await student.listGroupSessions!({ service: 'group-code-review' });
      expect(requests[0].url).to.match(/\/api\/group-sessions\?service=group-code-review$/);
      expect(groups[0]).to.deep.equal({
        id: 'grp-rest-apis',
        service: 'group-code-review',
        mentor: { slug: 'valentina-rojas', name: 'Valentina Rojas', avatarUrl: null },
        title: 'REST APIs with Express',
        startsAt: '2026-11-25T22:00:00.000Z',
        endsAt: '2026-11-25T23:00:00.000Z',
        seats: 6,
        seatsLeft: 4,
        joined: false,
      });

      const session = await student.bookGroupSeat!({
        groupSession: 'grp-rest-apis',
        timezone: 'Europe/Madrid',
        agenda: 'Auth',
        idempotencyKey: 'seat-1',
      });
      expect(session).to.include({ groupSession: 'grp-rest-apis', startsAt: '2026-11-25T22:00:00.000Z', agenda: 'Auth' });
      const post = requests.find(request => request.method === 'POST')!;
      expect(post.url).to.match(/\/api\/group-sessions\/grp-rest-apis\/seats$/);
      expect(post.headers.get('Idempotency-Key')).to.equal('seat-1');
      expect(await post.json()).to.deep.equal({ timezone: 'Europe/Madrid', agenda: 'Auth' });
      expect((await student.listGroupSessions!({ service: 'group-code-review' }))[0]).to.include({ seatsLeft: 3, joined: true });

      const full = await rejection(
        client({ getToken: () => 'student-unlimited', locale: 'es' }).bookGroupSeat!({
          groupSession: 'grp-docker',
          timezone: 'UTC',
          idempotencyKey: 'x',
        }),
      );
      expect(full).to.include({ code: 'slot-taken', status: 409, reason: 'Esta sesión grupal está llena.' });
    });

    it('a group session of the wrong shape is an invalid response naming the field', async () => {
      (await worker()).use(
        http.get('/api/group-sessions', () =>
          HttpResponse.json({
            group_sessions: [
              {
                id: 'g',
                service: 'group-code-review',
                mentor: { slug: 'a', name: 'A', avatar_url: 'javascript:alert(1)' },
                title: 'T',
                starts_at: '2026-11-25T22:00:00Z',
                ends_at: '2026-11-25T23:00:00Z',
                seats: 6,
                seats_left: -1,
                joined: false,
              },
            ],
          }),
        ),
      );
      const groups = await client().listGroupSessions!({ service: 'group-code-review' });
      expect(groups).to.deep.equal([]);
      expect(takeDropped(groups)).to.equal(1);
    });

    it('POST /holds, DELETE /holds/ID, and booking with hold_id', async () => {
      const requests = await recordRequests();
      const slot = { mentor: 'ana-garcia', service: CODING, startsAt: '2026-11-24T15:00:00.000Z' };
      const hold = await client().holdSlot!(slot);
      expect(hold).to.deep.equal({ id: hold.id, expiresAt: '2026-11-24T12:05:00.000Z' });
      await client().releaseHold!({ id: hold.id });
      const again = await client().holdSlot!(slot);
      await client().bookSession({ ...slot, timezone: 'UTC', idempotencyKey: 'k', holdId: again.id });

      expect(requests.map(request => `${request.method} ${new URL(request.url).pathname}`)).to.deep.equal([
        'POST /api/holds',
        `DELETE /api/holds/${hold.id}`,
        'POST /api/holds',
        'POST /api/sessions',
      ]);
      expect(await requests[0].json()).to.deep.equal({ service: CODING, mentor: 'ana-garcia', starts_at: slot.startsAt });
      expect((await requests[3].json()).hold_id).to.equal(again.id);
    });

    it('sends no Authorization header without a token, and honours the base URL', async () => {
      const requests = await recordRequests();
      await createHttpClient({ baseUrl: '/api/' }).listServices();
      expect(requests[0].headers.has('Authorization')).to.equal(false);
      expect(new URL(requests[0].url).pathname).to.equal('/api/services');
    });

    it('maps a backend refusal to the contract error, with its message and status', async () => {
      const error = await rejection(client({ getToken: () => 'not-a-student' }).getCredits());
      expect(error).to.include({ code: 'unauthorized', status: 401, retryable: false, message: 'Unknown or expired token.' });
      const taken = await rejection(client().holdSlot!({ mentor: 'ana-garcia', service: CODING, startsAt: '2026-11-25T15:00:00.000Z' }));
      expect(taken).to.include({ code: 'slot-taken', status: 409 });
    });
  });

  describe('error mapping', () => {
    const cases: Array<[number, MentorshipErrorCode, boolean]> = [
      [400, 'bad-request', false],
      [401, 'unauthorized', false],
      [402, 'no-credits', false],
      [403, 'forbidden', false],
      [404, 'not-found', false],
      [409, 'slot-taken', false],
      [422, 'bad-request', false],
      [429, 'rate-limited', true],
      [500, 'server', true],
      [503, 'server', true],
    ];
    for (const [status, code, retryable] of cases) {
      it(`${status} → ${code}`, async () => {
        (await worker()).use(http.get('/api/credits', () => HttpResponse.json({ error: { code, message: `said ${status}` } }, { status })));
        const error = await rejection(client({ retries: 0 }).getCredits());
        expect(error).to.include({ code, status, retryable, message: `said ${status}` });
      });
    }

    it('a network failure → network', async () => {
      (await worker()).use(http.get('/api/services', () => HttpResponse.error()));
      expect(await rejection(client({ retries: 0 }).listServices())).to.include({ code: 'network', retryable: true });
    });

    it('no answer in time → timeout', async () => {
      (await worker()).use(http.get('/api/services', () => delay('infinite')));
      const error = await rejection(client({ timeoutMs: 50, retries: 0 }).listServices());
      expect(error).to.include({ code: 'timeout', retryable: true });
    });

    it('a body that is not JSON → invalid-response', async () => {
      (await worker()).use(http.get('/api/services', () => new HttpResponse('<html>Gateway</html>', { status: 200 })));
      expect((await rejection(client().listServices())).code).to.equal('invalid-response');
    });

    it('an envelope of the wrong shape → invalid-response naming the field', async () => {
      (await worker()).use(http.get('/api/mentors', () => HttpResponse.json({ mentors: { slug: 'x' } })));
      const error = await rejection(client().listMentors());
      expect(error.code).to.equal('invalid-response');
      expect(error.message).to.contain('response.mentors');
    });

    it('a record of the wrong shape is left out of its list and counted; the rest is kept', async () => {
      (await worker()).use(
        http.get('/api/mentors', () =>
          HttpResponse.json({
            mentors: [
              { slug: 'x', timezone: 'Europe/Madrid' },
              { slug: 'z', name: 'Z', timezone: 'Europe/Madrid', languages: 'en', services: ['coding', 7] },
              {
                slug: 'y',
                name: 'Y',
                avatar_url: null,
                headline: '',
                bio: '',
                timezone: 'Europe/Madrid',
                languages: [],
                skills: [],
                rating: null,
                services: [],
              },
            ],
          }),
        ),
      );
      const mentors = await client().listMentors();
      // Without a name the mentor is left out; languages that are not a list, or a service that is not a
      // name, are left out of a mentor who stays.
      expect(mentors.map(mentor => [mentor.slug, mentor.languages, mentor.services])).to.deep.equal([
        ['z', [], ['coding']],
        ['y', [], []],
      ]);
      expect(takeDropped(mentors), 'a mentor, a field and a service').to.equal(3);
    });

    it('an unknown status or kind is kept as sent; near-misses read as the known value', async () => {
      const session = (status: string) => ({
        id: status,
        service: CODING,
        mentor: { slug: 'a', name: 'A', avatar_url: null },
        starts_at: '2026-11-24T15:00:00Z',
        ends_at: '2026-11-24T16:00:00Z',
        status,
        join_url: null,
        agenda: '',
      });
      (await worker()).use(
        http.get('/api/sessions', () => HttpResponse.json({ sessions: [session('on_hold'), session('Cancelled'), session('no-show')] })),
        http.get('/api/services', () =>
          HttpResponse.json({ services: [{ slug: 'w', name: 'Workshop', description: '', duration_minutes: 90, kind: 'workshop' }] }),
        ),
      );
      const statuses = (await client().listSessions({ status: 'upcoming' })).map(listed => listed.status);
      expect(statuses).to.deep.equal(['on_hold', 'canceled', 'missed']);
      expect((await client().listServices())[0].kind).to.equal('workshop');
    });

    it('an unknown time zone is a wrong shape', async () => {
      (await worker()).use(
        http.get('/api/mentors/:slug/availability', () => HttpResponse.json({ timezone: 'Mars/Base', slots: [] })),
        http.get('/api/sessions', () =>
          HttpResponse.json({
            sessions: [
              {
                id: '1',
                service: CODING,
                mentor: { slug: 'a', name: 'A', avatar_url: null },
                starts_at: '2026-11-24T15:00:00Z',
                ends_at: '2026-11-24T16:00:00Z',
                status: 'exploded',
                join_url: null,
                agenda: '',
              },
            ],
          }),
        ),
      );
      const range = { mentor: 'ana-garcia', service: CODING, from: '2026-11-24T00:00:00Z', to: '2026-11-25T00:00:00Z' };
      expect((await rejection(client().getAvailability(range))).message).to.contain('timezone');
      // A status this client does not know is no reason to lose the session.
      expect((await client().listSessions({ status: 'upcoming' })).map(listed => listed.status)).to.deep.equal(['exploded']);
    });

    it('drops URLs that are not http(s), instead of passing them on', async () => {
      (await worker()).use(
        http.get('/api/sessions', () =>
          HttpResponse.json({
            sessions: [
              {
                id: '1',
                service: CODING,
                mentor: { slug: 'a', name: 'A', avatar_url: 'javascript:alert(1)' },
                starts_at: '2026-11-24T15:00:00+01:00',
                ends_at: '2026-11-24T16:00:00+01:00',
                status: 'scheduled',
                join_url: 'data:text/html,<script>alert(1)</script>',
                agenda: null,
              },
            ],
          }),
        ),
      );
      const [session] = await client().listSessions({ status: 'upcoming' });
      expect(session.mentor.avatarUrl).to.equal(null);
      expect(session.joinUrl).to.equal(null);
      expect(session.agenda).to.equal('');
      expect(session.startsAt).to.equal('2026-11-24T14:00:00.000Z');
    });
  });

  describe('retries', () => {
    it('retries a GET after transient failures, a bounded number of times', async () => {
      let calls = 0;
      (await worker()).use(
        http.get('/api/services', () => {
          calls += 1;
          if (calls === 1) return HttpResponse.error();
          if (calls === 2) return new HttpResponse(null, { status: 503 });
          return undefined;
        }),
      );
      expect(await client().listServices()).to.have.length(4);
      expect(calls).to.equal(3);

      calls = 0;
      (await worker()).use(http.get('/api/credits', () => ((calls += 1), new HttpResponse(null, { status: 500 }))));
      expect((await rejection(client({ retries: 2 }).getCredits())).code).to.equal('server');
      expect(calls).to.equal(3);
    });

    it('waits out a short Retry-After on 429, and gives up on a long one', async () => {
      let calls = 0;
      (await worker()).use(
        http.get('/api/services', () => {
          calls += 1;
          return calls === 1 ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '0' } }) : undefined;
        }),
        http.get('/api/credits', () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } })),
      );
      expect(await client().listServices()).to.have.length(4);
      expect(calls).to.equal(2);
      expect(await rejection(client().getCredits())).to.include({ code: 'rate-limited', retryAfter: 120 });
    });

    it('does not retry a 503 sooner than its Retry-After asks', async () => {
      let calls = 0;
      (await worker()).use(
        http.get('/api/credits', () => ((calls += 1), new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } }))),
      );
      expect(await rejection(client().getCredits())).to.include({ code: 'server', retryAfter: 30 });
      expect(calls).to.equal(1);
    });

    it('does not retry refusals', async () => {
      let calls = 0;
      (await worker()).use(http.get('/api/credits', () => ((calls += 1), new HttpResponse(null, { status: 403 }))));
      await rejection(client().getCredits());
      expect(calls).to.equal(1);
    });

    it('retries a booking only with the same idempotency key, and books exactly one session', async () => {
      const keys: Array<string | null> = [];
      // The first attempt reaches the store and books, but its answer is lost on the way back.
      const losesFirstAnswer: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        keys.push(new Headers(init?.headers).get('Idempotency-Key'));
        if (keys.length === 1) throw new TypeError('connection reset');
        return response;
      };
      // The page says what the backend supports: the only requests are the booking's.
      const session = await client({ fetch: losesFirstAnswer, capabilities: {} }).bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: '2026-11-24T15:00:00.000Z',
        timezone: 'UTC',
        idempotencyKey: 'once',
      });
      expect(keys).to.deep.equal(['once', 'once']);
      const booked = (await client().listSessions({ status: 'upcoming' })).filter(s => s.startsAt === '2026-11-24T15:00:00.000Z');
      expect(booked.map(s => s.id)).to.deep.equal([session.id]);
      expect((await client().getCredits())[0].remaining).to.equal(3);
    });

    it('never retries a POST without an idempotency key', async () => {
      let calls = 0;
      (await worker()).use(http.post('/api/holds', () => ((calls += 1), new HttpResponse(null, { status: 503 }))));
      const error = await rejection(client().holdSlot!({ mentor: 'ana-garcia', service: CODING, startsAt: '2026-11-24T15:00:00.000Z' }));
      expect(error.code).to.equal('server');
      expect(calls).to.equal(1);
    });
  });

  it("rejects with the caller's abort reason, not a contract error", async () => {
    (await worker()).use(http.get('/api/services', () => delay('infinite')));
    const controller = new AbortController();
    const pending = client().listServices({ signal: controller.signal });
    controller.abort();
    const error = await pending.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
