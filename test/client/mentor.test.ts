/**
 * The mentor's side of the contract on both clients: the sessions with each student's context, the
 * report (attendance, credits, what the student then sees), and the mentor's hours feeding the free
 * times students read.
 */
import { expect } from '@open-wc/testing';
import { createHttpClient, createMemoryClient, MemoryStore, type MentorshipClient } from '../../src/index.js';
import { forBothClients } from '../support/both-clients.js';
import { fixedClock } from '../support/clock.js';
import { serveStore } from '../support/mock-backend.js';
import { rejection } from '../support/rejection.js';

const CODING = 'geekpal-coding-mentorship';
const MENTEE = 'student-3';

/** student-2's credits for coding sessions. */
async function codingCredits(client: MentorshipClient): Promise<number | null> {
  return (await client.getCredits()).find(bucket => bucket.services.includes(CODING))!.remaining;
}

forBothClients('the mentor’s sessions and reports', backend => {
  /** student-2 books Ana's first free coding time tomorrow, and the clock moves past its end. */
  async function heldBooking() {
    const { slots } = await backend.other.getAvailability({
      mentor: 'ana-garcia',
      service: CODING,
      from: '2026-11-26T00:00:00.000Z',
      to: '2026-11-27T00:00:00.000Z',
    });
    const session = await backend.other.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: slots[0].startsAt,
      timezone: 'America/Bogota',
      agenda: 'Hooks, again',
      idempotencyKey: 'book-it',
    });
    backend.clock.set('2026-11-27T12:00:00.000Z');
    return session;
  }

  it('lists the mentor’s sessions, each with its student’s context; a private goal never reaches the mentor', async () => {
    expect(backend.mentor.capabilities.mentor).to.equal(true);
    const upcoming = await backend.mentor.listMentorSessions!({ status: 'upcoming' });
    expect(upcoming.map(session => session.student.name)).to.deep.equal(['Sofía Herrera', 'Maya Chen']);
    const maya = upcoming[1];
    expect(maya).to.deep.include({ agenda: 'Review the README and tests of my portfolio', sessionsTogether: 2, report: null });
    expect(maya.student).to.deep.equal({
      id: MENTEE,
      name: 'Maya Chen',
      avatarUrl: null,
      program: 'Front-End Developer · Mentoring programme',
      timezone: 'America/Mexico_City',
      closingWords: null,
    });
    expect(maya.goal).to.deep.include({ id: 'goal-portfolio', title: 'Publish a portfolio with three React projects', progress: 33 });
    expect(maya.goal!.steps.map(step => step.done)).to.deep.equal([true, false, false]);
    expect(maya.intake).to.deep.equal({
      goals: 'Land my first front-end job by spring, with a portfolio I am proud of.',
      skills: ['React', 'Testing', 'Accessibility'],
      languages: ['en', 'es'],
    });
    expect(maya.lastCheckIn).to.deep.include({ rating: 5, fit: 'good', comment: 'The testing tips were exactly what I needed.' });

    const past = await backend.mentor.listMentorSessions!({ status: 'past' });
    expect(past.map(session => session.agenda)).to.deep.equal([
      'Practise the salary conversation for my first offer',
      'How do I test my React components?',
      'Review my React to-do list project',
    ]);
    // Booked for a goal the student keeps to themselves: the mentor is not told it exists.
    expect(past[0].goal).to.equal(null);
    expect(past[0].report).to.equal(null);
    expect(past[1].report).to.deep.include({ attendance: 'held', editableUntil: null });
    expect(JSON.stringify(past)).not.to.contain('goal-salary');
    expect(JSON.stringify(past)).not.to.contain('Negotiate my first salary');
  });

  it('refuses a student’s token in the backend’s words', async () => {
    const refused = await rejection(backend.client.listMentorSessions!());
    expect(refused.code).to.equal('forbidden');
    expect(refused.reason).to.equal('Only mentors can see this. Sign in with your mentor account.');
    expect((await rejection(backend.client.getMentorHours!())).code).to.equal('forbidden');
  });

  it('a report reaches the student: the summary, next steps and feedback under the session and on its goal', async () => {
    backend.clock.set('2026-12-10T12:00:00.000Z');
    const [session] = (await backend.mentor.listMentorSessions!({ status: 'past' })).filter(one => one.student.id === MENTEE);
    expect(session.agenda).to.equal('Review the README and tests of my portfolio');
    const reported = await backend.mentor.submitSessionReport!({
      session: session.id,
      attendance: 'held',
      summary: 'The README now says how to run the tests.',
      actionItems: ['Add a screenshot to the README', ' '],
      goalProgress: 60,
      feedback: { wentWell: 'Clear commits.', toWorkOn: 'Name tests for behaviour.' },
      idempotencyKey: 'report-1',
    });
    expect(reported.report).to.deep.include({
      attendance: 'held',
      summary: 'The README now says how to run the tests.',
      actionItems: ['Add a screenshot to the README'],
      goalProgress: 60,
      at: '2026-12-10T12:00:00.000Z',
      editableUntil: '2026-12-12T12:00:00.000Z',
    });
    expect(reported.status).to.equal('completed');

    const maya = createMemoryClient({ store: backend.store, student: MENTEE });
    const seen = (await maya.listSessions({ status: 'past' })).find(one => one.id === session.id)!;
    expect(seen).to.deep.include({ attendance: 'held', summary: 'The README now says how to run the tests.' });
    expect(seen.mentorFeedback).to.deep.equal({ wentWell: 'Clear commits.', toWorkOn: 'Name tests for behaviour.' });
    const goal = (await maya.listGoals!()).find(one => one.id === 'goal-portfolio')!;
    expect(goal.sessions.at(-1)).to.deep.include({
      summary: 'The README now says how to run the tests.',
      actionItems: ['Add a screenshot to the README'],
    });

    // The same key again: the first answer, nothing written twice.
    const again = await backend.mentor.submitSessionReport!({
      session: session.id,
      attendance: 'student-absent',
      idempotencyKey: 'report-1',
    });
    expect(again.report).to.deep.equal(reported.report);
  });

  it('“I could not attend” returns the credit; “the student did not come” spends it (the store’s policy, stated); a correction moves it back', async () => {
    const before = await codingCredits(backend.other);
    const booked = await heldBooking();
    expect(await codingCredits(backend.other)).to.equal(before! - 1);
    const [listed] = (await backend.mentor.listMentorSessions!({ status: 'past' })).filter(one => one.id === booked.id);
    expect(listed.studentAbsentCredit).to.equal('spent');
    expect(listed.student.timezone).to.equal('America/Bogota');

    const absent = await backend.mentor.submitSessionReport!({ session: booked.id, attendance: 'student-absent', idempotencyKey: 'a' });
    expect(absent.status).to.equal('missed');
    expect(await codingCredits(backend.other)).to.equal(before! - 1);
    const missed = (await backend.other.listSessions({ status: 'past' })).find(one => one.id === booked.id)!;
    expect(missed).to.deep.include({ status: 'missed', attendance: 'student-absent' });

    await backend.mentor.submitSessionReport!({ session: booked.id, attendance: 'mentor-absent', idempotencyKey: 'b' });
    expect(await codingCredits(backend.other)).to.equal(before);
    await backend.mentor.submitSessionReport!({
      session: booked.id,
      attendance: 'held',
      summary: 'We met after all.',
      idempotencyKey: 'c',
    });
    expect(await codingCredits(backend.other)).to.equal(before! - 1);

    // After the window the backend states, the report stands.
    backend.clock.set('2026-11-30T12:00:01.000Z');
    const late = await rejection(
      backend.mentor.submitSessionReport!({ session: booked.id, attendance: 'mentor-absent', idempotencyKey: 'd' }),
    );
    expect(late.code).to.equal('forbidden');
    expect(late.reason).to.equal('This report can no longer be changed.');
  });

  it('refuses a report before the session starts, a held one without a summary, and another mentor’s session', async () => {
    const [next] = await backend.mentor.listMentorSessions!({ status: 'upcoming' });
    const early = await rejection(backend.mentor.submitSessionReport!({ session: next.id, attendance: 'held', summary: 'x' }));
    expect(early.code).to.equal('forbidden');
    const [past] = await backend.mentor.listMentorSessions!({ status: 'past' });
    const bare = await rejection(backend.mentor.submitSessionReport!({ session: past.id, attendance: 'held', summary: ' ' }));
    expect(bare.code).to.equal('bad-request');
    expect(bare.message).to.contain('summary');
    const theirs = (await backend.client.listSessions({ status: 'upcoming' }))[0];
    expect((await rejection(backend.mentor.submitSessionReport!({ session: theirs.id, attendance: 'held', summary: 'x' }))).code).to.equal(
      'not-found',
    );
  });

  it('the words a student wrote to their mentors when closing reach the mentor with their sessions', async () => {
    const words = async () => (await backend.mentor.listMentorSessions!()).find(one => one.student.id === MENTEE)!.student.closingWords;
    expect(await words()).to.equal(null);
    const maya = createMemoryClient({ store: backend.store, student: MENTEE });
    await maya.closeProgram!({ summary: 'I have a portfolio now.', achievements: [], rating: 5, comment: 'Thank you, Ana!' });
    expect(await words()).to.deep.equal({ comment: 'Thank you, Ana!', at: '2026-11-24T12:00:00.000Z' });
  });

  it('the programme counts only the sessions held', async () => {
    const maya = createMemoryClient({ store: backend.store, student: MENTEE });
    expect((await maya.getProgram!()).sessionsDone).to.equal(2);
    const [yesterday] = (await backend.mentor.listMentorSessions!({ status: 'past' })).filter(one => one.student.id === MENTEE);
    await backend.mentor.submitSessionReport!({ session: yesterday.id, attendance: 'student-absent' });
    expect((await maya.getProgram!()).sessionsDone).to.equal(1);
  });
});

forBothClients('the mentor’s hours', backend => {
  const tuesday = { from: '2026-12-01T00:00:00.000Z', to: '2026-12-02T00:00:00.000Z' };
  const freeTimes = async (range = tuesday) =>
    (await backend.client.getAvailability({ mentor: 'ana-garcia', service: CODING, ...range })).slots.map(slot => slot.startsAt);

  it('reads and replaces the weekly hours, time off, notice and buffer; students’ free times follow', async () => {
    const hours = await backend.mentor.getMentorHours!();
    expect(hours).to.deep.include({ timeZone: 'Europe/Madrid', timeOff: [], noticeMinutes: 0, bufferMinutes: 0 });
    expect(hours.weekly).to.have.length(5);
    expect(await freeTimes()).to.include('2026-12-01T15:00:00.000Z');

    const saved = await backend.mentor.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [
        { weekday: 2, start: '18:00', end: '19:00' },
        { weekday: 2, start: '09:00', end: '10:00' },
      ],
      timeOff: [{ from: '2026-12-08', to: '2026-12-08', note: 'Conference' }],
      noticeMinutes: 0,
      bufferMinutes: 0,
      idempotencyKey: 'hours-1',
    });
    expect(saved.weekly.map(range => range.start)).to.deep.equal(['09:00', '18:00']);
    expect(await freeTimes()).to.deep.equal(['2026-12-01T08:00:00.000Z', '2026-12-01T17:00:00.000Z']);
    // A Tuesday off.
    expect(await freeTimes({ from: '2026-12-08T00:00:00.000Z', to: '2026-12-09T00:00:00.000Z' })).to.deep.equal([]);
    expect((await backend.mentor.getMentorHours!()).timeOff).to.deep.equal([{ from: '2026-12-08', to: '2026-12-08', note: 'Conference' }]);
  });

  it('keeps 18:00 at 18:00 in the mentor’s zone across a change of clocks', async () => {
    await backend.mentor.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [{ weekday: 2, start: '18:00', end: '19:00' }],
      timeOff: [],
    });
    backend.clock.set('2027-03-20T12:00:00.000Z');
    // Madrid is UTC+1 on Tuesday 23 March and UTC+2 on Tuesday 30 March 2027.
    expect(await freeTimes({ from: '2027-03-23T00:00:00.000Z', to: '2027-03-24T00:00:00.000Z' })).to.deep.equal([
      '2027-03-23T17:00:00.000Z',
    ]);
    expect(await freeTimes({ from: '2027-03-30T00:00:00.000Z', to: '2027-03-31T00:00:00.000Z' })).to.deep.equal([
      '2027-03-30T16:00:00.000Z',
    ]);
  });

  it('a booked session inside new time off stays booked; notice and buffer narrow the free times', async () => {
    const [first] = await freeTimes();
    const booked = await backend.client.bookSession({
      mentor: 'ana-garcia',
      service: CODING,
      startsAt: first,
      timezone: 'UTC',
      idempotencyKey: 'k',
    });
    await backend.mentor.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [{ weekday: 2, start: '16:00', end: '20:00' }],
      timeOff: [{ from: '2026-12-01', to: '2026-12-01', note: '' }],
    });
    expect((await backend.client.listSessions({ status: 'upcoming' })).map(session => session.id)).to.include(booked.id);
    await backend.mentor.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [{ weekday: 2, start: '16:00', end: '20:00' }],
      timeOff: [],
      bufferMinutes: 30,
    });
    // 15:00–16:00 UTC is booked; with 30 minutes either side, 16:00 is not free, 16:30 is.
    expect(await freeTimes()).to.deep.equal(['16:30', '17:00', '17:30', '18:00'].map(time => `2026-12-01T${time}:00.000Z`));
    await backend.mentor.saveMentorHours!({
      timeZone: 'Europe/Madrid',
      weekly: [{ weekday: 2, start: '16:00', end: '20:00' }],
      timeOff: [],
      noticeMinutes: 7 * 24 * 60 - 60 * 5,
    });
    // A week's notice but five hours: from Tuesday 1 December 07:00 UTC on.
    expect(await freeTimes()).to.deep.equal(['16:00', '16:30', '17:00', '17:30', '18:00'].map(time => `2026-12-01T${time}:00.000Z`));
    // Later the same day, the notice reaches into Tuesday's hours: 16:00 UTC is too soon at 21:10.
    backend.clock.set('2026-11-24T21:10:00.000Z');
    expect(await freeTimes()).to.deep.equal(['16:30', '17:00', '17:30', '18:00'].map(time => `2026-12-01T${time}:00.000Z`));
  });

  it('refuses an overlap, an empty range and a bad day, naming the field; nothing changes', async () => {
    for (const [weekly, timeOff, field] of [
      [
        [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
        ],
        [],
        'weekly.1: overlap',
      ],
      [[{ weekday: 3, start: '12:00', end: '12:00' }], [], 'weekly.0: empty'],
      [[], [{ from: '2026-12-10', to: '2026-12-09', note: '' }], 'timeOff.0: order'],
      [[], [{ from: '2026-02-30', to: '2026-03-01', note: '' }], 'timeOff.0: day'],
    ] as const) {
      const refused = await rejection(
        backend.mentor.saveMentorHours!({ timeZone: 'Europe/Madrid', weekly: [...weekly], timeOff: [...timeOff] }),
      );
      expect(refused.code, field).to.equal('bad-request');
      expect(refused.message).to.contain(field);
    }
    expect((await backend.mentor.getMentorHours!()).weekly).to.have.length(5);
  });
});

describe('the mentor’s side over HTTP', () => {
  it('a student’s token is 403 with the backend’s words, in the asked language', async () => {
    await serveStore(new MemoryStore({ now: fixedClock() }));
    const student = createHttpClient({ baseUrl: '/api', retryDelayMs: 1, locale: 'es', getToken: () => 'student-2' });
    const refused = await rejection(student.listMentorSessions!());
    expect([refused.status, refused.code]).to.deep.equal([403, 'forbidden']);
    expect(refused.reason).to.equal('Solo los mentores pueden ver esto. Inicia sesión con tu cuenta de mentor.');
  });
});
