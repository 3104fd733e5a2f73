import { expect, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { createBreatheCodeClient, type MentorScheduleCard } from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { createBreatheCodeMock } from '../../demo/mocks/breathecode.js';
import { CardHarness } from '../support/card-harness.js';
import { mount, mouseClick, textOf } from '../support/fixtures.js';
import { serveHandlers, worker } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';
import { takeDropped } from '../../src/client/decode.js';

const NOW = '2026-11-24T12:00:00.000Z';

describe('createBreatheCodeClient', () => {
  let mock: ReturnType<typeof createBreatheCodeMock>;
  const client = (overrides: Partial<Parameters<typeof createBreatheCodeClient>[0]> = {}) =>
    createBreatheCodeClient({
      host: mock.host,
      token: mock.token,
      academy: 4,
      syllabus: ['full-stack', 'data-science'],
      userId: 77,
      locale: 'es',
      retryDelayMs: 1,
      ...overrides,
    });

  beforeEach(async () => {
    mock = createBreatheCodeMock();
    await serveHandlers(...mock.handlers);
  });

  it('sends the token, academy and language headers, and lists active services with minutes', async () => {
    const services = await client().listServices();
    expect(services).to.deep.equal([
      {
        slug: 'geekpal-1-1-mentorship',
        name: 'GeekPal 1-1 Coding Mentorship',
        description: 'Pair with a senior developer on your code.',
        durationMinutes: 60,
        kind: 'one_to_one',
      },
      { slug: 'career-guidance', name: 'Career Guidance', description: '', durationMinutes: 30, kind: 'one_to_one' },
    ]);
    const [request] = mock.requests;
    expect(request.headers.get('Authorization')).to.equal('Token student-token');
    expect(request.headers.get('Academy')).to.equal('4');
    expect(request.headers.get('Accept-Language')).to.equal('es');
    expect(new URL(request.url).searchParams.get('status')).to.equal('ACTIVE');
  });

  it('pages through all 25 mentors, whatever page size the API allows', async () => {
    const mentors = await client().listMentors({ service: 'geekpal-1-1-mentorship' });
    expect(mentors).to.have.length(25);
    const mentorRequests = mock.requests.filter(request => request.url.includes('/academy/mentor'));
    expect(mentorRequests.map(request => new URL(request.url).searchParams.get('offset'))).to.deep.equal(['0', '20']);
    const query = Object.fromEntries(new URL(mentorRequests[0].url).searchParams);
    expect(query).to.include({ services: 'geekpal-1-1-mentorship', status: 'ACTIVE', syllabus: 'full-stack,data-science' });

    expect(mentors[0]).to.deep.equal({
      slug: 'mentor-1',
      name: 'Ana García',
      avatarUrl: 'https://avatars.example.com/0.png',
      headline: 'Mentor number 1',
      bio: 'Mentor number 1',
      timezone: 'Europe/Madrid',
      languages: ['en', 'es'],
      skills: [],
      rating: null,
      services: ['geekpal-1-1-mentorship', 'career-guidance'],
    });
    expect(mentors[1]).to.include({ avatarUrl: null, rating: 4.1, timezone: 'America/Caracas' });
    // A mentor without a zone is shown in UTC rather than dropped.
    expect(mentors[5].timezone).to.equal('UTC');
  });

  it('accepts the plain-array shape too', async () => {
    (await worker()).use(http.get(`${mock.host}/v1/mentorship/academy/mentor`, () => HttpResponse.json(mock.mentors.slice(0, 3))));
    const mentors = await client().listMentors();
    expect(mentors.map(mentor => mentor.slug)).to.deep.equal(['mentor-1', 'mentor-2', 'mentor-3']);
  });

  it('reads credits: -1 is unlimited, 0 is none, and each bucket’s services come from its service set', async () => {
    mock = createBreatheCodeMock({ balances: { 11: 0 } });
    await serveHandlers(...mock.handlers);
    const bc = client();
    const credits = await bc.getCredits();
    expect(credits).to.deep.equal([
      {
        id: '11',
        name: 'Geekpal mentorships',
        services: ['geekpal-1-1-mentorship'],
        remaining: 0,
        renewsAt: '2026-12-01T12:00:00.000Z',
        renewal: null,
      },
      { id: '12', name: 'Career services', services: ['career-guidance'], remaining: null, renewsAt: null, renewal: null },
    ]);
    await bc.getCredits();
    // The service sets are asked once per client, not on every refresh.
    expect(mock.requests.filter(request => request.url.includes('mentorshipserviceset'))).to.have.length(2);
  });

  it('maps sessions and their statuses, and splits upcoming from past', async () => {
    const realNow = clock.now;
    clock.now = () => new Date(NOW);
    try {
      const upcoming = await client().listSessions({ status: 'upcoming' });
      const past = await client().listSessions({ status: 'past' });
      expect(upcoming).to.have.length(1);
      expect(upcoming[0]).to.deep.include({
        id: '501',
        service: 'geekpal-1-1-mentorship',
        status: 'scheduled',
        joinUrl: 'https://meet.example.com/abc',
        agenda: 'Flask routes',
      });
      expect(upcoming[0].mentor).to.deep.equal({ slug: 'mentor-1', name: 'Ana García', avatarUrl: 'https://avatars.example.com/0.png' });
      expect(past[0]).to.include({ id: '500', status: 'completed', agenda: '' });
      // The mentor's summary, as BreatheCode keeps it; absent reads as none.
      expect(past[0].summary).to.equal('We found why the Flask routes returned 404: the blueprint was registered without its URL prefix.');
      expect(upcoming[0].summary).to.equal('');
      // No ends_at: the end is the start plus the service's duration.
      expect(Date.parse(past[0].endsAt) - Date.parse(past[0].startsAt)).to.equal(3_600_000);

      clock.now = () => new Date(Date.parse(NOW) + 3 * 86_400_000);
      expect(await client().listSessions({ status: 'upcoming' })).to.deep.equal([]);
    } finally {
      clock.now = realNow;
    }
  });

  it('reads sessions tolerantly: an unknown status is kept, an unreadable record is left out and counted', async () => {
    const realNow = clock.now;
    clock.now = () => new Date(NOW);
    try {
      const session = {
        id: 502,
        status: 'PENDING',
        starts_at: '2026-11-26T15:00:00.000Z',
        ends_at: '2026-11-26T16:00:00.000Z',
        mentor: { id: 1, slug: 'mentor-1', user: { first_name: 'Ana', last_name: 'García', profile: null } },
        service: { id: 1, slug: 'geekpal-1-1-mentorship', duration: '3600.0' },
        online_meeting_url: null,
        agenda: null,
      };
      (await worker()).use(
        http.get(`${mock.host}/v1/mentorship/user/me/session`, () =>
          HttpResponse.json({ count: 3, results: [{ ...session, id: 503, status: 'ON_HOLD' }, { id: 'x', status: 'PENDING' }, session] }),
        ),
      );
      const upcoming = await client().listSessions({ status: 'upcoming' });
      const past = await client().listSessions({ status: 'past' });
      // ON_HOLD is not upcoming as far as this client knows: it is listed with the past, as sent.
      expect(upcoming.map(listed => [listed.id, listed.status])).to.deep.equal([['502', 'scheduled']]);
      expect(past.map(listed => [listed.id, listed.status])).to.deep.equal([['503', 'ON_HOLD']]);
      expect(takeDropped(upcoming)).to.equal(1);
    } finally {
      clock.now = realNow;
    }
  });

  it('maps { detail, status_code } errors to the contract’s codes', async () => {
    const unauthorized = await rejection(client({ token: 'expired' }).getCredits());
    expect(unauthorized).to.include({ code: 'unauthorized', status: 401, message: 'Invalid token.' });
    const forbidden = await rejection(client({ academy: 99 }).listServices());
    expect(forbidden).to.include({ code: 'forbidden', status: 403 });
    for (const [status, code] of [
      [402, 'no-credits'],
      [404, 'not-found'],
    ] as const) {
      (await worker()).use(
        http.get(`${mock.host}/v2/payments/me/service/consumable`, () =>
          HttpResponse.json({ detail: `said ${status}`, status_code: status, slug: 'some-slug' }, { status }),
        ),
      );
      expect(await rejection(client().getCredits())).to.include({ code, status, message: `said ${status}` });
    }
  });

  it('builds the booking link as 4Geeks does, only when asked, and refuses mentors without a page', async () => {
    const bc = client();
    const url = new URL(await bc.getExternalBookingUrl!({ mentor: 'mentor-1', service: 'geekpal-1-1-mentorship' }));
    expect(`${url.origin}${url.pathname}`).to.equal('https://breathecode.test/mentor/mentor-1');
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({
      utm_campaign: 'geekpal-1-1-mentorship',
      utm_source: 'mentorship-widgets',
      salesforce_uuid: '77',
      token: 'student-token',
    });
    await bc.listMentors();
    expect((await rejection(bc.getExternalBookingUrl!({ mentor: 'mentor-3', service: 'x' }))).code).to.equal('not-found');
    expect(bc.capabilities).to.deep.equal({ availability: false, holds: false, cancel: false });
  });

  describe('in the card', () => {
    const realOpen = window.open;
    afterEach(() => {
      window.open = realOpen;
    });

    it('runs the flow to the mentor’s booking page, never writing the token into the page', async () => {
      const tab = { opener: window as unknown, location: { href: 'about:blank' }, close() {} };
      window.open = () => tab as unknown as Window;
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card></mentor-schedule-card>`, { client: client() }),
      );
      await ui.waitFor('[part="avatars"]');
      expect(ui.text()).to.contain('+21 more mentors');
      await ui.open();
      await ui.chooseService('GeekPal');
      await ui.waitForStep('Choose a mentor');
      await ui.waitFor('[part~="book"]');
      // Every page of mentors counted; the card's list renders its first 4.
      expect(textOf(ui.one('[part="count"]'))).to.equal('25 mentors');
      expect(ui.all('[part~="book"]')).to.have.length(4);
      // The rows say where they lead: no times here, the mentor's own calendar page.
      expect(ui.all('[part~="book"]').map(row => row.getAttribute('aria-label'))[0]).to.equal("Book on Ana García's calendar");
      // Service, mentor, and the mentor's page: three steps, no confirm step to count.
      expect(textOf(ui.one('.step-count'))).to.equal('Step 2 of 3');
      await ui.chooseMentor('Ana García');
      await ui.waitForStep('Choose a time');
      expect(textOf(ui.one('.step-count'))).to.equal('Step 3 of 3');
      const agenda = await ui.agenda();
      await mouseClick(await agenda.waitFor('[part~="external"]'));
      await waitUntil(() => tab.location.href !== 'about:blank', 'the booking page never opened');
      // What happens next, said for the student's return from the other tab.
      await waitUntil(() => agenda.one('[part="notice"]'), 'nothing said once the page opened');
      expect(agenda.text('[part="notice"]')).to.equal(
        "We opened the mentor's calendar in a new tab: choose your time there. Once you book, the session will show among your upcoming sessions.",
      );
      expect(agenda.one('[part="notice"]')!.getAttribute('role')).to.equal('status');
      expect(tab.opener).to.equal(null);
      expect(tab.location.href).to.match(/^https:\/\/breathecode\.test\/mentor\/mentor-1\?utm_campaign=geekpal-1-1-mentorship/);
      for (const root of [document.body.innerHTML, ...ui.all('*').map(element => element.outerHTML)]) {
        expect(root).not.to.contain('student-token');
      }
    });

    it('in Spanish: the rows, the step count and what happens next', async () => {
      const tab = { opener: window as unknown, location: { href: 'about:blank' }, close() {} };
      window.open = () => tab as unknown as Window;
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service="geekpal-1-1-mentorship"></mentor-schedule-card>`, {
          client: client(),
          locale: 'es',
        }),
      );
      await ui.waitFor('[part~="book"]');
      expect(ui.one('[part~="book"]')!.getAttribute('aria-label')).to.match(/^Reservar en el calendario de /);
      expect(textOf(ui.one('.step-count'))).to.equal('Paso 2 de 3');
      await mouseClick(ui.one('[part~="book"]')!);
      const agenda = await ui.agenda();
      await mouseClick(await agenda.waitFor('[part~="external"]'));
      expect(textOf(ui.one('.step-count'))).to.equal('Paso 3 de 3');
      await waitUntil(() => agenda.one('[part="notice"]'), 'nothing said once the page opened');
      expect(agenda.text('[part="notice"]')).to.equal(
        'Abrimos el calendario del mentor en una pestaña nueva: elige allí tu horario. Cuando reserves, la sesión aparecerá entre tus próximas sesiones.',
      );
    });

    it('shows out of credits at a 0 balance', async () => {
      mock = createBreatheCodeMock({ balances: { 11: 0 } });
      await serveHandlers(...mock.handlers);
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card purchase-url="https://4geeks.com/checkout"></mentor-schedule-card>`, {
          client: client(),
        }),
      );
      await ui.open();
      await ui.chooseService('GeekPal');
      await ui.waitForStep('No sessions left');
      expect(textOf(ui.one('[part="purchase"]'))).to.equal('Get more sessions');
    });
  });
});
