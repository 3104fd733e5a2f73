import { expect } from '@open-wc/testing';
import { createDemoDataset, createMemoryClient, MemoryStore, type MentorshipClient } from '../../src/index.js';
import { fixedClock, type TestClock } from '../support/clock.js';
import { rejection } from '../support/rejection.js';

const CODING = 'geekpal-coding-mentorship';
const CAREER = 'career-guidance';
const GROUP = 'group-code-review';

const day = (key: string) => ({ from: `${key}T00:00:00.000Z`, to: `${key}T23:59:59.999Z` });
const starts = (slots: Array<{ startsAt: string }>) => slots.map(slot => slot.startsAt);

describe('createMemoryClient', () => {
  let clock: TestClock;
  let store: MemoryStore;
  let student: MentorshipClient;
  let otherStudent: MentorshipClient;

  beforeEach(() => {
    clock = fixedClock('2026-11-24T12:00:00.000Z'); // a Tuesday
    store = new MemoryStore({ now: clock });
    student = createMemoryClient({ store });
    otherStudent = createMemoryClient({ store, student: 'student-2' });
  });

  describe('the demo data set', () => {
    it('has the promised services, mentors in many zones and credit buckets', async () => {
      const services = await student.listServices();
      expect(services.find(service => service.slug === CODING)).to.include({
        name: 'GeekPal 1-1 Coding Mentorship',
        durationMinutes: 60,
        kind: 'one_to_one',
      });
      expect(services.find(service => service.slug === CAREER)?.durationMinutes).to.equal(30);
      expect(services.some(service => service.kind === 'group')).to.equal(true);

      const mentors = await student.listMentors();
      expect(mentors).to.have.length(13);
      const zones = new Set(mentors.map(mentor => mentor.timezone));
      for (const zone of ['America/Caracas', 'America/Bogota', 'Europe/Madrid', 'America/New_York', 'Asia/Kolkata']) {
        expect(zones.has(zone), zone).to.equal(true);
      }
      expect(mentors.some(mentor => mentor.languages.includes('es') && !mentor.languages.includes('en'))).to.equal(true);
      expect(mentors.some(mentor => mentor.languages.includes('en') && !mentor.languages.includes('es'))).to.equal(true);

      const credits = await student.getCredits();
      expect(credits.find(bucket => bucket.renewal === 'month')).to.include({ remaining: 4, renewsAt: '2026-12-01T12:00:00.000Z' });
      expect(credits.some(bucket => bucket.remaining === null)).to.equal(true);
      expect(credits.some(bucket => bucket.remaining === 0)).to.equal(true);
    });

    it('is deterministic for a given now', () => {
      const now = new Date('2026-11-24T12:00:00Z');
      expect(createDemoDataset(now)).to.deep.equal(createDemoDataset(now));
    });

    it('filters mentors by service', async () => {
      const careerMentors = await student.listMentors({ service: CAREER });
      expect(careerMentors.length).to.be.greaterThan(0);
      expect(careerMentors.every(mentor => mentor.services.includes(CAREER))).to.equal(true);
      expect(await student.listMentors({ service: 'data-science-mentorship' })).to.deep.equal([]);
    });

    it("gives each mentor's next free time for the service asked for", async () => {
      const coding = await student.listMentors({ service: CODING });
      expect(coding.find(mentor => mentor.slug === 'ana-garcia')!.nextAvailableAt).to.equal('2026-11-24T15:00:00.000Z');
      clock.set('2026-11-24T18:45:00.000Z');
      const later = await student.listMentors({ service: CODING });
      // Tuesday's last start is 18:00; Wednesday 15:00 is booked by another student, so 16:00.
      expect(later.find(mentor => mentor.slug === 'ana-garcia')!.nextAvailableAt).to.equal('2026-11-25T16:00:00.000Z');
      const all = await student.listMentors();
      expect(all.every(mentor => mentor.nextAvailableAt === undefined)).to.equal(true);
      // The unfiltered list carries the same per service each mentor gives.
      const ana = all.find(mentor => mentor.slug === 'ana-garcia')!;
      expect(ana.nextAvailable).to.deep.equal({ [CODING]: '2026-11-25T16:00:00.000Z', [CAREER]: '2026-11-25T16:00:00.000Z' });
    });
  });

  describe('availability', () => {
    it("follows the mentor's weekly hours in the mentor's zone", async () => {
      // Ana García: weekdays 16:00–20:00 in Madrid, which is UTC+1 in November.
      const { timezone, slots } = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      expect(timezone).to.equal('Europe/Madrid');
      expect(starts(slots)).to.deep.equal(
        ['15:00', '15:30', '16:00', '16:30', '17:00', '17:30', '18:00'].map(time => `2026-11-24T${time}:00.000Z`),
      );
      expect(slots[0].endsAt).to.equal('2026-11-24T16:00:00.000Z');
    });

    it('moves with DST in the mentor zone', async () => {
      clock.set('2026-10-19T00:00:00.000Z');
      const summer = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-10-21') });
      const winter = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-10-28') });
      expect(summer.slots[0].startsAt).to.equal('2026-10-21T14:00:00.000Z');
      expect(winter.slots[0].startsAt).to.equal('2026-10-28T15:00:00.000Z');
    });

    it('excludes the past', async () => {
      clock.set('2026-11-24T16:10:00.000Z');
      const { slots } = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      expect(slots[0].startsAt).to.equal('2026-11-24T16:30:00.000Z');
    });

    it('excludes times shorter than the service', async () => {
      const coding = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      const career = await student.getAvailability({ mentor: 'ana-garcia', service: CAREER, ...day('2026-11-24') });
      // The window ends at 19:00 UTC: a 60-minute session can start at 18:00 at the latest, a 30-minute one at 18:30.
      expect(coding.slots.at(-1)!.startsAt).to.equal('2026-11-24T18:00:00.000Z');
      expect(career.slots.at(-1)!.startsAt).to.equal('2026-11-24T18:30:00.000Z');
    });

    it('excludes booked times, and every time that would overlap them', async () => {
      // The data set books Ana's first free hour at least 20 hours ahead for another student: Wednesday 15:00 UTC.
      const { slots } = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-25') });
      expect(slots[0].startsAt).to.equal('2026-11-25T16:00:00.000Z');

      await student.bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: '2026-11-25T17:00:00.000Z',
        timezone: 'America/Bogota',
        idempotencyKey: 'k1',
      });
      const after = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-25') });
      expect(starts(after.slots)).to.deep.equal(['2026-11-25T16:00:00.000Z', '2026-11-25T18:00:00.000Z']);
    });

    it('refuses unknown mentors, services a mentor does not give, and bad ranges', async () => {
      expect((await rejection(student.getAvailability({ mentor: 'nobody', service: CODING, ...day('2026-11-24') }))).code).to.equal(
        'not-found',
      );
      expect((await rejection(student.getAvailability({ mentor: 'james-carter', service: CODING, ...day('2026-11-24') }))).code).to.equal(
        'not-found',
      );
      expect(
        (await rejection(student.getAvailability({ mentor: 'ana-garcia', service: CODING, from: 'soon', to: 'later' }))).code,
      ).to.equal('bad-request');
    });
  });

  describe('booking', () => {
    const booking = { mentor: 'ana-garcia', service: CODING, startsAt: '2026-11-24T15:00:00.000Z', timezone: 'Asia/Kolkata' };

    it('books a free time and consumes one credit', async () => {
      const session = await student.bookSession({ ...booking, agenda: 'My portfolio', idempotencyKey: 'k1' });
      expect(session).to.include({
        service: CODING,
        startsAt: booking.startsAt,
        endsAt: '2026-11-24T16:00:00.000Z',
        status: 'scheduled',
        agenda: 'My portfolio',
      });
      expect(session.mentor).to.deep.equal({ slug: 'ana-garcia', name: 'Ana García', avatarUrl: null });
      expect(session.joinUrl).to.match(/^https:\/\//);
      const credits = await student.getCredits();
      expect(credits.find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(3);
      const upcoming = await student.listSessions({ status: 'upcoming' });
      expect(upcoming.map(s => s.id)).to.include(session.id);
    });

    it('leaves unlimited credits unlimited', async () => {
      await student.bookSession({ ...booking, service: CAREER, idempotencyKey: 'k1' });
      const credits = await student.getCredits();
      expect(credits.find(bucket => bucket.id === 'career-unlimited')!.remaining).to.equal(null);
    });

    it('refuses a booking with no credits left, without touching the slot', async () => {
      const broke = createMemoryClient({ store, student: 'student-out-of-credits' });
      expect((await rejection(broke.bookSession({ ...booking, idempotencyKey: 'k1' }))).code).to.equal('no-credits');
      // The demo student's 0-credit bucket covers group sessions; their other buckets do not.
      const group = { mentor: 'valentina-rojas', service: GROUP, startsAt: '2026-11-24T13:00:00.000Z', timezone: 'UTC' };
      expect((await rejection(student.bookSession({ ...group, idempotencyKey: 'k2' }))).code).to.equal('no-credits');
      const { slots } = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      expect(starts(slots)).to.include(booking.startsAt);
    });

    it('uses every credit and then refuses, never going below zero', async () => {
      const times = ['15:00', '16:00', '17:00', '18:00'].map(time => `2026-11-24T${time}:00.000Z`);
      for (const [index, startsAt] of times.entries()) {
        await student.bookSession({ ...booking, startsAt, idempotencyKey: `k${index}` });
      }
      const fifth = { ...booking, mentor: 'priya-sharma', startsAt: '2026-11-24T13:00:00.000Z', idempotencyKey: 'k5' };
      expect((await rejection(student.bookSession(fifth))).code).to.equal('no-credits');
      expect((await student.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(0);
    });

    it('answers the same idempotency key with the same single session', async () => {
      const first = await student.bookSession({ ...booking, idempotencyKey: 'same' });
      const second = await student.bookSession({ ...booking, idempotencyKey: 'same' });
      expect(second.id).to.equal(first.id);
      expect((await student.listSessions({ status: 'upcoming' })).filter(s => s.startsAt === booking.startsAt)).to.have.length(1);
      expect((await student.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(3);
    });

    it('refuses a time someone else booked first', async () => {
      await otherStudent.bookSession({ ...booking, idempotencyKey: 'theirs' });
      expect((await rejection(student.bookSession({ ...booking, idempotencyKey: 'mine' }))).code).to.equal('slot-taken');
    });

    it('refuses a time the mentor never offered', async () => {
      const error = await rejection(student.bookSession({ ...booking, startsAt: '2026-11-24T03:00:00.000Z', idempotencyKey: 'k1' }));
      expect(error.code).to.equal('bad-request');
    });
  });

  describe('holds', () => {
    const slot = { mentor: 'ana-garcia', service: CODING, startsAt: '2026-11-24T15:00:00.000Z' };

    it('keeps a held time from other students until it is released', async () => {
      const hold = await student.holdSlot!(slot);
      expect(hold.expiresAt).to.equal('2026-11-24T12:05:00.000Z');

      expect((await rejection(otherStudent.holdSlot!(slot))).code).to.equal('slot-taken');
      expect((await rejection(otherStudent.bookSession({ ...slot, timezone: 'UTC', idempotencyKey: 'k' }))).code).to.equal('slot-taken');
      const theirView = await otherStudent.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      expect(starts(theirView.slots)).not.to.include(slot.startsAt);
      const myView = await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') });
      expect(starts(myView.slots)).to.include(slot.startsAt);

      await student.releaseHold!({ id: hold.id });
      await otherStudent.bookSession({ ...slot, timezone: 'UTC', idempotencyKey: 'k' });
    });

    it('lets the holder book the held time, and lets a hold lapse after five minutes', async () => {
      const hold = await student.holdSlot!(slot);
      await student.bookSession({ ...slot, timezone: 'UTC', idempotencyKey: 'k', holdId: hold.id });

      const later = { ...slot, startsAt: '2026-11-24T17:00:00.000Z' };
      await student.holdSlot!(later);
      clock.advance(4);
      expect((await rejection(otherStudent.holdSlot!(later))).code).to.equal('slot-taken');
      clock.advance(1);
      await otherStudent.holdSlot!(later);
    });

    it('refuses to release a hold that is not yours', async () => {
      const hold = await student.holdSlot!(slot);
      expect((await rejection(otherStudent.releaseHold!({ id: hold.id }))).code).to.equal('not-found');
    });
  });

  describe('sessions', () => {
    it('lists upcoming and past sessions, and they move as time passes', async () => {
      const upcoming = await student.listSessions({ status: 'upcoming' });
      const past = await student.listSessions({ status: 'past' });
      expect(upcoming).to.have.length(1);
      expect(upcoming[0]).to.include({ status: 'scheduled', agenda: 'Help me design the database for my final project' });
      expect(past.map(session => session.status)).to.deep.equal(['completed', 'completed']);
      expect(past.map(session => session.feedback?.rating ?? null)).to.deep.equal([null, 5]);

      clock.set(upcoming[0].startsAt);
      clock.advance(10);
      expect((await student.listSessions({ status: 'upcoming' }))[0].status).to.equal('started');
      clock.set(upcoming[0].endsAt);
      expect(await student.listSessions({ status: 'upcoming' })).to.deep.equal([]);
      expect(await student.listSessions({ status: 'past' })).to.have.length(3);
    });

    it('cancels an upcoming session, refunds its credit and frees the time', async () => {
      const startsAt = '2026-11-24T15:00:00.000Z';
      const session = await student.bookSession({ mentor: 'ana-garcia', service: CODING, startsAt, timezone: 'UTC', idempotencyKey: 'k' });
      const canceled = await student.cancelSession({ id: session.id });
      expect(canceled.status).to.equal('canceled');
      expect((await student.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(4);
      expect(starts((await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') })).slots)).to.include(
        startsAt,
      );
      expect((await student.listSessions({ status: 'past' })).map(s => s.id)).to.include(session.id);
    });

    it('moves a session to another free time of its mentor: same id, same credits, old time freed', async () => {
      const first = '2026-11-24T15:00:00.000Z';
      const later = '2026-11-24T16:00:00.000Z';
      const session = await student.bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: first,
        timezone: 'UTC',
        idempotencyKey: 'b',
      });
      const credits = (await student.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining;
      // Moving by half an hour overlaps the session's own time, which does not count as busy.
      const shifted = await student.rescheduleSession!({ id: session.id, startsAt: '2026-11-24T15:30:00.000Z', idempotencyKey: 'm0' });
      expect(shifted.startsAt).to.equal('2026-11-24T15:30:00.000Z');
      const moved = await student.rescheduleSession!({ id: session.id, startsAt: later, idempotencyKey: 'm1' });
      expect(moved).to.include({ id: session.id, startsAt: later, endsAt: '2026-11-24T17:00:00.000Z', status: 'scheduled' });
      expect(await student.rescheduleSession!({ id: session.id, startsAt: first, idempotencyKey: 'm1' })).to.deep.equal(moved);
      expect((await student.getCredits()).find(bucket => bucket.id === 'monthly-coding')!.remaining).to.equal(credits);
      const free = starts((await student.getAvailability({ mentor: 'ana-garcia', service: CODING, ...day('2026-11-24') })).slots);
      expect(free).to.include(first);
      expect(free).not.to.include(later);

      const taken = await otherStudent.bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: first,
        timezone: 'UTC',
        idempotencyKey: 'o',
      });
      expect(taken.startsAt).to.equal(first);
      expect((await rejection(student.rescheduleSession!({ id: session.id, startsAt: first, idempotencyKey: 'm2' }))).code).to.equal(
        'slot-taken',
      );
    });

    it('refuses to cancel or move inside the notice period, with a reason in the asked language', async () => {
      const strict = new MemoryStore({ now: clock, changeNoticeHours: 6 });
      const english = createMemoryClient({ store: strict });
      const spanish = createMemoryClient({ store: strict, locale: () => 'es' });
      const soon = await english.bookSession({
        mentor: 'ana-garcia',
        service: CODING,
        startsAt: '2026-11-24T15:00:00.000Z',
        timezone: 'UTC',
        idempotencyKey: 's',
      });
      const refused = await rejection(english.cancelSession({ id: soon.id }));
      expect(refused).to.include({ code: 'forbidden', reason: 'Sessions can be canceled or moved up to 6 hours before they start.' });
      const moveRefused = await rejection(
        spanish.rescheduleSession!({ id: soon.id, startsAt: '2026-11-25T15:00:00.000Z', idempotencyKey: 'x' }),
      );
      expect(moveRefused.reason).to.equal('Las sesiones se pueden cancelar o mover hasta 6 horas antes de empezar.');
      clock.set('2026-11-24T08:59:59.000Z');
      expect((await english.cancelSession({ id: soon.id })).status).to.equal('canceled');
    });

    it('takes one rating per ended session and folds it into the mentor’s', async () => {
      const ana = async () => (await student.listMentors()).find(mentor => mentor.slug === 'ana-garcia')!.rating;
      expect(await ana()).to.equal(4.9);
      const [upcoming] = await student.listSessions({ status: 'upcoming' });
      expect((await rejection(student.rateSession!({ id: upcoming.id, rating: 5 }))).reason).to.equal(
        'You can rate a session once it has ended.',
      );
      const past = (await student.listSessions({ status: 'past' })).find(session => session.mentor.slug === 'ana-garcia')!;
      expect((await rejection(student.rateSession!({ id: past.id, rating: 6 }))).code).to.equal('bad-request');
      const rated = await student.rateSession!({ id: past.id, rating: 1, comment: '  Late  ' });
      expect(rated.feedback).to.deep.equal({ rating: 1, comment: 'Late' });
      // Ten ratings averaging 4.9, then a 1: (49 + 1) / 11.
      expect(await ana()).to.equal(4.5);
      expect((await rejection(student.rateSession!({ id: past.id, rating: 5 }))).reason).to.equal('You have already rated this session.');
      expect((await rejection(otherStudent.rateSession!({ id: past.id, rating: 5 }))).code).to.equal('not-found');
    });

    it("refuses to cancel past sessions and other students' sessions", async () => {
      const [past] = await student.listSessions({ status: 'past' });
      expect((await rejection(student.cancelSession({ id: past.id }))).code).to.equal('forbidden');
      const [mine] = await student.listSessions({ status: 'upcoming' });
      expect((await rejection(otherStudent.cancelSession({ id: mine.id }))).code).to.equal('not-found');
    });
  });

  describe('group sessions', () => {
    const REST_APIS = 'grp-rest-apis'; // Valentina, tomorrow 17:00 in Bogotá: 6 seats, 2 taken
    const unlimited = () => createMemoryClient({ store, student: 'student-unlimited' });
    const seat = (client: MentorshipClient, groupSession: string, idempotencyKey: string) =>
      client.bookGroupSeat!({ groupSession, timezone: 'America/Bogota', agenda: 'My API', idempotencyKey });

    it("lists a group service's sessions soonest first, with the seats left", async () => {
      const groups = await student.listGroupSessions!({ service: GROUP });
      expect(groups.map(group => [group.id, group.seatsLeft, group.joined])).to.deep.equal([
        [REST_APIS, 4, false],
        ['grp-docker', 0, false],
        ['grp-interviews', 5, false],
        ['grp-sql', 6, false],
      ]);
      expect(groups[0]).to.deep.include({
        service: GROUP,
        title: 'REST APIs with Express',
        startsAt: '2026-11-25T22:00:00.000Z',
        endsAt: '2026-11-25T23:00:00.000Z',
        seats: 6,
      });
      expect(groups[0].mentor).to.deep.equal({ slug: 'valentina-rojas', name: 'Valentina Rojas', avatarUrl: null });
      expect(await student.listGroupSessions!({ service: CODING })).to.deep.equal([]);
      expect((await rejection(student.listGroupSessions!({ service: 'nope' }))).code).to.equal('not-found');
      clock.set('2026-11-25T22:00:00.000Z');
      expect((await student.listGroupSessions!({ service: GROUP })).map(group => group.id)).not.to.include(REST_APIS);
    });

    it('takes a seat for one credit, once; cancelling gives the seat and the credit back', async () => {
      const credits = async () => (await otherStudent.getCredits()).find(bucket => bucket.id === 'monthly-student-2')!.remaining;
      const restApis = async (client: MentorshipClient) => (await client.listGroupSessions!({ service: GROUP }))[0];
      const session = await seat(otherStudent, REST_APIS, 'k1');
      expect(session).to.deep.include({
        service: GROUP,
        groupSession: REST_APIS,
        startsAt: '2026-11-25T22:00:00.000Z',
        status: 'scheduled',
        agenda: 'My API',
      });
      expect(await credits()).to.equal(3);
      expect(await restApis(otherStudent)).to.include({ seatsLeft: 3, joined: true });
      expect(await restApis(unlimited())).to.include({ seatsLeft: 3, joined: false });
      expect(await seat(otherStudent, REST_APIS, 'k1')).to.deep.equal(session);
      expect(await rejection(seat(otherStudent, REST_APIS, 'k2'))).to.include({
        code: 'forbidden',
        reason: 'You already have a seat in this group session.',
      });
      expect((await otherStudent.listSessions({ status: 'upcoming' })).map(s => s.id)).to.include(session.id);

      await otherStudent.cancelSession({ id: session.id });
      expect(await credits()).to.equal(4);
      expect(await restApis(otherStudent)).to.include({ seatsLeft: 4, joined: false });
    });

    it('gives the last seat to the first student; a full session is slot-taken, in the asked language', async () => {
      const dataset = createDemoDataset(clock());
      dataset.groupSessions![0].taken = 5;
      store = new MemoryStore({ now: clock, dataset });
      await seat(createMemoryClient({ store, student: 'student-unlimited' }), REST_APIS, 'a');
      const late = createMemoryClient({ store, student: 'student-2', locale: 'es' });
      expect(await rejection(seat(late, REST_APIS, 'b'))).to.include({ code: 'slot-taken', reason: 'Esta sesión grupal está llena.' });
      expect((await late.listGroupSessions!({ service: GROUP }))[0].seatsLeft).to.equal(0);
      expect(await rejection(seat(late, 'grp-docker', 'c'))).to.include({ code: 'slot-taken' });
    });

    it('refuses a seat without credits, in a session that has started, or in one that does not exist', async () => {
      expect((await rejection(seat(student, REST_APIS, 'a'))).code).to.equal('no-credits');
      expect((await rejection(seat(unlimited(), 'nope', 'b'))).code).to.equal('not-found');
      clock.set('2026-11-25T22:00:00.000Z');
      expect((await rejection(seat(unlimited(), REST_APIS, 'c'))).code).to.equal('forbidden');
    });

    it('a seat cannot be moved; a group service has no 1-1 times; a group session keeps its mentor busy', async () => {
      const taken = await seat(otherStudent, REST_APIS, 'k');
      expect(
        await rejection(otherStudent.rescheduleSession!({ id: taken.id, startsAt: '2026-11-30T22:00:00.000Z', idempotencyKey: 'm' })),
      ).to.include({
        code: 'forbidden',
        reason: 'A seat in a group session cannot be moved: cancel it and take a seat in another session.',
      });
      expect((await otherStudent.getAvailability({ mentor: 'valentina-rojas', service: GROUP, ...day('2026-11-25') })).slots).to.deep.equal(
        [],
      );
      const oneToOne = { mentor: 'valentina-rojas', service: GROUP, startsAt: '2026-11-25T14:00:00.000Z', timezone: 'UTC' };
      expect((await rejection(unlimited().bookSession({ ...oneToOne, idempotencyKey: 'g' }))).code).to.equal('bad-request');

      // Valentina gives 1-1 coding from 08:00 to 11:00 in Bogotá; a group session at 09:00 leaves 08:00 and 10:00.
      const dataset = createDemoDataset(clock());
      dataset.groupSessions = [
        { id: 'g', service: GROUP, mentor: 'valentina-rojas', title: 'T', daysFromNow: 1, time: '09:00', seats: 3, taken: 0 },
      ];
      const busy = createMemoryClient({ store: new MemoryStore({ now: clock, dataset }) });
      const free = starts((await busy.getAvailability({ mentor: 'valentina-rojas', service: CODING, ...day('2026-11-25') })).slots);
      expect(free).to.deep.equal(['2026-11-25T13:00:00.000Z', '2026-11-25T15:00:00.000Z']);
    });
  });

  it('rejects with the abort reason when the signal is aborted', async () => {
    const slow = createMemoryClient({ store, latencyMs: 1_000 });
    const controller = new AbortController();
    const pending = slow.listServices({ signal: controller.signal });
    controller.abort();
    const error = await pending.then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
