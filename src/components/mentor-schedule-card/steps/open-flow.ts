/**
 * The open card: its heading, what it says about the step, the step itself, and every action of the
 * booking flow. It comes with the steps' code, so the collapsed card carries none of it; the card
 * element keeps the state (so it survives re-renders and is reset with the client) and hands it over
 * through `CardAccess`.
 */
import { adoptStyles, html, nothing, type ReactiveControllerHost, type ReactiveElement, type TemplateResult } from 'lit';
import { isMentorshipError } from '../../../client/errors.js';
import type { WriteOutcome } from '../../../client/settle.js';
import type {
  BookedSeries,
  Goal,
  GroupSession,
  MentorshipClient,
  MentorshipService,
  MentorshipSession,
  SeriesEvery,
} from '../../../client/types.js';
import { WriteController } from '../../../controllers/write.js';
import { can } from '../../../client/can.js';
import { book, seat } from '../../../writes/booking.js';
import { LoadController } from '../../../controllers/load.js';
import type { LocalizeController } from '../../../controllers/localize.js';
import type { MentorSelectEvent } from '../../../events/mentor-select.js';
import { ServiceSelectEvent } from '../../../events/service-select.js';
import type { SlotSelectEvent } from '../../../events/slot-select.js';
import type { Catalog } from '../../../i18n/index.js';
import { downloadSessionCalendar } from '../../../utils/calendar-download.js';
import { errorText, refusalText } from '../../../base/states.js';
import { fullDateTimeInZone } from '../../../utils/time.js';
import {
  back,
  booked,
  chooseGroup,
  chooseMentor,
  chooseService,
  chooseSlot,
  countedSteps,
  deepLink,
  outOfCredits,
  refused,
  restart,
  START,
  toServices,
  type Flow,
  type ScheduleStep,
} from '../flow.js';
import { renderContext } from './context.js';
import { openFlowStyles } from './open-flow.styles.js';
import { renderStep } from './render-step.js';
import type { SeriesPlan } from './series.js';
import type { GroupStep, Offer, StepLoad, StepView } from './view.js';

const STEP_TITLES = {
  service: 'stepService',
  mentor: 'stepMentor',
  time: 'stepTime',
  group: 'stepGroup',
  confirm: 'stepConfirm',
  booked: 'stepBooked',
} as const satisfies Record<ScheduleStep, keyof Catalog>;

/**
 * The card element as its open flow sees it: its public properties, and the reactive state it keeps
 * for the flow (private to pages, not to the card's own code: setting it renders the card).
 */
export interface CardHost extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
  purchaseUrl?: string;
  /** The goal the card was linked to (its `goal` attribute). */
  goal?: string;
  rankLast?: string[];
  reminderMinutes?: number | null;
  /** The flow (`undefined`: not started, i.e. `START`). */
  flow: Flow | undefined;
  agendaText: string;
  serviceQuery: string;
}

/** What the open card reads from the element and may ask of it. */
export interface CardAccess {
  host: CardHost;
  localize: LocalizeController;
  client(): MentorshipClient | undefined;
  timeZone(): string;
  /** Moves the flow; the card puts the keyboard on the new step's title when the step changed. */
  setFlow(flow: Flow): void;
  /** Closes the card (Back from the first step). */
  close(): void;
  offer: StepLoad<Offer>;
  creditsFor(service: string): number | null | undefined;
  isGroup(service: MentorshipService | undefined): boolean;
  reloadCredits(): void;
  report(operation: string, error: unknown): void;
  /** "Contact support", after an error that retrying did not fix; nothing before. */
  support(): TemplateResult | typeof nothing;
  /** "Contact support", now (no sessions left). */
  supportNow(): TemplateResult | typeof nothing;
  /** A backend call as the card makes it: failures and unreadable records reported once. */
  call<T>(operation: string, signal: AbortSignal, work: () => Promise<T>): Promise<T>;
}

export class OpenFlow {
  readonly #card: CardAccess;
  /** The card's one write at a time: a session, a seat or a series (series.ts runs its own through it). */
  readonly #writes: WriteController;
  /** The goal chosen on the confirm step: an id, `''` for none, `undefined` for the linked one. */
  #goal: string | undefined;
  #wantGoals = false;
  /** The agenda the last chosen goal filled in: replaced by the next choice, unless the student wrote their own. */
  #goalAgenda = '';
  /**
   * The student's active goals, from the time step on (ready by the confirm step) for a backend that
   * keeps them. A failure only leaves the choice out: a booking never waits on goals.
   */
  readonly #goals: LoadController<readonly [MentorshipClient | undefined, boolean], Goal[]>;
  /**
   * The chosen group service's sessions, with the code of the step that lists them (groups.ts): a
   * student who books 1-1 sessions never fetches it.
   */
  readonly #groups: LoadController<readonly [MentorshipClient | undefined, MentorshipService | undefined], GroupStep>;
  /** "Repeat" on the confirm step (`''`: a single session). */
  #every: SeriesEvery | '' = '';
  /** Regular meetings' code (series.ts), fetched when the student first chooses to repeat. */
  #series: SeriesPlan | undefined;
  #seriesOnItsWay = false;

  constructor(card: CardAccess) {
    this.#card = card;
    // The open card's styles join the card's own (they come with this code, not with the collapsed card).
    const root = card.host.shadowRoot;
    if (root) adoptStyles(root, [...(card.host.constructor as typeof ReactiveElement).elementStyles, openFlowStyles]);
    // Another student or backend: the controller drops the attempt and its answer (the card clears the flow).
    this.#writes = new WriteController({
      host: card.host,
      client: () => card.client(),
      report: (operation, error) => card.report(operation, error),
      forgotten: () => this.#series?.forget(),
    });
    this.#goals = new LoadController(card.host, {
      task: async ([client, wanted], { signal }) => {
        if (!wanted || !client?.capabilities.goals || !client.listGoals) return [];
        try {
          const active = (await card.call('goals', signal, () => client.listGoals!({ signal }))).filter(goal => goal.status === 'active');
          this.#startFromLinkedGoal(active);
          return active;
        } catch {
          return [];
        }
      },
      // Asked once the flow first reaches a time, then kept: going back a step asks nothing again
      // (nor aborts a load still on its way, which would be sent again).
      args: () => [card.client(), (this.#wantGoals ||= ['time', 'confirm'].includes(this.#flow.step))] as const,
    });
    this.#groups = new LoadController(card.host, {
      task: async ([client, service], { signal }) => {
        if (!service || !card.isGroup(service)) return { groups: [], render: () => html`` };
        // Reported like the card's other loads: the step shows the error with "Try again".
        const [{ renderGroupList }, groups] = await Promise.all([
          card.call('group-step', signal, () => import('./groups.js')),
          card.call('group-sessions', signal, () => client!.listGroupSessions!({ service: service.slug, signal })),
        ]);
        return { groups, render: renderGroupList };
      },
      args: () => [card.client(), this.#flow.service] as const,
    });
  }

  /** Loads the open card's own data again (the card's `refresh()`). */
  run(): void {
    void this.#groups.run();
    void this.#goals.run();
    this.#series?.run();
  }

  /** The goal the booking is for: the student's choice, else the linked one if it is an active goal. */
  get #chosenGoal(): Goal | undefined {
    const id = this.#goal ?? this.#card.host.goal;
    return this.#goals.value?.find(goal => goal.id === id);
  }

  /** Chooses the goal; its next open step becomes the agenda, unless the student wrote their own. */
  #chooseGoal(id: string): void {
    this.#goal = id;
    this.#fillAgenda(this.#chosenGoal);
  }

  #fillAgenda(goal: Goal | undefined): void {
    const agenda = this.#card.host.agendaText.trim();
    if (agenda && agenda !== this.#goalAgenda) return this.#card.host.requestUpdate();
    this.#goalAgenda = goal ? (goal.steps.find(step => !step.done)?.title ?? goal.title) : '';
    this.#card.host.agendaText = this.#goalAgenda;
  }

  /** A linked goal starts the agenda on the confirm step, as choosing it would, once the goals are known. */
  #startFromLinkedGoal(goals: Goal[]): void {
    const linked = goals.find(goal => goal.id === this.#card.host.goal);
    if (linked && this.#flow.step === 'confirm' && this.#goal === undefined && !this.#card.host.agendaText.trim()) this.#fillAgenda(linked);
  }

  get #flow(): Flow {
    return this.#card.host.flow ?? START;
  }

  /** A booking on its way or not yet confirmed: nothing else is booked until it is known. */
  get pending(): boolean {
    return this.#writes.pending;
  }

  /** A booking on its way: the one thing to finish before leaving the step. Once it is only unconfirmed, the student may leave. */
  get #busy(): boolean {
    return this.#writes.busy;
  }

  /** Where a deep link lands, given what the backend offers. */
  deepLink(offer: Offer, link: { service?: string; mentor?: string }): Flow {
    return deepLink(offer, link, service => this.#card.isGroup(service));
  }

  render(): TemplateResult {
    const { localize } = this.#card;
    const flow = this.#flow;
    const { step } = flow;
    const noCredits = outOfCredits(flow, slug => this.#card.creditsFor(slug));
    const title = noCredits ? localize.term('stepNoCredits') : localize.term(STEP_TITLES[step]);
    const steps = countedSteps(this.#card.isGroup(flow.service));
    const number = steps.indexOf(step) + 1;
    const view = this.#view(flow);
    return html`<div class="step-header">
        ${
          step === 'booked'
            ? nothing
            : html`<button
              part="button back"
              class="back"
              type="button"
              aria-disabled=${this.#busy ? 'true' : 'false'}
              @click=${() => this.#back()}
            >
              <span aria-hidden="true">‹</span> ${step === 'service' ? localize.term('close') : localize.term('back')}
            </button>`
        }
        <div class="step-heading">
          <h2 part="step-title" class="step-title" tabindex="-1">${title}</h2>
          ${number > 0 && !noCredits ? html`<span class="step-count">${localize.term('stepOf', number, steps.length)}</span>` : nothing}
        </div>
      </div>
      ${this.#renderNotice(flow)} ${noCredits ? nothing : renderContext(view)} ${renderStep(view, noCredits)}`;
  }

  /** Escape goes back a step, except on the last one or while a booking is on its way. */
  onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.#flow.step === 'booked' || this.#busy) return;
    event.preventDefault();
    this.#back();
  }

  /** What the flow has to say about the step: an unknown deep link, a time or seat just refused. */
  #renderNotice(flow: Flow): TemplateResult | typeof nothing {
    const { localize } = this.#card;
    const notice = flow.notice;
    if (!notice) return nothing;
    let text: string;
    if (notice.kind === 'unknown-service') text = localize.term('unknownService', notice.slug);
    else if (notice.kind === 'unknown-mentor') text = localize.term('unknownMentor', notice.slug);
    else {
      text = refusalText(localize, notice.error);
      // A full group session, in our words unless the backend gave its own.
      if (flow.step === 'group' && text === errorText(localize, notice.error)) text = localize.term('groupFilled');
    }
    return html`<p part="notice" class="notice notice--error" role="alert">${text}</p>`;
  }

  /** What the step templates read and may ask (view.ts). */
  #view(flow: Flow): StepView {
    const card = this.#card;
    return {
      host: card.host,
      localize: card.localize,
      flow,
      client: card.client(),
      timeZone: card.timeZone(),
      offer: card.offer,
      groups: this.#groups,
      writes: this.#writes,
      serviceQuery: card.host.serviceQuery,
      agendaText: card.host.agendaText,
      goals: this.#goals.value ?? [],
      goal: this.#chosenGoal?.id,
      chooseGoal: id => this.#chooseGoal(id),
      every: this.#every,
      setEvery: every => this.#setEvery(every),
      series: this.#series,
      purchaseUrl: card.host.purchaseUrl,
      support: () => card.support(),
      supportNow: () => card.supportNow(),
      rankLast: card.host.rankLast ?? [],
      creditsFor: service => card.creditsFor(service),
      fullDateTime: (instant, zone) => fullDateTimeInZone(instant, card.localize.locale, zone),
      setServiceQuery: text => (card.host.serviceQuery = text),
      setAgendaText: text => (card.host.agendaText = text),
      chooseService: service => this.#chooseService(service),
      chooseGroup: group => this.#chooseGroup(group),
      onMentorSelect: this.#onMentorSelect,
      onSlotSelect: this.#onSlotSelect,
      book: () => void this.#bookNow(),
      downloadCalendar: () => this.#downloadCalendar(),
      bookAnother: () => this.#bookAnother(),
      done: () => {
        this.#card.close();
        this.#bookAnother();
      },
    };
  }

  #back(): void {
    // A booking on its way is the one thing to finish: its outcome shows here. One that is only not
    // confirmed yet keeps being checked while the student goes elsewhere, and shows when known.
    if (this.#busy) return;
    // Out of credits, Back leaves the service: every step of it would say the same.
    const flow = this.#flow;
    const previous = outOfCredits(flow, slug => this.#card.creditsFor(slug)) ? toServices(flow) : back(flow);
    if (previous) this.#card.setFlow(previous);
    else this.#card.close();
  }

  /** Repeats the session (or not); the first choice to repeat fetches the series' code. */
  #setEvery(every: SeriesEvery | ''): void {
    const card = this.#card;
    this.#every = every;
    card.host.requestUpdate();
    if (!every || this.#series || this.#seriesOnItsWay) return;
    this.#seriesOnItsWay = true;
    import('./series.js').then(
      ({ SeriesPlan }) => {
        this.#series = new SeriesPlan(
          card,
          this.#writes,
          () => ({ flow: this.#flow, every: this.#every, goal: this.#chosenGoal?.id }),
          series => this.#seriesBooked(series),
        );
        card.host.requestUpdate();
      },
      (error: unknown) => {
        // Not fetched: back to a single session, saying why; choosing "Repeat" again tries again.
        this.#seriesOnItsWay = false;
        this.#every = '';
        card.report('series-step', error);
        card.setFlow({ ...this.#flow, error });
      },
    );
  }

  #seriesBooked(series: BookedSeries): void {
    const card = this.#card;
    card.host.agendaText = '';
    card.setFlow(booked(this.#flow, series.sessions[0], series));
    card.reloadCredits();
  }

  #chooseService(service: MentorshipService): void {
    if (!this.#card.host.dispatchEvent(new ServiceSelectEvent({ service }))) return;
    this.#card.setFlow(chooseService(this.#flow, service, this.#card.isGroup(service)));
  }

  #chooseGroup(group: GroupSession): void {
    this.#writes.reset();
    this.#card.setFlow(chooseGroup(this.#flow, group));
  }

  readonly #onMentorSelect = (event: MentorSelectEvent) => {
    // Act after the event has reached the page: it may cancel it.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.#card.setFlow(chooseMentor(this.#flow, event.detail.mentor));
    });
  };

  readonly #onSlotSelect = (event: SlotSelectEvent) => {
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const { slot, timeZone, mentorTimeZone } = event.detail;
      this.#writes.reset();
      this.#card.setFlow(chooseSlot(this.#flow, slot, timeZone, mentorTimeZone));
      this.#startFromLinkedGoal(this.#goals.value ?? []);
    });
  };

  async #bookNow(): Promise<void> {
    const card = this.#card;
    const client = card.client();
    const flow = this.#flow;
    const { slot, group, service } = flow;
    if (!client || !slot || !service) return;
    card.setFlow({ ...flow, error: undefined });
    const mentor = group?.mentor ?? flow.mentor!;
    const taken = {
      mentor: mentor.slug,
      mentorName: mentor.name,
      service: service.slug,
      slot,
      timeZone: flow.slotZone ?? card.timeZone(),
      agenda: card.host.agendaText.trim(),
    };
    // The card shows the outcome as its own step: booked, or the refusal on this one.
    const options = { notice: false, settled: (outcome: WriteOutcome<MentorshipSession>) => this.#settled(outcome) };
    if (!group) await this.#writes.write(book, { ...taken, client, goal: this.#chosenGoal?.id }, options);
    else if (can(client, 'bookGroupSeat')) await this.#writes.write(seat, { ...taken, client, groupSession: group.id }, options);
  }

  /** Shows how an attempt ended, wherever the student is in the card. */
  #settled(outcome: WriteOutcome<MentorshipSession>): void {
    const card = this.#card;
    if (outcome.status === 'done') {
      card.host.agendaText = '';
      card.setFlow(booked(this.#flow, outcome.value));
      card.reloadCredits();
      return;
    }
    if (outcome.status !== 'failed') return;
    const { error } = outcome;
    const code = isMentorshipError(error) ? error.code : undefined;
    card.setFlow(refused(this.#flow, error, code));
    // A full group session: its list loaded afresh; no credits: the balance loaded afresh.
    if (code === 'slot-taken' && this.#flow.step === 'group') void this.#groups.run();
    if (code === 'no-credits') card.reloadCredits();
  }

  #bookAnother(): void {
    this.#writes.reset();
    this.#goal = undefined;
    this.#goalAgenda = '';
    this.#every = '';
    this.#card.setFlow(restart());
  }

  #downloadCalendar(): void {
    const flow = this.#flow;
    const session = flow.booked;
    if (!session) return;
    const sessions = flow.series?.sessions ?? session;
    const { localize } = this.#card;
    const serviceName = flow.service?.name ?? session.service;
    const { host } = this.#card;
    downloadSessionCalendar(
      host.renderRoot,
      sessions,
      localize.term('calendarTitle', serviceName, session.mentor.name),
      host.reminderMinutes,
    ).catch(error => this.#card.report('calendar', error));
  }
}
