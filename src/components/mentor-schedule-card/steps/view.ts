/**
 * What a step's template reads and how it says what the student did. The card's controller
 * (card-flow.ts) builds one per render; the templates are pure functions of it — `(state, dispatch)`
 * and the loads they show — with no Lit element and no state of their own.
 */
import type { TemplateResult } from 'lit';
import type { Goal, GroupSession, Mentor, MentorshipClient, MentorshipService } from '../../../client/types.js';
import type { WriteController } from '../../../controllers/write.js';
import type { CardAction, CardState, Flow } from '../flow.js';
import type { CardAccess, CardIntent } from './card-flow.js';

/** What the backend offers: services and mentors, read together. */
export interface Offer {
  services: MentorshipService[];
  mentors: Mentor[];
}

/** A load as a step sees it: render its states, run it again. */
export interface StepLoad<T> {
  render(renderers: {
    initial: () => TemplateResult;
    pending: () => TemplateResult;
    complete: (value: T) => TemplateResult;
    error: (error: unknown) => TemplateResult;
  }): TemplateResult | undefined;
  run(): Promise<unknown>;
}

/** A group service's step: its sessions, and the template that lists them (fetched with them). */
export interface GroupStep {
  groups: GroupSession[];
  render: (view: StepView, groups: GroupSession[]) => TemplateResult;
}

/** Regular meetings on the confirm and booked steps (series.ts, fetched when the student first chooses "Repeat"). */
export interface SeriesStep {
  /** A series booking on its way or not yet confirmed: "Repeat" cannot change until it is known. */
  readonly pending: boolean;
  /** How many meetings, every date, and what it costs. */
  render(view: StepView): TemplateResult;
  /** In place of the single session's Book: "Book 6 sessions", and the last attempt's outcome. */
  renderBook(view: StepView): TemplateResult;
  /** The booked step's list of every meeting. */
  renderBooked(view: StepView): TemplateResult;
}

/** The card's own, as the steps read them: `host` (its public properties, what re-renders it), `localize`, `offer`, `support`. */
export interface StepView extends Pick<CardAccess, 'host' | 'localize' | 'offer' | 'support'> {
  /** Sessions left for a service: a number, `null` when unlimited, `undefined` until credits load. */
  creditsFor: (service: string) => number | null | undefined;
  state: CardState;
  /** `state.flow`. */
  flow: Flow;
  dispatch: (action: CardAction | CardIntent) => void;
  client: MentorshipClient | undefined;
  /** The student's zone (the card's, or the one they chose in the agenda: see `flow.slotZone`). */
  timeZone: string;
  groups: StepLoad<GroupStep>;
  /** The card's one write at a time (a session, a seat, a series). */
  writes: WriteController;
  /** The student's active goals (none for a backend without goals, or until they load). */
  goals: Goal[];
  /** The chosen goal's id, if any. */
  goal: string | undefined;
  /** The series' templates, once their code is here. */
  series: SeriesStep | undefined;
  /** The chosen service has no sessions left: the step says so instead. */
  outOfCredits: boolean;
  /** A group service, on a backend that lists its group sessions (otherwise it is booked like a 1-1). */
  isGroup: (service: MentorshipService | undefined) => boolean;
}
