import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { delay, http, HttpResponse } from 'msw';
import { composeClients, createCalComClient, createMemoryClient, MemoryStore, type MentorScheduleCard } from '../../src/index.js';
import { CardHarness } from '../support/card-harness.js';
import { fixedClock } from '../support/clock.js';
import { countingClient } from '../support/counting-client.js';
import { mount } from '../support/fixtures.js';
import { worker } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';
import { useCalComMock, type CalComMock } from '../support/calcom-mock.js';

const NOW = '2026-11-24T12:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';
const ANA_TUESDAY = '2026-11-24T15:00:00.000Z'; // 16:00 in Madrid
const attendee = { name: 'Grace Student', email: 'grace@example.com', language: 'es' };

describe('createCalComClient', () => {
  let store: MemoryStore;
  let mock: CalComMock;
  const { sent } = useCalComMock(NOW, made => ({ store, mock } = made));
  const client = () => createCalComClient({ ...mock.clientOptions, attendee, retryDelayMs: 1 });

  it('reads free times from /v2/slots in UTC, with the mentor’s zone', async () => {
    const availability = await client().getAvailability({
      mentor: 'ana-garcia',
      service: CODING,
      from: '2026-11-24T00:00:00.000Z',
      to: '2026-11-25T00:00:00.000Z',
    });
    expect(availability.timezone).to.equal('Europe/Madrid');
    expect(availability.slots[0]).to.deep.equal({ startsAt: ANA_TUESDAY, endsAt: '2026-11-24T16:00:00.000Z' });
    expect(availability.slots).to.have.length(7);
    const [request] = sent('GET', '/v2/slots');
    expect(request.headers.get('cal-api-version')).to.equal('2024-09-04');
    expect(request.headers.has('Authorization')).to.equal(false);
    expect(Object.fromEntries(new URL(request.url).searchParams)).to.deep.equal({
      start: '2026-11-24T00:00:00.000Z',
      end: '2026-11-25T00:00:00.000Z',
      eventTypeSlug: CODING,
      username: 'ana-garcia',
      timeZone: 'Europe/Madrid',
      format: 'range',
    });
  });

  it('reads an empty day map as no free times', async () => {
    const { slots } = await client().getAvailability({
      mentor: 'ana-garcia',
      service: CODING,
      from: '2026-11-28T00:00:00.000Z',
      to: '2026-11-29T00:00:00.000Z',
    });
    expect(slots).to.deep.equal([]);
  });

  it('lists mentors with display data from their public event types, once per mentor', async () => {
    const cal = client();
    const mentors = await cal.listMentors({ service: 'career-guidance' });
    expect(mentors.map(mentor => mentor.slug)).to.include.members(['ana-garcia', 'james-carter']);
    expect(mentors.find(mentor => mentor.slug === 'james-carter')).to.deep.include({
      name: 'James Carter',
      timezone: 'America/New_York',
      services: ['career-guidance'],
    });
    await cal.listMentors({ service: 'career-guidance' });
    expect(sent('GET', '/v2/event-types').filter(request => request.url.includes('james-carter'))).to.have.length(1);
    expect(sent('GET', '/v2/event-types')[0].headers.get('cal-api-version')).to.equal('2024-06-14');
  });

  it('holds with a reservation, releases it, and maps a 422 to slot-taken', async () => {
    const cal = client();
    const hold = await cal.holdSlot!({ mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY });
    expect(hold.expiresAt).to.equal('2026-11-24T12:05:00.000Z');
    const [reserve] = sent('POST', '/v2/slots/reservations');
    expect(await reserve.json()).to.deep.equal({ eventTypeId: 1, slotStart: ANA_TUESDAY });

    await cal.releaseHold!({ id: hold.id });
    expect(sent('DELETE', `/v2/slots/reservations/${hold.id}`)).to.have.length(1);

    store.holdSlot('student-2', { mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY });
    const taken = await rejection(cal.holdSlot!({ mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY }));
    expect(taken).to.include({ code: 'slot-taken', status: 422 });
  });

  it('books with the attendee and the hold, once per idempotency key', async () => {
    const cal = client();
    const hold = await cal.holdSlot!({ mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY });
    const booking = {
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: ANA_TUESDAY,
      timezone: 'America/Bogota',
      agenda: 'Hooks',
      idempotencyKey: 'k1',
      holdId: hold.id,
    };
    const [first, second] = await Promise.all([cal.bookSession(booking), cal.bookSession(booking)]);
    expect(second).to.equal(first);
    expect(sent('POST', '/v2/bookings')).to.have.length(1);
    const request = sent('POST', '/v2/bookings')[0];
    expect(request.headers.get('cal-api-version')).to.equal('2024-08-13');
    expect(await request.json()).to.deep.equal({
      start: ANA_TUESDAY,
      eventTypeSlug: CODING,
      username: 'ana-garcia',
      attendee: { name: 'Grace Student', email: 'grace@example.com', timeZone: 'America/Bogota', language: 'es' },
      bookingFieldsResponses: { notes: 'Hooks' },
      metadata: { source: 'mentorship-widgets', agenda: 'Hooks' },
      reservationUid: hold.id,
    });
    expect(first).to.deep.include({
      startsAt: ANA_TUESDAY,
      endsAt: '2026-11-24T16:00:00.000Z',
      status: 'scheduled',
      agenda: 'Hooks',
      service: CODING,
    });
    expect(first.mentor).to.deep.equal({ slug: 'ana-garcia', name: 'Ana García', avatarUrl: null });
    expect(first.joinUrl).to.match(/^https:\/\//);
  });

  it('maps a 400 "already has booking" to slot-taken', async () => {
    store.bookSession('student-2', { mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY, timezone: 'UTC', idempotencyKey: 'x' });
    const error = await rejection(
      client().bookSession({ mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY, timezone: 'UTC', idempotencyKey: 'k' }),
    );
    expect(error).to.include({ code: 'slot-taken', status: 400 });
    expect(error.message).to.contain('already has booking');
  });

  describe('a booking whose answer was lost', () => {
    // Cal.com books at once, but its answer arrives after the client's time limit.
    const slowFirstBooking = async () => {
      let first = true;
      (await worker()).use(
        http.post(`${mock.baseUrl}/v2/bookings`, async ({ request }) => {
          if (!first) return undefined;
          first = false;
          mock.requests.push(request.clone());
          const body = (await request.json()) as { start: string; username: string; eventTypeSlug: string; attendee: { timeZone: string } };
          store.bookSession('student-unlimited', {
            mentor: body.username,
            service: body.eventTypeSlug,
            startsAt: body.start,
            timezone: body.attendee.timeZone,
            idempotencyKey: 'made-by-cal.com',
          });
          await delay(400);
          return HttpResponse.json({ status: 'success' }, { status: 201 });
        }),
      );
    };
    const booking = { mentor: 'ana-garcia', service: CODING, startsAt: ANA_TUESDAY, timezone: 'UTC', idempotencyKey: 'k-lost' };

    const posts = () => sent('POST', '/v2/bookings');
    const lookups = () => sent('GET', '/v2/bookings');

    it('is looked up in Cal.com through the same base URL (the LMS proxy): the booking it made is the answer, nothing is sent again', async () => {
      await slowFirstBooking();
      const cal = createCalComClient({ ...mock.clientOptions, attendee, timeoutMs: 100, retries: 0 });
      const session = await cal.bookSession(booking);
      const [made] = store.listSessions('student-unlimited', { status: 'upcoming' });
      expect(session).to.deep.include({ id: made.id, startsAt: ANA_TUESDAY, service: CODING, status: 'scheduled' });
      expect(posts()).to.have.length(1);
      const query = Object.fromEntries(new URL(lookups()[0].url).searchParams);
      expect(query).to.deep.include({ attendeeEmail: 'grace@example.com', eventTypeId: '1' });
      expect(Date.parse(query.afterStart)).to.be.at.most(Date.parse(ANA_TUESDAY));
      expect(Date.parse(query.beforeEnd)).to.be.at.least(Date.parse('2026-11-24T16:00:00.000Z'));
      expect(lookups()[0].headers.get('cal-api-version')).to.equal('2024-08-13');
    });

    it('where Cal.com will not say (no key), it is unconfirmed, and asking again sends nothing until it can tell', async () => {
      mock.control.listsBookings = false;
      await slowFirstBooking();
      const cal = createCalComClient({ ...mock.clientOptions, attendee, timeoutMs: 100, retries: 0 });
      expect((await rejection(cal.bookSession(booking))).code).to.equal('unconfirmed');
      await waitUntil(() => store.listSessions('student-unlimited', { status: 'upcoming' }).length === 1, 'Cal.com never booked');
      expect((await rejection(cal.bookSession(booking))).code).to.equal('unconfirmed');
      expect((await rejection(cal.bookSession(booking))).code).to.equal('unconfirmed');
      expect(posts(), 'never sent again').to.have.length(1);
      // Another attempt (another key) that finds the time taken is told so.
      expect((await rejection(cal.bookSession({ ...booking, idempotencyKey: 'k-other' }))).code).to.equal('slot-taken');
      // Once Cal.com can be asked, the same attempt finds its booking.
      mock.control.listsBookings = true;
      expect((await cal.bookSession(booking)).id).to.equal(store.listSessions('student-unlimited', { status: 'upcoming' })[0].id);
      expect(posts().length).to.equal(2);
    });

    it('sent twice by the browser (a connection reset before any answer), "already has booking" is the student’s own booking', async () => {
      // Chromium resends a POST whose reused connection died before any answer: Cal.com (no key) booked
      // the first copy and answers the page's one with "already has booking".
      (await worker()).use(
        http.post(
          `${mock.baseUrl}/v2/bookings`,
          () => {
            store.bookSession('student-unlimited', { ...booking, agenda: '', idempotencyKey: 'the-first-copy' });
            return HttpResponse.json(
              {
                status: 'error',
                error: { code: 'BadRequestException', message: 'User either already has booking at this time or is not available' },
              },
              { status: 400 },
            );
          },
          { once: true },
        ),
      );
      const cal = createCalComClient({ ...mock.clientOptions, attendee, retries: 0 });
      const session = await cal.bookSession(booking);
      expect(store.listSessions('student-unlimited', { status: 'upcoming' }).map(each => each.id)).to.deep.equal([session.id]);
      expect(lookups(), 'looked up in Cal.com').to.have.length(1);
      // A time another student holds is still "taken" (the lookup finds none of ours).
      store.bookSession('student-2', { ...booking, startsAt: '2026-11-24T17:00:00.000Z', agenda: '', idempotencyKey: 'theirs' });
      const taken = await rejection(cal.bookSession({ ...booking, startsAt: '2026-11-24T17:00:00.000Z', idempotencyKey: 'k-2' }));
      expect(taken.code).to.equal('slot-taken');
    });

    it('after a lost answer Cal.com does not hold, the same attempt books (once)', async () => {
      (await worker()).use(http.post(`${mock.baseUrl}/v2/bookings`, () => HttpResponse.error(), { once: true }));
      const cal = createCalComClient({ ...mock.clientOptions, attendee, retries: 0 });
      expect((await rejection(cal.bookSession(booking))).code).to.equal('network');
      const session = await cal.bookSession(booking);
      expect(store.listSessions('student-unlimited', { status: 'upcoming' }).map(each => each.id)).to.deep.equal([session.id]);
    });

    /** The card on Cal.com composed with an LMS whose own list does not hold Cal.com's bookings. */
    /** The card at Ana's Tuesday time, on Cal.com composed with an LMS (by default one whose list does not hold Cal.com's bookings). */
    async function composedCard(lmsStore = new MemoryStore({ now: fixedClock(NOW) })): Promise<{ ui: CardHarness; lmsStore: MemoryStore }> {
      const cal = createCalComClient({ ...mock.clientOptions, attendee, timeoutMs: 100, retries: 0 });
      const lms = createMemoryClient({ store: lmsStore, student: 'student-unlimited' });
      const client = composeClients({ scheduling: cal, catalog: lms, credits: lms, sessions: lms });
      const ui = new CardHarness(
        await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
          client,
        }),
      );
      await ui.chooseTime(ANA_TUESDAY);
      await ui.waitForStep('Confirm your session');
      return { ui, lmsStore };
    }

    it('composed with an LMS that does not list Cal.com’s bookings: found in Cal.com and shown as booked, one booking', async () => {
      await slowFirstBooking();
      const { ui } = await composedCard();
      await ui.book();
      await ui.waitForStep("You're booked!");
      expect(
        store.listSessions('student-unlimited', { status: 'upcoming' }).filter(session => session.startsAt === ANA_TUESDAY),
      ).to.have.length(1);
      expect(posts()).to.have.length(1);
    });

    it('composed, where nothing can tell: "not confirmed yet", never "try again", no second booking, Back works', async () => {
      mock.control.listsBookings = false;
      await slowFirstBooking();
      const { ui } = await composedCard();
      await ui.book();
      await ui.waitFor('[part~="unconfirmed"]');
      expect(ui.text()).not.to.contain('taking too long');
      expect(ui.all('[part~="confirm"]'), 'no Book to press again').to.have.length(0);
      ui.one<HTMLButtonElement>('[part~="check"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => ui.one('[part~="check"]') && !ui.text().includes('…'), 'the check never ended');
      expect(posts(), '"Check again" looks, it does not book').to.have.length(1);
      expect(ui.one('[part~="back"]')!.getAttribute('aria-disabled')).to.equal('false');
      // Cal.com can be asked again: the booking shows.
      mock.control.listsBookings = true;
      ui.one<HTMLButtonElement>('[part~="check"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await ui.waitForStep("You're booked!");
      expect(posts()).to.have.length(1);
      expect(store.listSessions('student-unlimited', { status: 'upcoming' })).to.have.length(1);
    });

    it('in the card, composed with the LMS for sessions: the booking is found and shown as booked, once', async () => {
      await slowFirstBooking();
      // The LMS shares Cal.com's records here: its list holds the booking too.
      const { ui } = await composedCard(store);
      await ui.book();
      await ui.waitForStep("You're booked!");
      expect(
        store.listSessions('student-unlimited', { status: 'upcoming' }).filter(session => session.startsAt === ANA_TUESDAY),
      ).to.have.length(1);
    });
  });

  it('cancels a booking by its uid', async () => {
    const cal = client();
    const session = await cal.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: ANA_TUESDAY,
      timezone: 'UTC',
      idempotencyKey: 'k',
    });
    const canceled = await cal.cancelSession({ id: session.id });
    expect(canceled).to.include({ id: session.id, status: 'canceled', service: CODING });
    expect(await sent('POST', `/v2/bookings/${session.id}/cancel`)[0].json()).to.deep.equal({
      cancellationReason: 'Canceled by the student',
    });
  });

  it('a cancel whose answer was lost, sent again and refused as "already cancelled", is read from the booking itself', async () => {
    const cal = client();
    const session = await cal.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: ANA_TUESDAY,
      timezone: 'UTC',
      idempotencyKey: 'k',
    });
    store.cancelSession('student-unlimited', { id: session.id });
    const canceled = await cal.cancelSession({ id: session.id });
    expect(canceled).to.deep.include({ id: session.id, status: 'canceled' });
    expect(sent('GET', `/v2/bookings/${session.id}`)).to.have.length(1);
  });

  it('has no credits or session list of its own: unlimited, and a clear refusal to list', async () => {
    const credits = await client().getCredits();
    expect(credits).to.have.length(1);
    expect(credits[0].remaining).to.equal(null);
    const refusal = await rejection(client().listSessions({ status: 'upcoming' }));
    expect(refusal.code).to.equal('forbidden');
    expect(refusal.message).to.contain('composeClients');
  });

  it('fails the test when a request carries a wrong cal-api-version', async () => {
    const response = await fetch(`${mock.baseUrl}/v2/slots?start=${NOW}&end=${NOW}`, { headers: { 'cal-api-version': '2024-08-13' } });
    expect(response.status).to.equal(400);
    expect(mock.violations).to.deep.equal(['GET /v2/slots: cal-api-version 2024-08-13, expected 2024-09-04']);
    mock.violations.length = 0;
    await fetch(`${mock.baseUrl}/v2/bookings`, { method: 'POST', body: '{}' });
    expect(mock.violations).to.deep.equal(['POST /v2/bookings: cal-api-version (missing), expected 2024-08-13']);
    mock.violations.length = 0;
  });

  it('composes with the LMS’s client for credits and sessions', async () => {
    const lms = createMemoryClient({ store });
    const composed = composeClients({ scheduling: client(), credits: lms, sessions: lms });
    expect(composed.capabilities).to.deep.equal({
      availability: true,
      holds: true,
      cancel: true,
      reschedule: true,
      feedback: true,
      groups: false,
      goals: true,
      checkIns: true,
      // Regular meetings are the scheduling part's: its mentors' recurring twins in Cal.com.
      series: true,
      profile: true,
      program: true,
      // The desk from the LMS; hours are the scheduling part's, and on a student's page (no `mentor`)
      // this adapter keeps none.
      mentor: true,
      mentorHours: false,
    });
    expect((await composed.getCredits()).map(bucket => bucket.remaining)).to.deep.equal([4, null, 0]);
    expect(await composed.listSessions({ status: 'upcoming' })).to.have.length(1);
    expect(typeof composed.holdSlot).to.equal('function');
  });

  it('books end to end in the card', async () => {
    const { client: cal, calls } = countingClient(
      composeClients({ scheduling: client(), credits: createMemoryClient({ store, student: 'student-unlimited' }) }),
    );
    const ui = new CardHarness(
      await mount<MentorScheduleCard>(html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`, {
        client: cal,
      }),
    );
    await ui.chooseTime(ANA_TUESDAY);
    await ui.waitForStep('Confirm your session');
    await ui.writeAgenda('State management');
    await ui.book();
    await ui.waitForStep("You're booked!");
    const [request] = sent('POST', '/v2/bookings');
    const body = await request.json();
    expect(body.reservationUid).to.equal(undefined);
    expect(calls.bookSession).to.equal(1);
    expect(body.attendee.timeZone).to.equal('America/Bogota');
    expect(body.bookingFieldsResponses).to.deep.equal({ notes: 'State management' });
    expect(ui.text()).to.contain('with Ana García');
  });
});
