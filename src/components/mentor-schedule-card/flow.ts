/**
 * The open card as data: its steps (one row each in `FLOW`: title, template, where Back goes, on
 * which paths it is counted), the state the card keeps while it is open (`CardState`), and every
 * change to it (`reduce`, one case per `CardAction`). The logic is pure — no DOM, no backend, no
 * strings: the rows name their template and their title's key, the controller (steps/card-flow.ts)
 * does what reaches the backend. A new step is its name and row here, the transition that reaches it,
 * its template in steps/ and its strings (en/steps.ts, es.ts): a row without a title or a template is
 * a type error, and test/components/schedule-flow.test.ts holds Back to the counted steps.
 */
import type { TemplateResult } from 'lit';
import type {
  BookedSeries,
  Goal,
  GroupSession,
  Mentor,
  MentorshipService,
  MentorshipSession,
  SeriesEvery,
  TimeSlot,
} from '../../client/types.js';
import type { Catalog } from '../../i18n/index.js';
import { renderBooked } from './steps/booked.js';
import { renderConfirm } from './steps/confirm.js';
import { renderLoad } from './steps/load.js';
import { renderMentor } from './steps/mentor.js';
import { renderServices } from './steps/services.js';
import { renderTime } from './steps/time.js';
import type { StepView } from './steps/view.js';

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
  /** The step's heading (a key of the catalog). */
  title: keyof Catalog;
  /** The step's body. */
  render: (view: StepView) => TemplateResult;
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
  service: { title: 'stepService', render: renderServices, back: 'closes', counted: 'both' },
  mentor: { title: 'stepMentor', render: renderMentor, back: () => ['service', { service: undefined }], counted: '1-1' },
  time: { title: 'stepTime', render: renderTime, back: () => ['mentor', { mentor: undefined }], counted: '1-1' },
  group: {
    title: 'stepGroup',
    // The group sessions come with the template that lists them (steps/groups.ts).
    render: view => renderLoad(view, view.groups, ({ groups, render }) => render(view, groups)),
    back: () => ['service', { service: undefined }],
    counted: 'group',
  },
  confirm: { title: 'stepConfirm', render: renderConfirm, back: flow => [flow.group ? 'group' : 'time'], counted: 'both' },
  booked: { title: 'stepBooked', render: renderBooked, back: 'none' },
} satisfies Record<ScheduleStep, StepDefinition>;

/**
 * The steps that are counted ("Step 2 of 4") for this kind of service, in order. On a backend whose
 * booking happens on another page (`external`: no `capabilities.availability`), a 1-1 booking ends at
 * the time step, which opens that page: there is no confirm step to count.
 */
export function countedSteps(group: boolean, external = false): ScheduleStep[] {
  return (Object.keys(FLOW) as ScheduleStep[]).filter(
    step =>
      ['both', group ? 'group' : '1-1'].includes((FLOW[step] as StepDefinition).counted!) && !(external && !group && step === 'confirm'),
  );
}

/** A step change clears what was said about the previous step. */
function goTo(flow: Flow, step: ScheduleStep, changes: Partial<Flow> = {}): Flow {
  return { ...flow, notice: undefined, error: undefined, ...changes, step };
}

/** One step back; `undefined` from the first step, where Back closes the card (keeping nothing chosen). */
export function back(flow: Flow): Flow | undefined {
  const to = (FLOW[flow.step] as StepDefinition).back;
  if (to === 'closes') return undefined;
  if (to === 'none') return flow;
  const [step, forget] = to(flow);
  return goTo(flow, step, forget);
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

/** Regular meetings as the student plans them on the confirm step ("Repeat"). */
export interface SeriesDraft {
  /** How often (`''`: a single session). */
  every: SeriesEvery | '';
  /** How many meetings. */
  count: number;
  /** Occurrences (by start) the student chose to skip rather than take the backend's alternative. */
  skipped: readonly string[];
  /** The last attempt found meetings taken meanwhile: the dates are asked again. */
  retaken: boolean;
  /** The backend's answer to the last attempt, shown above "Book 6 sessions". */
  error?: unknown;
}

/** Everything the open card keeps: where the student is, what they wrote and chose. */
export interface CardState {
  flow: Flow;
  /** "What do you want to work on?", as typed (or filled in from a goal). */
  agenda: string;
  /** The services' search. */
  query: string;
  /** The goal chosen on the confirm step: an id, `''` for none, `undefined` for the card's linked one. */
  goal: string | undefined;
  /** The agenda the last chosen goal filled in: replaced by the next choice, unless the student wrote their own. */
  goalAgenda: string;
  series: SeriesDraft;
}

/** The contract's bounds on a series' meetings. */
export const SERIES_COUNT = { min: 2, max: 12 };

export const INITIAL: CardState = {
  flow: START,
  agenda: '',
  query: '',
  goal: undefined,
  goalAgenda: '',
  // Four meetings unless the student says otherwise.
  series: { every: '', count: 4, skipped: [], retaken: false },
};

/** Every change to the open card's state. */
export type CardAction =
  | { type: 'service'; service: MentorshipService; group: boolean }
  | { type: 'mentor'; mentor: Mentor }
  | { type: 'slot'; slot: TimeSlot; zone: string; mentorZone: string }
  | { type: 'group'; group: GroupSession }
  /** Back a step; out of credits, back to the services (every step of that service would say the same). */
  | { type: 'back'; outOfCredits: boolean }
  /** Where a deep link landed. */
  | { type: 'link'; flow: Flow }
  | { type: 'query'; text: string }
  | { type: 'agenda'; text: string }
  /** A goal chosen (`id` `''`: none); its next open step becomes the agenda unless the student wrote their own. */
  | { type: 'goal'; id: string; goal: Goal | undefined }
  /** The card's linked goal, once known: it starts the agenda on the confirm step, as choosing it would. */
  | { type: 'linked-goal'; goal: Goal }
  | { type: 'every'; every: SeriesEvery | '' }
  /** How many meetings: out of bounds or not a number, the nearest allowed count. */
  | { type: 'count'; count: number }
  | { type: 'skip'; at: string; skip: boolean }
  /** An attempt to book starts: what the last one said goes. */
  | { type: 'booking' }
  | { type: 'booked'; session: MentorshipSession; series?: BookedSeries }
  | { type: 'refused'; error: unknown; code: string | undefined }
  | { type: 'series-refused'; error: unknown; code: string | undefined }
  /** Something the step could not do (the series' code not fetched): said at the step, a single session again. */
  | { type: 'failed'; error: unknown }
  /** "Book another": nothing chosen, nothing planned. */
  | { type: 'restart' }
  /** Another student or backend: nothing chosen, typed or planned for the old one survives. */
  | { type: 'reset' };

/** The agenda after choosing `goal`: its next open step, unless the student wrote their own words. */
function fillAgenda(state: CardState, goal: Goal | undefined): CardState {
  const agenda = state.agenda.trim();
  if (agenda && agenda !== state.goalAgenda) return state;
  const filled = goal ? (goal.steps.find(step => !step.done)?.title ?? goal.title) : '';
  return { ...state, agenda: filled, goalAgenda: filled };
}

/** The open card's state after `action`. */
export function reduce(state: CardState, action: CardAction): CardState {
  const { flow, series } = state;
  const to = (step: ScheduleStep, changes?: Partial<Flow>): CardState => ({ ...state, flow: goTo(flow, step, changes) });
  const plan = (changes: Partial<SeriesDraft>, rest?: Partial<CardState>): CardState => ({
    ...state,
    ...rest,
    series: { ...series, ...changes },
  });
  switch (action.type) {
    case 'service':
      return to(action.group ? 'group' : flow.mentor ? 'time' : 'mentor', {
        service: action.service,
        group: undefined,
        refusedForCredits: false,
      });
    case 'mentor':
      return to('time', { mentor: action.mentor });
    case 'slot':
      return to('confirm', { slot: action.slot, slotZone: action.zone, mentorZone: action.mentorZone });
    case 'group':
      // A group session's time is its own: no zone was chosen for it.
      return to('confirm', { group: action.group, slot: action.group, slotZone: undefined, mentorZone: undefined });
    case 'back':
      // Out of credits: to the services, keeping what was chosen. From the first step Back closes the
      // card (the controller does), forgetting a mentor a link chose.
      return action.outOfCredits ? to('service') : { ...state, flow: back(flow) ?? { ...flow, mentor: undefined } };
    case 'link':
      return { ...state, flow: action.flow };
    case 'query':
      return { ...state, query: action.text };
    case 'agenda':
      return { ...state, agenda: action.text };
    case 'goal':
      return fillAgenda({ ...state, goal: action.id }, action.goal);
    case 'linked-goal':
      return flow.step === 'confirm' && state.goal === undefined && !state.agenda.trim() ? fillAgenda(state, action.goal) : state;
    case 'every':
      return plan({ every: action.every });
    case 'count': {
      const count = Math.round(action.count);
      const { min, max } = SERIES_COUNT;
      return plan({ count: Number.isFinite(count) ? Math.min(max, Math.max(min, count)) : series.count, retaken: false });
    }
    case 'skip': {
      const skipped = series.skipped.filter(at => at !== action.at);
      return plan({ skipped: action.skip ? [...skipped, action.at] : skipped });
    }
    case 'booking':
      return plan({ error: undefined, retaken: false }, { flow: { ...flow, error: undefined } });
    case 'booked':
      return plan({ skipped: [] }, { agenda: '', flow: goTo(flow, 'booked', { booked: action.session, series: action.series }) });
    case 'refused':
      // A time (or seat) someone else got: back to choose again, saying why; "no credits" switches to
      // the out-of-credits state; anything else is said at confirm.
      if (action.code !== 'slot-taken') {
        return { ...state, flow: action.code === 'no-credits' ? { ...flow, refusedForCredits: true } : { ...flow, error: action.error } };
      }
      return to(flow.group ? 'group' : 'time', { slot: undefined, group: undefined, notice: { kind: 'refused', error: action.error } });
    case 'series-refused':
      // Taken meanwhile: the dates are asked again, and the student sees which and their alternatives.
      return plan(action.code === 'slot-taken' ? { retaken: true } : { error: action.error });
    case 'failed':
      return plan({ every: '' }, { flow: { ...flow, error: action.error } });
    case 'restart':
    case 'reset':
      return INITIAL;
  }
}
