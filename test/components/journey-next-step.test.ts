/**
 * The journey's one next step when several apply (stages.ts): the order is the cycle's, and a planted
 * swap of any two branches fails one of these. Each case names what applies and what must win.
 */
import { expect } from '@open-wc/testing';
import type { Goal, MenteeProfile, MentorshipProgram, MentorshipSession } from '../../src/client/types.js';
import { journeyOf, type JourneyData } from '../../src/components/mentorship-journey/stages.js';

const NOW = new Date('2026-11-24T12:00:00.000Z');

const program = (change: Partial<MentorshipProgram> = {}): MentorshipProgram => ({
  name: 'Full-stack mentoring',
  startsAt: '2026-09-01T00:00:00.000Z',
  // Far from its end unless a case says otherwise.
  endsAt: '2027-03-01T00:00:00.000Z',
  sessionsPlanned: 6,
  sessionsDone: 0,
  guidelinesUrl: null,
  resources: [],
  ...change,
});
const NEAR_END = { endsAt: '2026-12-01T00:00:00.000Z' };

const session = (id: string, change: Partial<MentorshipSession> = {}): MentorshipSession => ({
  id,
  service: 'coding',
  mentor: { slug: 'ana', name: 'Ana', avatarUrl: null },
  startsAt: '2026-11-10T15:00:00.000Z',
  endsAt: '2026-11-10T16:00:00.000Z',
  status: 'completed',
  joinUrl: null,
  agenda: '',
  ...change,
});
/** Held, and checked in on (nothing due). */
const heldAndRated = (id: string) => session(id, { feedback: { rating: 5, comment: '' } });
/** Held, still waiting for the student's check-in. */
const heldNotRated = (id: string) => session(id);
const upcoming = session('u1', { status: 'scheduled', startsAt: '2026-11-30T15:00:00.000Z', endsAt: '2026-11-30T16:00:00.000Z' });

const PROFILE = {
  goals: 'A job',
  skills: [],
  level: null,
  languages: ['en'],
  times: { weekdays: [], parts: [] },
  timezone: 'UTC',
  updatedAt: null,
} as MenteeProfile;
const GOAL = { id: 'g1', title: 'Ship it', status: 'active' } as Goal;

const data = (change: Partial<JourneyData>): JourneyData => ({
  program: program(),
  profile: PROFILE,
  goals: [GOAL],
  upcoming: [],
  past: [],
  checkIns: true,
  ...change,
});

const next = (change: Partial<JourneyData>) => {
  const journey = journeyOf(data(change), NOW);
  return { current: journey.stages.find(stage => stage.state === 'current')?.id, actions: journey.actions };
};

const stagesOf = (change: Partial<JourneyData>) =>
  journeyOf(data(change), NOW).stages.map(stage => `${stage.id}: ${stage.state}${stage.early ? ', early' : ''}`);

describe('the journey’s next step when several apply', () => {
  it('the intake first, over a check-in due and goals not set (with the guidelines beside it); near the end, closing too', () => {
    expect(
      next({
        profile: null,
        goals: [],
        past: [heldNotRated('p1')],
        program: program({ ...NEAR_END, sessionsDone: 1, guidelinesUrl: 'https://lms.example/guide' }),
      }),
    ).to.deep.equal({ current: 'orientation', actions: ['guidelines', 'intake', 'close'] });
    expect(next({ profile: null, goals: [], past: [heldNotRated('p1')], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'orientation',
      actions: ['intake'],
    });
  });

  it('without profiles, a first booking before anything else', () => {
    expect(next({ profile: undefined, goals: [] })).to.deep.equal({ current: 'orientation', actions: ['book-orientation'] });
  });

  it('goals not set come before a check-in due, which is offered beside them', () => {
    expect(next({ goals: [], past: [heldNotRated('p1')], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'goals',
      actions: ['set-goals', 'check-in'],
    });
  });

  it('the first meeting; nothing to do once it is booked but, near the end, closing', () => {
    expect(next({ goals: [] })).to.deep.equal({ current: 'first-meeting', actions: ['book-orientation'] });
    expect(next({ goals: [], upcoming: [upcoming] })).to.deep.equal({ current: 'first-meeting', actions: [] });
    expect(next({ goals: [], upcoming: [upcoming], program: program(NEAR_END) })).to.deep.equal({
      current: 'first-meeting',
      actions: ['close'],
    });
  });

  it('a session its mentor reported as an absence is not a meeting held, whatever its status says', () => {
    for (const attendance of ['student-absent', 'mentor-absent'] as const) {
      const reported = session('r1', { attendance, feedback: { rating: 5, comment: '' } });
      expect(next({ goals: [], past: [reported] }), attendance).to.deep.equal({ current: 'first-meeting', actions: ['book-orientation'] });
    }
    expect(next({ goals: [], past: [session('r2', { attendance: 'held', feedback: { rating: 5, comment: '' } })] }).current).to.equal(
      'goals',
    );
  });

  it('regular meetings until every planned one is held; near the end, closing is offered beside them', () => {
    expect(next({ past: [heldAndRated('p1')], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'meetings',
      actions: ['book-session'],
    });
    expect(next({ past: [heldAndRated('p1')], upcoming: [upcoming], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'meetings',
      actions: [],
    });
    expect(next({ past: [heldAndRated('p1')], program: program({ ...NEAR_END, sessionsDone: 1 }) })).to.deep.equal({
      current: 'meetings',
      actions: ['book-session', 'close'],
    });
    // With no number planned, they go on until the end nears.
    expect(next({ past: [heldAndRated('p1')], program: program({ sessionsPlanned: 0, sessionsDone: 1 }) }).current).to.equal('meetings');
    expect(next({ past: [heldAndRated('p1')], program: program({ ...NEAR_END, sessionsPlanned: 0, sessionsDone: 1 }) }).current).to.equal(
      'closing',
    );
  });

  it('closing once every stage before it is done: a final meeting with the last 1-1 mentor, then the summary', () => {
    const journey = journeyOf(
      data({
        past: [
          heldAndRated('p1'),
          session('p2', {
            mentor: { slug: 'luis', name: 'Luis', avatarUrl: null },
            startsAt: '2026-11-17T15:00:00.000Z',
            feedback: { rating: 4, comment: '' },
          }),
        ],
        program: program({ sessionsPlanned: 2, sessionsDone: 2 }),
      }),
      NOW,
    );
    expect(journey.stages.find(stage => stage.state === 'current')?.id).to.equal('closing');
    expect(journey.actions).to.deep.equal(['final-meeting', 'close']);
    expect(journey.finalMeeting).to.deep.equal({ mentor: 'luis', service: 'coding', name: 'Luis' });
    // Booked already: only the summary is left to do.
    expect(
      next({ past: [heldAndRated('p1')], upcoming: [upcoming], program: program({ sessionsPlanned: 1, sessionsDone: 1 }) }),
    ).to.deep.equal({
      current: 'closing',
      actions: ['close'],
    });
  });

  it('nothing once the programme is closed, whatever else applies', () => {
    const closed = program({ ...NEAR_END, closed: { at: '2026-11-20T00:00:00.000Z', summary: 'Done', achievements: [], rating: 5 } });
    expect(next({ profile: null, goals: [], past: [heldNotRated('p1')], program: closed })).to.deep.equal({
      current: undefined,
      actions: [],
    });
  });
});

describe('the journey’s stages: one reading of where the student is', () => {
  it('is at the first stage not done; what was done after it says it was done out of order', () => {
    expect(stagesOf({ profile: null, past: [heldAndRated('p1')], program: program({ sessionsDone: 1 }) })).to.deep.equal([
      'orientation: current',
      'first-meeting: done, early',
      'goals: done, early',
      'meetings: todo',
      'review: done, early',
      'closing: todo',
    ]);
  });

  it('never leaves a stage to do between done ones near the end: the student is at regular meetings until they are held', () => {
    expect(stagesOf({ past: [heldAndRated('p1')], program: program({ ...NEAR_END, sessionsDone: 1 }) })).to.deep.equal([
      'orientation: done',
      'first-meeting: done',
      'goals: done',
      'meetings: current',
      'review: done, early',
      'closing: todo',
    ]);
  });

  it('has the cycle’s seven stages with group sessions: skills development is done by a workshop or group session held', () => {
    const workshop = session('w1', { groupSession: 'gs-1', feedback: { rating: 5, comment: '' } });
    const base = { groups: true, program: program({ sessionsPlanned: 1, sessionsDone: 1 }) };
    expect(stagesOf({ ...base, past: [heldAndRated('p1')] })).to.deep.equal([
      'orientation: done',
      'first-meeting: done',
      'goals: done',
      'meetings: done',
      'skills: current',
      'review: done, early',
      'closing: todo',
    ]);
    expect(next({ ...base, past: [heldAndRated('p1')] }).actions).to.deep.equal(['book-session']);
    expect(stagesOf({ ...base, past: [heldAndRated('p1'), workshop] })).to.deep.equal([
      'orientation: done',
      'first-meeting: done',
      'goals: done',
      'meetings: done',
      'skills: done',
      'review: done',
      'closing: current',
    ]);
    // A workshop is not whom a final meeting is with.
    expect(journeyOf(data({ ...base, past: [workshop] }), NOW).finalMeeting).to.equal(undefined);
  });
});
