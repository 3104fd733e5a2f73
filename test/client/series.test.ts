import { expect } from '@open-wc/testing';
import { occurrenceStarts, periodOf } from '../../src/client/memory/series.js';
import { rejection } from '../support/rejection.js';
import { forBothClients } from '../support/both-clients.js';

const CODING = 'geekpal-coding-mentorship';
/** Wednesday 25 November 2026, 17:00 in Madrid (Ana's hours are 16:00–20:00 there on weekdays). */
const WED_17_MADRID = '2026-11-25T16:00:00.000Z';
const weekly = (first: string, count: number) =>
  Array.from({ length: count }, (_, index) => new Date(Date.parse(first) + index * 7 * 86_400_000).toISOString());

describe('series: where meetings fall, and which credits pay', () => {
  it('keeps the mentor’s wall-clock time across a DST change: a weekly 18:00 in Madrid stays 18:00', () => {
    const starts = occurrenceStarts(new Date('2026-10-15T16:00:00.000Z'), 'week', 4, 'Europe/Madrid');
    expect(starts.map(start => start.toISOString())).to.deep.equal([
      '2026-10-15T16:00:00.000Z', // 18:00 CEST
      '2026-10-22T16:00:00.000Z',
      '2026-10-29T17:00:00.000Z', // 18:00 CET, after the last Sunday of October
      '2026-11-05T17:00:00.000Z',
    ]);
    expect(occurrenceStarts(new Date(WED_17_MADRID), '2weeks', 3, 'Europe/Madrid').map(start => start.toISOString())).to.deep.equal([
      WED_17_MADRID,
      '2026-12-09T16:00:00.000Z',
      '2026-12-23T16:00:00.000Z',
    ]);
  });

  it('counts a monthly bucket’s periods from its renewal', () => {
    const bucket = { id: 'b', name: '', services: [], remaining: 4, renewsAt: '2026-12-01T12:00:00.000Z', renewal: 'month' };
    const period = (instant: string) => periodOf(bucket, Date.parse(instant));
    expect(
      ['2026-11-30T23:00:00Z', '2026-12-01T13:00:00Z', '2026-12-31T23:00:00Z', '2027-01-01T11:00:00Z', '2027-01-01T12:00:00Z'].map(period),
    ).to.deep.equal([0, 1, 1, 1, 2]);
    expect(periodOf({ ...bucket, renewsAt: null, renewal: null }, Date.parse('2027-05-01T00:00:00Z'))).to.equal(0);
  });
});

forBothClients('previewSeries and bookSeries', backend => {
  const book = (starts: string[], key = 'series-1') =>
    backend.client.bookSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      occurrences: starts,
      timezone: 'America/Bogota',
      idempotencyKey: key,
    });

  it('previews every meeting: free, or taken with the nearest free time that day; and what it costs across the renewal', async () => {
    expect(backend.client.capabilities.series).to.equal(true);
    await backend.other.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-12-09T16:00:00.000Z',
      timezone: 'Europe/Madrid',
      idempotencyKey: 'other',
    });
    const preview = await backend.client.previewSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: WED_17_MADRID,
      every: 'week',
      count: 6,
    });
    expect(preview.occurrences.map(occurrence => [occurrence.startsAt, occurrence.status])).to.deep.equal([
      [WED_17_MADRID, 'free'],
      ['2026-12-02T16:00:00.000Z', 'free'],
      ['2026-12-09T16:00:00.000Z', 'taken'],
      ['2026-12-16T16:00:00.000Z', 'free'],
      ['2026-12-23T16:00:00.000Z', 'free'],
      ['2026-12-30T16:00:00.000Z', 'free'],
    ]);
    // The nearest free hour that day, either side of the one taken.
    expect(['2026-12-09T15:00:00.000Z', '2026-12-09T17:00:00.000Z']).to.include(preview.occurrences[2].alternative!.startsAt);
    // 6 sessions: 4 now, and 4 more with the renewal on 1 December.
    expect(preview.credits).to.deep.equal({ needed: 6, available: 4, renewing: { count: 4, at: '2026-12-01T12:00:00.000Z' } });
    // Outside the mentor's hours: unavailable, with nothing near.
    const night = await backend.client.previewSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-11-26T02:00:00.000Z',
      every: '2weeks',
      count: 2,
    });
    expect(night.occurrences.map(occurrence => [occurrence.status, occurrence.alternative])).to.deep.equal([
      ['unavailable', null],
      ['unavailable', null],
    ]);
  });

  it('books a series in one request: every meeting, its credits spent exactly (now and after the renewal), once per key', async () => {
    const starts = weekly(WED_17_MADRID, 4);
    const booked = await book(starts);
    expect(booked.series).to.include({ every: 'week', count: 4 });
    expect(booked.sessions.map(session => session.startsAt)).to.deep.equal(starts);
    expect(booked.sessions.every(session => session.series === booked.series.id)).to.equal(true);
    // One meeting before the renewal (4 → 3), three paid from December's credits.
    const monthly = (await backend.client.getCredits()).find(bucket => bucket.id === 'monthly-coding')!;
    expect(monthly.remaining).to.equal(3);
    expect('renewsTo' in monthly).to.equal(false);
    const next = await backend.client.previewSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: '2026-12-03T16:00:00.000Z',
      every: 'week',
      count: 2,
    });
    expect(next.credits.renewing).to.deep.equal({ count: 1, at: '2026-12-01T12:00:00.000Z' });
    // The same key again: the same series, nothing more booked or spent.
    const again = await book(starts);
    expect(again.series.id).to.equal(booked.series.id);
    expect((await backend.client.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(3);
    expect((await backend.client.listSessions({ status: 'upcoming' })).filter(session => session.series)).to.have.length(4);
  });

  it('keeps how often the series comes as it was asked, even when a skipped date makes the gaps uneven', async () => {
    // Weekly, the second week skipped: the dates alone would say every two weeks.
    const [first, , third, fourth] = weekly(WED_17_MADRID, 4);
    const booked = await backend.client.bookSeries!({
      mentor: 'ana-garcia',
      service: CODING,
      every: 'week',
      occurrences: [first, third, fourth],
      timezone: 'America/Bogota',
      idempotencyKey: 'series-skipped',
    });
    expect(booked.series).to.include({ every: 'week', count: 3 });
    const wrong = await rejection(
      backend.client.bookSeries!({
        mentor: 'ana-garcia',
        service: CODING,
        every: 'daily' as 'week',
        occurrences: [first],
        timezone: 'America/Bogota',
        idempotencyKey: 'series-daily',
      }),
    );
    expect(wrong).to.include({ code: 'bad-request' });
  });

  it('books nothing when the credits do not cover it, or when a meeting was taken meanwhile (and says which)', async () => {
    const refused = await rejection(book(weekly(WED_17_MADRID, 6)));
    expect(refused.code).to.equal('no-credits');
    expect((await backend.client.listSessions({ status: 'upcoming' })).filter(session => session.series)).to.deep.equal([]);
    expect((await backend.client.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(4);

    const starts = weekly(WED_17_MADRID, 3);
    await backend.other.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: starts[1],
      timezone: 'Europe/Madrid',
      idempotencyKey: 'x',
    });
    const taken = await rejection(book(starts, 'series-2'));
    expect(taken.code).to.equal('slot-taken');
    expect(taken.reason).to.contain(starts[1]).and.not.contain(starts[0]);
    expect((await backend.client.listSessions({ status: 'upcoming' })).filter(session => session.series)).to.deep.equal([]);
    expect(
      (
        await rejection(
          backend.client.previewSeries!({ mentor: 'ana-garcia', service: CODING, startsAt: WED_17_MADRID, every: 'week', count: 13 }),
        )
      ).code,
    ).to.equal('bad-request');
  });

  it('cancels one meeting, or this one and the following: each credit comes back where it was paid from', async () => {
    const booked = await book(weekly(WED_17_MADRID, 4));
    const [first, second, third, fourth] = booked.sessions;
    await backend.client.cancelSession({ id: second.id });
    const upcoming = () =>
      backend.client.listSessions({ status: 'upcoming' }).then(list => list.filter(session => session.series).map(session => session.id));
    expect(await upcoming()).to.deep.equal([first.id, third.id, fourth.id]);
    const renewing = async () =>
      (
        await backend.client.previewSeries!({
          mentor: 'ana-garcia',
          service: CODING,
          startsAt: '2026-12-03T16:00:00.000Z',
          every: 'week',
          count: 2,
        })
      ).credits.renewing!.count;
    expect(await renewing()).to.equal(2);
    await backend.client.cancelSession({ id: third.id, scope: 'following' });
    expect(await upcoming()).to.deep.equal([first.id]);
    expect(await renewing()).to.equal(4);
    await backend.client.cancelSession({ id: first.id, scope: 'following' });
    expect((await backend.client.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(4);
  });
});
