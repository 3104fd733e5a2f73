/**
 * The card's booking flow as pure transitions (src/components/mentor-schedule-card/flow.ts): no DOM,
 * no backend — the rules a new step must keep.
 */
import { expect } from '@open-wc/testing';
import {
  MentorshipError,
  type Goal,
  type GroupSession,
  type Mentor,
  type MentorshipService,
  type MentorshipSession,
} from '../../src/index.js';
import {
  back,
  countedSteps,
  deepLink,
  FLOW,
  INITIAL,
  outOfCredits,
  reduce,
  START,
  type CardAction,
  type CardState,
  type Flow,
} from '../../src/components/mentor-schedule-card/flow.js';

const service = (slug: string, kind: MentorshipService['kind'] = 'one_to_one'): MentorshipService => ({
  slug,
  name: slug,
  description: '',
  durationMinutes: 60,
  kind,
});
const mentor = (slug: string, services: string[]): Mentor => ({
  slug,
  name: slug,
  avatarUrl: null,
  headline: '',
  bio: '',
  timezone: 'Europe/Madrid',
  languages: [],
  skills: [],
  rating: null,
  services,
});
const CODING = service('coding');
const CAREER = service('career');
const GROUP = service('group-review', 'group');
const ANA = mentor('ana', ['coding', 'career']);
const LUIS = mentor('luis', ['coding']);
const SLOT = { startsAt: '2026-11-24T15:00:00.000Z', endsAt: '2026-11-24T16:00:00.000Z' };
const SEAT: GroupSession = {
  id: 'g1',
  service: 'group-review',
  mentor: { slug: 'ana', name: 'Ana', avatarUrl: null },
  title: 'Review',
  ...SLOT,
  seats: 5,
  seatsLeft: 2,
  joined: false,
};
/** Where the student is after `actions`, from `flow`. */
const after = (flow: Flow, ...actions: CardAction[]): Flow =>
  actions.reduce((state, action) => reduce(state, action), { ...INITIAL, flow }).flow;
const chooseService = (flow: Flow, chosen: MentorshipService, group: boolean) => after(flow, { type: 'service', service: chosen, group });
const chooseMentor = (flow: Flow, chosen: Mentor) => after(flow, { type: 'mentor', mentor: chosen });
const chooseSlot = (flow: Flow, slot: typeof SLOT, zone: string, mentorZone: string) =>
  after(flow, { type: 'slot', slot, zone, mentorZone });
const chooseGroup = (flow: Flow, group: GroupSession) => after(flow, { type: 'group', group });
const booked = (flow: Flow, session: MentorshipSession) => after(flow, { type: 'booked', session });
const refused = (flow: Flow, error: unknown, code: string | undefined) => after(flow, { type: 'refused', error, code });
const toServices = (flow: Flow) => after(flow, { type: 'back', outOfCredits: true });

const offer = { services: [CODING, CAREER, GROUP], mentors: [ANA, LUIS] };
const isGroup = (candidate: MentorshipService | undefined) => candidate?.kind === 'group';

describe('the card’s booking flow', () => {
  it('Back from every counted step goes to the one before it on its path; the first closes the card; "booked" has none', () => {
    for (const group of [false, true]) {
      const path = countedSteps(group);
      expect(path[0]).to.equal('service');
      expect(path.at(-1)).to.equal('confirm');
      // Every step of the definition is on a path, or is the end.
      for (const step of Object.keys(FLOW))
        if (step !== 'booked')
          expect(countedSteps(false).includes(step as never) || countedSteps(true).includes(step as never), step).to.equal(true);
      path.forEach((step, index) => {
        const at = { ...START, step, group: group && step === 'confirm' ? ({ id: 'g' } as GroupSession) : undefined };
        expect(back(at)?.step, `${group ? 'group' : '1-1'}: Back from ${step}`).to.equal(path[index - 1]);
      });
    }
    const over = { ...START, step: 'booked' as const };
    expect(back(over)).to.equal(over);
  });

  it('every counted step is reached from the one before it by some action, on both paths', () => {
    // One of each action (a new one is a type error here until it has a sample).
    const SAMPLES: Record<CardAction['type'], CardAction> = {
      service: { type: 'service', service: CODING, group: false },
      mentor: { type: 'mentor', mentor: ANA },
      slot: { type: 'slot', slot: SLOT, zone: 'UTC', mentorZone: 'UTC' },
      group: { type: 'group', group: SEAT },
      back: { type: 'back', outOfCredits: false },
      link: { type: 'link', flow: START },
      query: { type: 'query', text: '' },
      agenda: { type: 'agenda', text: '' },
      goal: { type: 'goal', id: '', goal: undefined },
      'linked-goal': { type: 'linked-goal', goal: { id: 'g', title: 'g', steps: [] } as unknown as Goal },
      every: { type: 'every', every: '' },
      count: { type: 'count', count: 4 },
      skip: { type: 'skip', at: '', skip: true },
      booking: { type: 'booking' },
      booked: { type: 'booked', session: { id: 's1' } as MentorshipSession },
      refused: { type: 'refused', error: undefined, code: undefined },
      'series-refused': { type: 'series-refused', error: undefined, code: undefined },
      failed: { type: 'failed', error: undefined },
      restart: { type: 'restart' },
      reset: { type: 'reset' },
    };
    for (const group of [false, true]) {
      const path = [...countedSteps(group), 'booked' as const];
      const samples = Object.values(SAMPLES).map(action =>
        action.type === 'service' ? { ...action, service: group ? GROUP : CODING, group } : action,
      );
      let flow: Flow = START;
      for (const next of path.slice(1)) {
        const reached = samples.map(action => after(flow, action)).find(candidate => candidate.step === next);
        expect(reached, `${group ? 'group' : '1-1'}: nothing leads from ${flow.step} to ${next}`).to.not.equal(undefined);
        flow = reached!;
      }
    }
  });

  it('goes service → mentor → time → confirm → booked, and back step by step, clearing what each step chose', () => {
    const atMentor = chooseService(START, CODING, false);
    expect(atMentor.step).to.equal('mentor');
    const atTime = chooseMentor(atMentor, ANA);
    const atConfirm = chooseSlot(atTime, SLOT, 'America/Bogota', 'Europe/Madrid');
    expect(atConfirm).to.include({ step: 'confirm', slot: SLOT, slotZone: 'America/Bogota', mentorZone: 'Europe/Madrid' });
    const session = { id: 's1' } as MentorshipSession;
    expect(booked(atConfirm, session)).to.include({ step: 'booked', booked: session });

    expect(back(atConfirm)).to.include({ step: 'time', mentor: ANA });
    expect(back(atTime)).to.include({ step: 'mentor', mentor: undefined });
    expect(back(atMentor)).to.include({ step: 'service', service: undefined });
    expect(back(START), 'Back on the first step closes the card').to.equal(undefined);
    expect(back(booked(atConfirm, session))!.step, 'nothing to go back to once booked').to.equal('booked');
  });

  it('a group service goes service → group → confirm, with the seat as the time', () => {
    const atGroup = chooseService(START, GROUP, true);
    expect(atGroup.step).to.equal('group');
    const atConfirm = chooseGroup(atGroup, SEAT);
    expect(atConfirm).to.include({ step: 'confirm', group: SEAT, slot: SEAT, slotZone: undefined });
    expect(back(atConfirm)!.step).to.equal('group');
    expect(countedSteps(true)).to.deep.equal(['service', 'group', 'confirm']);
    expect(countedSteps(false)).to.deep.equal(['service', 'mentor', 'time', 'confirm']);
  });

  it('a time taken meanwhile goes back to choose again, saying why; no credits switches state; other failures stay', () => {
    const atConfirm = chooseSlot(chooseMentor(chooseService(START, CODING, false), ANA), SLOT, 'UTC', 'UTC');
    const taken = new MentorshipError('slot-taken', 'taken');
    expect(refused(atConfirm, taken, 'slot-taken')).to.deep.include({
      step: 'time',
      slot: undefined,
      notice: { kind: 'refused', error: taken },
    });
    const seatTaken = refused(chooseGroup(chooseService(START, GROUP, true), SEAT), taken, 'slot-taken');
    expect(seatTaken).to.include({ step: 'group', group: undefined });
    const broke = refused(atConfirm, new MentorshipError('no-credits', 'none'), 'no-credits');
    expect(broke).to.include({ step: 'confirm', refusedForCredits: true });
    expect(outOfCredits(broke, () => 3)).to.equal(true);
    const error = new MentorshipError('forbidden', 'no');
    expect(refused(atConfirm, error, 'forbidden')).to.include({ step: 'confirm', error });
  });

  it('is out of credits only past the first step, for a chosen service at 0 (not while credits load)', () => {
    const atMentor = chooseService(START, CODING, false);
    expect(outOfCredits(atMentor, () => 0)).to.equal(true);
    expect(
      outOfCredits(atMentor, () => null),
      'unlimited',
    ).to.equal(false);
    expect(
      outOfCredits(atMentor, () => undefined),
      'not loaded yet',
    ).to.equal(false);
    expect(
      outOfCredits(toServices(atMentor), () => 0),
      'the first step',
    ).to.equal(false);
    expect(
      chooseService(refused(atMentor, undefined, 'no-credits'), CAREER, false).refusedForCredits,
      'another service starts afresh',
    ).to.equal(false);
  });

  it('follows deep links: service, mentor, both, a mentor with one service, and unknown ones', () => {
    expect(deepLink(offer, {}, isGroup), 'a link with neither (a goal alone)').to.equal(START);
    expect(deepLink(offer, { service: 'coding' }, isGroup)).to.include({ step: 'mentor', service: CODING });
    expect(deepLink(offer, { service: 'group-review' }, isGroup)).to.include({ step: 'group', service: GROUP });
    expect(deepLink(offer, { service: 'coding', mentor: 'ana' }, isGroup)).to.include({ step: 'time', service: CODING, mentor: ANA });
    expect(deepLink(offer, { mentor: 'luis' }, isGroup), 'his only service').to.include({ step: 'time', service: CODING, mentor: LUIS });
    expect(deepLink(offer, { mentor: 'ana' }, isGroup), 'two services: choose one').to.include({ step: 'service', mentor: ANA });
    expect(deepLink(offer, { service: 'nope' }, isGroup)).to.deep.include({
      step: 'service',
      notice: { kind: 'unknown-service', slug: 'nope' },
    });
    expect(deepLink(offer, { service: 'career', mentor: 'luis' }, isGroup)).to.deep.include({
      step: 'mentor',
      service: CAREER,
      notice: { kind: 'unknown-mentor', slug: 'luis' },
    });
  });
});

describe('the open card’s state', () => {
  const goal = (id: string, steps: { title: string; done: boolean }[]) => ({ id, title: `Goal ${id}`, steps }) as unknown as Goal;
  const state = (changes: Partial<CardState> = {}): CardState => ({ ...INITIAL, ...changes });
  const atConfirm = chooseSlot(chooseMentor(chooseService(START, CODING, false), ANA), SLOT, 'UTC', 'UTC');

  it('a chosen goal fills the agenda with its next open step, replaced by the next choice, never over the student’s own words', () => {
    const first = goal('g1', [
      { title: 'Done already', done: true },
      { title: 'Connect the API', done: false },
    ]);
    const second = goal('g2', []);
    let now = reduce(state({ flow: atConfirm }), { type: 'goal', id: 'g1', goal: first });
    expect(now).to.include({ goal: 'g1', agenda: 'Connect the API' });
    now = reduce(now, { type: 'goal', id: 'g2', goal: second });
    expect(now.agenda, 'a goal without steps: its title').to.equal('Goal g2');
    now = reduce(now, { type: 'goal', id: '', goal: undefined });
    expect(now).to.include({ goal: '', agenda: '' });
    now = reduce(reduce(now, { type: 'agenda', text: 'My own words' }), { type: 'goal', id: 'g1', goal: first });
    expect(now).to.include({ goal: 'g1', agenda: 'My own words' });
  });

  it('the linked goal starts the agenda only on the confirm step, when no goal was chosen and nothing was written', () => {
    const linked = goal('g1', [{ title: 'Next step', done: false }]);
    expect(reduce(state({ flow: atConfirm }), { type: 'linked-goal', goal: linked }).agenda).to.equal('Next step');
    expect(reduce(state(), { type: 'linked-goal', goal: linked }).agenda, 'not before confirm').to.equal('');
    expect(reduce(state({ flow: atConfirm, goal: '' }), { type: 'linked-goal', goal: linked }).agenda, 'the student chose none').to.equal(
      '',
    );
    expect(reduce(state({ flow: atConfirm, agenda: 'Mine' }), { type: 'linked-goal', goal: linked }).agenda).to.equal('Mine');
  });

  it('a series’ count stays within the contract’s bounds; a skipped date is kept once and can be taken back', () => {
    const count = (value: number) => reduce(state(), { type: 'count', count: value }).series.count;
    expect([count(1), count(5.4), count(40), count(Number.NaN)]).to.deep.equal([2, 5, 12, INITIAL.series.count]);
    let now = reduce(state(), { type: 'skip', at: 'a', skip: true });
    now = reduce(now, { type: 'skip', at: 'a', skip: true });
    expect(now.series.skipped).to.deep.equal(['a']);
    expect(reduce(now, { type: 'skip', at: 'a', skip: false }).series.skipped).to.deep.equal([]);
  });

  it('a booking clears what the last attempt said; once booked, the agenda and the skipped dates go; a series’ refusal stays with the series', () => {
    const error = new MentorshipError('forbidden', 'no');
    let now = reduce(state({ flow: { ...atConfirm, error } }), { type: 'series-refused', error, code: 'forbidden' });
    expect(now.series.error).to.equal(error);
    now = reduce(now, { type: 'series-refused', error, code: 'slot-taken' });
    expect(now.series.retaken).to.equal(true);
    now = reduce({ ...now, agenda: 'Topic', series: { ...now.series, skipped: ['a'] } }, { type: 'booking' });
    expect([now.flow.error, now.series.error, now.series.retaken]).to.deep.equal([undefined, undefined, false]);
    now = reduce(now, { type: 'booked', session: { id: 's1' } as MentorshipSession });
    expect([now.flow.step, now.agenda, now.series.skipped.length]).to.deep.equal(['booked', '', 0]);
  });

  it('the series’ code not fetched: said at the step, and back to a single session', () => {
    const error = new Error('chunk');
    const now = reduce(state({ flow: atConfirm, series: { ...INITIAL.series, every: 'week' } }), { type: 'failed', error });
    expect([now.flow.step, now.flow.error, now.series.every]).to.deep.equal(['confirm', error, '']);
  });

  it('Back from the first step keeps the step (the card closes) but forgets a mentor a link chose; "Book another" and another student start from nothing', () => {
    const linked = { ...START, mentor: ANA };
    expect(after(linked, { type: 'back', outOfCredits: false })).to.deep.include({ step: 'service', mentor: undefined });
    const busy = state({
      flow: atConfirm,
      agenda: 'Topic',
      query: 'py',
      goal: 'g1',
      series: { ...INITIAL.series, every: 'week', count: 6 },
    });
    expect(reduce(busy, { type: 'restart' })).to.equal(INITIAL);
    expect(reduce(busy, { type: 'reset' })).to.equal(INITIAL);
  });
});
