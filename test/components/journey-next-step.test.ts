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

describe('the journey’s next step when several apply', () => {
  it('the intake first, over a check-in due, goals not set and the end near (with the guidelines beside it)', () => {
    expect(
      next({
        profile: null,
        goals: [],
        past: [heldNotRated('p1')],
        program: program({ ...NEAR_END, sessionsDone: 1, guidelinesUrl: 'https://lms.example/guide' }),
      }),
    ).to.deep.equal({ current: 'orientation', actions: ['guidelines', 'intake'] });
  });

  it('without profiles, a first booking before anything else', () => {
    expect(next({ profile: undefined, goals: [], program: program(NEAR_END) })).to.deep.equal({
      current: 'orientation',
      actions: ['book-orientation'],
    });
  });

  it('a check-in due, over goals not set and the end near', () => {
    expect(next({ goals: [], past: [heldNotRated('p1')], program: program({ ...NEAR_END, sessionsDone: 1 }) })).to.deep.equal({
      current: 'review',
      actions: ['check-in'],
    });
  });

  it('the first meeting, over goals not set and the end near; nothing to do once it is booked', () => {
    expect(next({ goals: [], program: program(NEAR_END) })).to.deep.equal({ current: 'first-meeting', actions: ['book-orientation'] });
    expect(next({ goals: [], upcoming: [upcoming], program: program(NEAR_END) })).to.deep.equal({ current: 'first-meeting', actions: [] });
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

  it('goals, over closing near the end', () => {
    expect(next({ goals: [], past: [heldAndRated('p1')], program: program({ ...NEAR_END, sessionsDone: 1 }) })).to.deep.equal({
      current: 'goals',
      actions: ['set-goals'],
    });
  });

  it('closing, over regular meetings, near the end or once every planned meeting is held', () => {
    expect(next({ past: [heldAndRated('p1')], program: program({ ...NEAR_END, sessionsDone: 1 }) })).to.deep.equal({
      current: 'closing',
      actions: ['close'],
    });
    expect(next({ past: [heldAndRated('p1')], program: program({ sessionsPlanned: 1, sessionsDone: 1 }) })).to.deep.equal({
      current: 'closing',
      actions: ['close'],
    });
  });

  it('regular meetings last: book the next one, or nothing while one is booked', () => {
    expect(next({ past: [heldAndRated('p1')], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'meetings',
      actions: ['book-session'],
    });
    expect(next({ past: [heldAndRated('p1')], upcoming: [upcoming], program: program({ sessionsDone: 1 }) })).to.deep.equal({
      current: 'meetings',
      actions: [],
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
