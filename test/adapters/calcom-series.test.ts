/**
 * Regular meetings on Cal.com: a service's recurring twin (`eventTypes[service].series`) previewed from
 * `/v2/slots` and booked with `recurrenceCount`, through the mock of Cal.com's API v2 on the memory
 * store, at Tuesday 24 November 2026, 12:00 UTC.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import {
  composeClients,
  createCalComClient,
  createMemoryClient,
  MemoryStore,
  type BookedEvent,
  type MentorScheduleCard,
} from '../../src/index.js';
import { clock } from '../../src/utils/clock.js';
import { createCalComMock } from '../../demo/mocks/calcom.js';
import { CardHarness } from '../support/card-harness.js';
import { eventsPerTest, mount, mouseClick, textOf } from '../support/fixtures.js';
import { worker } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';
import { useCalComMock, type CalComMock } from '../support/calcom-mock.js';

const NOW = '2026-11-24T12:00:00.000Z';
const CODING = 'geekpal-coding-mentorship';
/** Wednesday 25 November 2026, 17:00 in Madrid, inside Ana's hours. */
const WED = '2026-11-25T16:00:00.000Z';
const week = (weeks: number) => new Date(Date.parse(WED) + weeks * 7 * 86_400_000).toISOString();
const attendee = { name: 'Grace Student', email: 'grace@example.com', language: 'es' };

describe('createCalComClient: regular meetings on a recurring event type', () => {
  let store: MemoryStore;
  let mock: CalComMock;
  const { sent } = useCalComMock(NOW, made => ({ store, mock } = made));
  const cal = (options = {}) => createCalComClient({ ...mock.clientOptions, attendee, retryDelayMs: 1, ...options });
  const seriesOf = (id: string) => store.listSessions('student-unlimited', { status: 'upcoming' }).filter(session => session.series === id);

  it('offers "Repeat" only where a mentor has a recurring twin', () => {
    expect(cal().capabilities.series).to.equal(true);
    const single = createCalComMock({ store, series: false });
    expect(createCalComClient({ ...single.clientOptions, attendee }).capabilities.series).to.equal(undefined);
    expect(createCalComClient({ ...single.clientOptions, attendee }).previewSeries).to.equal(undefined);
  });

  it('previews each meeting from the recurring type’s free times: taken where Cal.com offers none, with no alternative', async () => {
    store.bookSession('student-2', { mentor: 'ana-garcia', service: CODING, startsAt: week(2), timezone: 'UTC', idempotencyKey: 'other' });
    const preview = await cal().previewSeries!({ mentor: 'ana-garcia', service: CODING, startsAt: WED, every: 'week', count: 4 });
    expect(preview.occurrences.map(occurrence => [occurrence.startsAt, occurrence.status, occurrence.alternative])).to.deep.equal([
      [week(0), 'free', null],
      [week(1), 'free', null],
      [week(2), 'taken', null],
      [week(3), 'free', null],
    ]);
    expect(preview.credits).to.deep.equal({ needed: 4, available: null });
    const [slots] = sent('GET', '/v2/slots');
    const query = Object.fromEntries(new URL(slots.url).searchParams);
    expect(query).to.deep.include({ eventTypeSlug: `${CODING}-weekly`, username: 'ana-garcia', start: week(0) });
    expect(Date.parse(query.end)).to.be.at.least(Date.parse(week(3)));
  });

  it('keeps the mentor’s wall-clock time across a change of clocks (17:00 in Madrid before and after 29 March)', async () => {
    clock.now = () => new Date('2026-03-16T12:00:00.000Z');
    const preview = await cal().previewSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-03-18T16:00:00.000Z',
      every: 'week',
      count: 3,
    });
    expect(preview.occurrences.map(occurrence => occurrence.startsAt)).to.deep.equal([
      '2026-03-18T16:00:00.000Z',
      '2026-03-25T16:00:00.000Z',
      '2026-04-01T15:00:00.000Z',
    ]);
  });

  it('books every meeting in one request with recurrenceCount, once per key, as one series', async () => {
    const client = cal();
    const params = {
      mentor: 'ana-garcia',
      service: CODING,
      occurrences: [week(0), week(1), week(2)],
      every: 'week' as const,
      agenda: 'Testing',
      timezone: 'America/Bogota',
      idempotencyKey: 's1',
    };
    const [first, again] = await Promise.all([client.bookSeries!(params), client.bookSeries!(params)]);
    expect(again).to.equal(first);
    expect(sent('POST', '/v2/bookings')).to.have.length(1);
    expect(await sent('POST', '/v2/bookings')[0].json()).to.deep.equal({
      start: week(0),
      eventTypeId: 501,
      recurrenceCount: 3,
      attendee: { name: 'Grace Student', email: 'grace@example.com', timeZone: 'America/Bogota', language: 'es' },
      bookingFieldsResponses: { notes: 'Testing' },
      metadata: { source: 'mentorship-widgets', agenda: 'Testing' },
    });
    expect(first.series).to.deep.include({ every: 'week', count: 3 });
    expect(first.sessions.map(session => [session.startsAt, session.series, session.mentor.name])).to.deep.equal(
      [week(0), week(1), week(2)].map(start => [start, first.series.id, 'Ana García']),
    );
    expect(seriesOf(first.series.id)).to.have.length(3);

    // "This and the following": Cal.com's own cancel of the later meetings.
    await client.cancelSession({ id: first.sessions[1].id, scope: 'following' });
    expect(await sent('POST', `/v2/bookings/${first.sessions[1].id}/cancel`)[0].json()).to.deep.include({ cancelSubsequentBookings: true });
    expect(seriesOf(first.series.id).map(session => session.startsAt)).to.deep.equal([week(0)]);
  });

  it('refuses, sending nothing, a series Cal.com cannot book: a skipped meeting, another interval, more than the type allows', async () => {
    const client = cal();
    const base = { mentor: 'ana-garcia', service: CODING, timezone: 'UTC' };
    const skipped = await rejection(
      client.bookSeries!({ ...base, occurrences: [week(0), week(1), week(3)], every: 'week', idempotencyKey: 'a' }),
    );
    expect(skipped).to.include({ code: 'bad-request' });
    expect((skipped as Error).message).to.contain('none can be skipped or moved');
    expect(skipped).to.include({ reason: 'On this calendar a series cannot skip a date: choose another start or fewer meetings.' });
    // The refusals the card shows carry their reason in the page's language.
    const spanish = cal({ locale: 'es' });
    expect(await rejection(spanish.previewSeries!({ ...base, startsAt: WED, every: '2weeks', count: 3 }))).to.include({
      code: 'bad-request',
      reason: 'Las reuniones periódicas con este mentor son cada semana: elige «Cada semana».',
    });
    expect(await rejection(spanish.previewSeries!({ ...base, startsAt: WED, every: 'week', count: 13 }))).to.include({
      code: 'bad-request',
      reason: 'Las reuniones periódicas con este mentor son de 12 como máximo.',
    });
    expect(sent('POST', '/v2/bookings')).to.have.length(0);
    expect(sent('GET', '/v2/slots')).to.have.length(0);
  });

  it('after a lost answer, finds the series Cal.com booked (through the proxy) and sends nothing again', async () => {
    let first = true;
    (await worker()).use(
      http.post(`${mock.baseUrl}/v2/bookings`, async ({ request }) => {
        if (!first) return undefined;
        first = false;
        mock.requests.push(request.clone());
        const body = (await request.json()) as { start: string; recurrenceCount: number; attendee: { timeZone: string } };
        store.bookSeries('student-unlimited', {
          mentor: 'ana-garcia',
          service: CODING,
          occurrences: [week(0), week(1)],
          every: 'week',
          timezone: body.attendee.timeZone,
          idempotencyKey: 'made-by-cal.com',
        });
        await delay(400);
        return HttpResponse.json({ status: 'success' }, { status: 201 });
      }),
    );
    const client = cal({ timeoutMs: 100, retries: 0 });
    const booked = await client.bookSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      occurrences: [week(0), week(1)],
      every: 'week',
      timezone: 'UTC',
      idempotencyKey: 'lost',
    });
    expect(booked.sessions.map(session => session.startsAt)).to.deep.equal([week(0), week(1)]);
    expect(sent('POST', '/v2/bookings')).to.have.length(1);
    const lookup = Object.fromEntries(new URL(sent('GET', '/v2/bookings')[0].url).searchParams);
    expect(lookup).to.deep.include({ attendeeEmail: 'grace@example.com', eventTypeId: '501' });
  });

  describe('in the card', () => {
    const booked = eventsPerTest<BookedEvent>('mentorship-booked');

    /** The card on Cal.com (credits from the LMS) at Wednesday's time, "Repeat" set to `every`. */
    async function repeatOnCalCom(every: 'week' | '2weeks') {
      const client = composeClients({
        scheduling: cal({ locale: 'en' }),
        credits: createMemoryClient({ store, student: 'student-unlimited' }),
      });
      const card = await mount<MentorScheduleCard>(
        html`<mentor-schedule-card service=${CODING} mentor="ana-garcia"></mentor-schedule-card>`,
        {
          client,
          timeZone: 'America/Bogota',
        },
      );
      const ui = new CardHarness(card);
      await ui.chooseTime(WED);
      const repeat = await ui.waitFor<HTMLSelectElement>('[part="repeat-field"] select');
      repeat.focus();
      repeat.value = every;
      repeat.dispatchEvent(new Event('change'));
      return ui;
    }

    it('"Repeat" shows on Cal.com, and a weekly series is booked there in one request', async () => {
      const ui = await repeatOnCalCom('week');
      await waitUntil(() => ui.one('[part="series-cost"]'), 'the series was never previewed', { timeout: 5000 });
      const count = ui.one<HTMLInputElement>('#series-count')!;
      count.value = '3';
      count.dispatchEvent(new Event('change'));
      await waitUntil(() => ui.all('[part~="occurrence"]').length === 3 && ui.one('[part="series-cost"]'), 'never previewed 3', {
        timeout: 5000,
      });
      expect(ui.all('[part~="occurrence"]').map(row => row.getAttribute('part'))).to.deep.equal(
        Array(3).fill('occurrence occurrence-free'),
      );
      await mouseClick(ui.one<HTMLElement>('[part~="confirm"]')!);
      await waitUntil(() => booked().length === 1, 'the series was never booked', { timeout: 5000 });
      expect(await sent('POST', '/v2/bookings')[0].json()).to.deep.include({ eventTypeId: 501, recurrenceCount: 3 });
      expect(booked()[0].detail.series!.sessions).to.have.length(3);
      await ui.waitForStep("You're booked!");
      expect(textOf(ui.one('.done strong'))).to.equal('3 sessions with Ana García:');
    });

    it('says so where the mentor’s regular meetings are weekly and the student asks for every 2 weeks; nothing can be booked', async () => {
      const ui = await repeatOnCalCom('2weeks');
      const problem = await ui.waitFor('[part="series-problem"]');
      expect(textOf(problem)).to.equal('Regular meetings with this mentor are every week: choose “Every week”.');
      const book = ui.one<HTMLButtonElement>('[part~="confirm"]')!;
      expect(book.disabled || book.getAttribute('aria-disabled') === 'true').to.equal(true);
      expect(sent('GET', '/v2/slots').filter(request => request.url.includes('-weekly'))).to.have.length(0);
    });
  });
});
