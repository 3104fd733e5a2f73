/**
 * What a step's template reads from the card and what it may ask of it. The card builds one per
 * render; the templates are pure functions of it (no Lit element, no state of their own).
 */
import type { nothing, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Goal, GroupSession, Mentor, MentorshipClient, MentorshipService, SeriesEvery } from '../../../client/types.js';
import type { WriteController } from '../../../controllers/write.js';
import type { LocalizeController } from '../../../controllers/localize.js';
import type { MentorSelectEvent } from '../../../events/mentor-select.js';
import type { SlotSelectEvent } from '../../../events/slot-select.js';
import type { Flow } from '../flow.js';

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

export interface StepView {
  /** The card (for what re-renders it, e.g. a picture that failed to load). */
  host: ReactiveControllerHost;
  localize: LocalizeController;
  flow: Flow;
  client: MentorshipClient | undefined;
  /** The student's zone (the card's, or the one they chose in the agenda: see `flow.slotZone`). */
  timeZone: string;
  offer: StepLoad<Offer>;
  groups: StepLoad<GroupStep>;
  /** The card's one write at a time (a session, a seat, a series). */
  writes: WriteController;
  serviceQuery: string;
  agendaText: string;
  /** The student's active goals (none for a backend without goals, or until they load). */
  goals: Goal[];
  /** The chosen goal's id, if any. */
  goal: string | undefined;
  /** Chooses a goal (`''`: none). */
  chooseGoal(id: string): void;
  /** "Repeat": how often, `''` for a single session. */
  every: SeriesEvery | '';
  setEvery(every: SeriesEvery | ''): void;
  /** The series' templates, once their code is here. */
  series: SeriesStep | undefined;
  purchaseUrl: string | undefined;
  /** "Contact support", after an error that retrying did not fix; nothing before. */
  support(): TemplateResult | typeof nothing;
  /** "Contact support", now (no sessions left). */
  supportNow(): TemplateResult | typeof nothing;
  /** Mentors the mentor step lists last. */
  rankLast: string[];
  /** Sessions left for a service: a number, `null` when unlimited, `undefined` until credits load. */
  creditsFor(service: string): number | null | undefined;
  /** "Tuesday, 3 March, 14:00 (America/Bogota)". */
  fullDateTime(instant: string, zone: string): string;
  setServiceQuery(text: string): void;
  setAgendaText(text: string): void;
  chooseService(service: MentorshipService): void;
  chooseGroup(group: GroupSession): void;
  /** Bound listeners (templates pass them to `@…` bindings as they are). */
  onMentorSelect: (event: MentorSelectEvent) => void;
  onSlotSelect: (event: SlotSelectEvent) => void;
  book(): void;
  downloadCalendar(): void;
  bookAnother(): void;
  /** Closes the flow: the collapsed card shows the session just booked as the next one. */
  done(): void;
}
