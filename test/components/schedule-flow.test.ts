/**
 * The card's booking flow as pure transitions (src/components/mentor-schedule-card/flow.ts): no DOM,
 * no backend — the rules a new step must keep.
 */
import { expect } from '@open-wc/testing';
import { MentorshipError, type GroupSession, type Mentor, type MentorshipService, type MentorshipSession } from '../../src/index.js';
import {
  back,
  booked,
  chooseGroup,
  chooseMentor,
  chooseService,
  chooseSlot,
  countedSteps,
  deepLink,
  FLOW,
  outOfCredits,
  refused,
  restart,
  START,
  toServices,
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

  it('"Book another" starts from nothing chosen', () => {
    expect(restart()).to.deep.equal({ step: 'service', refusedForCredits: false, notice: undefined });
  });
});
