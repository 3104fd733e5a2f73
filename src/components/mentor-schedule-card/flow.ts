/**
 * The card's booking flow as data: its steps, what each step needs, and every transition (choose,
 * back, restart, deep link, a booking's outcome, out of credits, group vs 1-1). Pure: no Lit, no DOM,
 * no strings — the card renders a `Flow` and turns events into transitions. A new step is its row in
 * `FLOW` (where Back goes, on which paths it is counted), the transition that reaches it, its template
 * (steps/render-step.ts) and its title (steps/open-flow.ts) — each a table keyed by `ScheduleStep`, so
 * one left out is a type error; test/components/schedule-flow.test.ts holds Back to the counted steps.
 */
import type { BookedSeries, GroupSession, Mentor, MentorshipService, MentorshipSession, TimeSlot } from '../../client/types.js';

/** The flow's steps; `booked` ends it. A `group` service goes service → group → confirm. */
export type ScheduleStep = 'service' | 'mentor' | 'time' | 'group' | 'confirm' | 'booked';

/** Something to tell the student about the step they are on (the card words it). */
export type FlowNotice =
  | { kind: 'unknown-service'; slug: string }
  | { kind: 'unknown-mentor'; slug: string }
  /** The chosen time or seat was refused (taken, full…): `error` says how. */
  | { kind: 'refused'; error: unknown };

export interface Flow {
  step: ScheduleStep;
  service?: MentorshipService;
  mentor?: Mentor;
  slot?: TimeSlot;
  group?: GroupSession;
  /** The zone the student saw the time in (they may have changed it in the agenda). */
  slotZone?: string;
  mentorZone?: string;
  booked?: MentorshipSession;
  /** A series booked (regular meetings): `booked` is its first meeting. */
  series?: BookedSeries;
  notice?: FlowNotice;
  /** A booking failure to show at the confirm step (not one that changes the step). */
  error?: unknown;
  /** The backend said "no credits" while booking, whatever the credits looked like. */
  refusedForCredits: boolean;
}

export const START: Flow = { step: 'service', refusedForCredits: false };

interface StepDefinition {
  /**
   * Where Back goes and what it forgets (`closes`: Back closes the card; `none`: the flow is over, no
   * Back is offered).
   */
  back: 'closes' | 'none' | ((flow: Flow) => [ScheduleStep, Partial<Flow>?]);
  /** On which way through it is counted ("Step 2 of 4"): a 1-1 service's, a group one's, or both. */
  counted?: 'both' | '1-1' | 'group';
}

/** The flow's definition, one row per step, in order. */
export const FLOW = {
  service: { back: 'closes', counted: 'both' },
  mentor: { back: () => ['service', { service: undefined }], counted: '1-1' },
  time: { back: () => ['mentor', { mentor: undefined }], counted: '1-1' },
  group: { back: () => ['service', { service: undefined }], counted: 'group' },
  confirm: { back: flow => [flow.group ? 'group' : 'time'], counted: 'both' },
  booked: { back: 'none' },
} satisfies Record<ScheduleStep, StepDefinition>;

/** The steps that are counted ("Step 2 of 4") for this kind of service, in order. */
export function countedSteps(group: boolean): ScheduleStep[] {
  return (Object.keys(FLOW) as ScheduleStep[]).filter(step =>
    ['both', group ? 'group' : '1-1'].includes((FLOW[step] as StepDefinition).counted!),
  );
}

/** A step change clears what was said about the previous step. */
function goTo(flow: Flow, step: ScheduleStep, changes: Partial<Flow> = {}): Flow {
  return { ...flow, notice: undefined, error: undefined, ...changes, step };
}

export function chooseService(flow: Flow, service: MentorshipService, group: boolean): Flow {
  const next = group ? 'group' : flow.mentor ? 'time' : 'mentor';
  return goTo(flow, next, { service, group: undefined, refusedForCredits: false });
}

export function chooseMentor(flow: Flow, mentor: Mentor): Flow {
  return goTo(flow, 'time', { mentor });
}

export function chooseSlot(flow: Flow, slot: TimeSlot, slotZone: string, mentorZone: string): Flow {
  return goTo(flow, 'confirm', { slot, slotZone, mentorZone });
}

/** A group session's time is its own: no zone was chosen for it. */
export function chooseGroup(flow: Flow, group: GroupSession): Flow {
  return goTo(flow, 'confirm', { group, slot: group, slotZone: undefined, mentorZone: undefined });
}

/** One step back; `undefined` from the first step, where Back closes the card (keeping nothing chosen). */
export function back(flow: Flow): Flow | undefined {
  const to = (FLOW[flow.step] as StepDefinition).back;
  if (to === 'closes') return undefined;
  if (to === 'none') return flow;
  const [step, forget] = to(flow);
  return goTo(flow, step, forget);
}

/** From the out-of-credits state back to the services, keeping what was chosen. */
export function toServices(flow: Flow): Flow {
  return goTo(flow, 'service');
}

/** "Book another session": from the start, with nothing chosen. */
export function restart(): Flow {
  return { ...START, notice: undefined };
}

export function booked(flow: Flow, session: MentorshipSession, series?: BookedSeries): Flow {
  return goTo(flow, 'booked', { booked: session, series });
}

/**
 * A booking that ended without one. A time (or seat) someone else got sends the student back to choose
 * again, saying why; "no credits" switches to the out-of-credits state; anything else stays at confirm.
 */
export function refused(flow: Flow, error: unknown, code: string | undefined): Flow {
  if (code === 'slot-taken') {
    return { ...goTo(flow, flow.group ? 'group' : 'time', { slot: undefined, group: undefined }), notice: { kind: 'refused', error } };
  }
  if (code === 'no-credits') return { ...flow, refusedForCredits: true };
  return { ...flow, error };
}

/** Where a deep link (`service`, `mentor` slugs) lands, given what the backend offers. */
export function deepLink(
  offer: { services: readonly MentorshipService[]; mentors: readonly Mentor[] },
  link: { service?: string; mentor?: string },
  isGroup: (service: MentorshipService | undefined) => boolean,
): Flow {
  // A link with neither (a goal alone) starts at the services.
  if (!link.service && !link.mentor) return START;
  const service = link.service ? offer.services.find(candidate => candidate.slug === link.service) : undefined;
  if (link.service && !service) return { ...START, notice: { kind: 'unknown-service', slug: link.service } };
  if (isGroup(service) || !link.mentor) return { ...START, service, step: isGroup(service) ? 'group' : 'mentor' };
  const mentor = offer.mentors.find(candidate => candidate.slug === link.mentor && (!service || candidate.services.includes(service.slug)));
  if (!mentor) return { ...START, service, step: service ? 'mentor' : 'service', notice: { kind: 'unknown-mentor', slug: link.mentor } };
  if (service) return { ...START, service, mentor, step: 'time' };
  const offered = offer.services.filter(candidate => mentor.services.includes(candidate.slug));
  return offered.length === 1 ? { ...START, service: offered[0], mentor, step: 'time' } : { ...START, mentor, step: 'service' };
}

/**
 * Whether the student has nothing left to pay with for the chosen service: they were refused for it,
 * or its credits are 0 (`creditsFor` gives a number, `null` when unlimited, `undefined` until loaded).
 */
export function outOfCredits(flow: Flow, creditsFor: (service: string) => number | null | undefined): boolean {
  if (!flow.service || flow.step === 'booked' || flow.step === 'service') return false;
  return flow.refusedForCredits || creditsFor(flow.service.slug) === 0;
}
