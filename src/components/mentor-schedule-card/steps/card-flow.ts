/**
 * The open card's one state owner. It keeps the `CardState` (flow.ts), changes it only through
 * `reduce`, and does what a change asks beyond it: the events a page may cancel, the loads (goals,
 * group sessions), the card's one write, the series' code, the keyboard. Templates read the state and
 * `dispatch` what the student did (`StepView`); nothing else holds any of it.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isMentorshipError } from '../../../client/errors.js';
import { can } from '../../../client/can.js';
import { bucketsFor, sessionsAvailable } from '../../../client/credits.js';
import type { WriteOutcome } from '../../../client/settle.js';
import type { CreditBucket, Goal, MentorshipClient, MentorshipService, MentorshipSession } from '../../../client/types.js';
import { LoadController } from '../../../controllers/load.js';
import type { LocalizeController } from '../../../controllers/localize.js';
import { WriteController, type WriteAccess } from '../../../controllers/write.js';
import { ServiceSelectEvent } from '../../../events/service-select.js';
import { offerCalendar } from '../../../base/calendar.js';
import { book, seat } from '../../../writes/booking.js';
import { deepLink, FLOW, INITIAL, outOfCredits, reduce, type CardAction, type CardState, type Flow } from '../flow.js';
import { adoptSheet } from '../../../styles/base.js';
import { openFlowStyles } from './open-flow.styles.js';
import { renderOpen } from './open-flow.js';
import type { SeriesPlan } from './series.js';
import type { GroupStep, Offer, StepLoad, StepView } from './view.js';

/** The card element's public properties the open card reads. */
export interface CardHost extends ReactiveControllerHost, HTMLElement {
  renderRoot: HTMLElement | DocumentFragment;
  purchaseUrl?: string;
  /** The goal the card was linked to (its `goal` attribute). */
  goal?: string;
  rankLast?: string[];
  reminderMinutes?: number | null;
}

/** What the open card reads from the element and may ask of it (functions bound to the card). */
export interface CardAccess {
  host: CardHost;
  localize: LocalizeController;
  client: () => MentorshipClient | undefined;
  timeZone: () => string;
  /** Puts the keyboard on the step's title once shown. */
  focusTitle: () => void;
  /** Closes the card (Back from the first step, "Done"). */
  close: () => void;
  offer: StepLoad<Offer>;
  report: (operation: string, error: unknown) => void;
  /** "Contact support": `now` (no sessions left), else after an error that retrying did not fix. */
  support: (now: boolean) => TemplateResult | typeof nothing;
  /** What the card's one write reads of the card (see `MentorshipElement.writeAccess`). */
  writeAccess: (own: Partial<WriteAccess>) => WriteAccess;
  /** A backend call as the card makes it: failures and unreadable records reported once. */
  call: <T>(operation: string, signal: AbortSignal, work: () => Promise<T>) => Promise<T>;
}

/** What the student did that reaches beyond the state: the templates dispatch these beside `CardAction`s. */
export type CardIntent =
  /** A service chosen: announced first (the page may cancel it). */
  | { type: 'choose-service'; service: MentorshipService }
  | { type: 'book' }
  /** "Add to calendar", under that button. */
  | { type: 'calendar'; button: HTMLElement }
  /** "Done": the card closes on what was booked. */
  | { type: 'done' };

export class CardFlow {
  readonly card: CardAccess;
  #state: CardState = INITIAL;
  /** The card's one write at a time: a session, a seat or a series (series.ts runs its own through it). */
  readonly writes: WriteController;
  #wantGoals = false;
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
  /**
   * The student's credits, for "No sessions left" on a service and the confirm step's count: asked
   * when the open card's code arrives (a provider answers from the collapsed card's own request; the
   * collapsed card asks none itself, so a card without one asks once at load), again after a booking
   * or a refusal for credits.
   */
  readonly #credits: LoadController<readonly [MentorshipClient | undefined, string, string], CreditBucket[] | undefined>;
  /** Regular meetings' code (series.ts), fetched when the student first chooses to repeat. */
  #series: SeriesPlan | undefined;
  #seriesOnItsWay = false;

  constructor(card: CardAccess) {
    this.card = card;
    const { host } = card;
    // The open card's styles join the card's own (they come with this code, not with the collapsed card).
    adoptSheet(host.shadowRoot, openFlowStyles);
    this.writes = new WriteController(
      // Another student or backend: the attempt and its answer are dropped, and nothing chosen, typed
      // or planned for the old one survives.
      card.writeAccess({ forgotten: () => (this.#state = INITIAL) }),
    );
    this.#goals = new LoadController(host, {
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
      // A goal the page chose (`goal`) is shown from the first step, so its title is asked at once.
      args: () => [card.client(), (this.#wantGoals ||= Boolean(card.host.goal) || ['time', 'confirm'].includes(this.flow.step))] as const,
    });
    this.#credits = new LoadController(host, {
      task: ([client], { signal }) =>
        client ? card.call('credits', signal, () => client.getCredits({ signal })) : Promise.resolve(undefined),
      args: () => [card.client(), card.localize.locale, card.timeZone()] as const,
    });
    this.#groups = new LoadController(host, {
      task: async ([client, service], { signal }) => {
        if (!service || !this.isGroup(service)) return { groups: [], render: () => html`` };
        // Reported like the card's other loads: the step shows the error with "Try again".
        const [{ renderGroupList }, groups] = await Promise.all([
          card.call('group-step', signal, () => import('./groups.js')),
          card.call('group-sessions', signal, () => client!.listGroupSessions!({ service: service.slug, signal })),
        ]);
        return { groups, render: renderGroupList };
      },
      args: () => [card.client(), this.flow.service] as const,
    });
  }

  get state(): CardState {
    return this.#state;
  }

  get flow(): Flow {
    return this.#state.flow;
  }

  /** Loads the open card's own data again (the card's `refresh()`). */
  run(): void {
    void this.#credits.run();
    void this.#groups.run();
    void this.#goals.run();
    this.#series?.run();
  }

  /** Follows a deep link, given what the backend offers. */
  link(offer: Offer, link: { service?: string; mentor?: string }): void {
    this.#apply({ type: 'link', flow: deepLink(offer, link, this.isGroup) });
  }

  /** The goal the booking is for: the student's choice, else the linked one if it is an active goal. */
  get chosenGoal(): Goal | undefined {
    const id = this.#state.goal ?? this.card.host.goal;
    return this.#goals.value?.find(goal => goal.id === id);
  }

  /** A group service, on a backend that lists its group sessions (otherwise it is booked like a 1-1). */
  readonly isGroup = (service: MentorshipService | undefined): boolean => {
    const client = this.card.client();
    return service?.kind === 'group' && !!client?.capabilities.groups && !!client.listGroupSessions;
  };

  /** The chosen service has no sessions left (the step says so instead). */
  get outOfCredits(): boolean {
    return outOfCredits(this.flow, this.creditsFor);
  }

  /** What the student did: the state changes, and whatever it asks beyond the state is done. */
  readonly dispatch = (action: CardAction | CardIntent): void => {
    const { card } = this;
    switch (action.type) {
      case 'choose-service':
        if (card.host.dispatchEvent(new ServiceSelectEvent({ service: action.service }))) {
          this.#apply({ type: 'service', service: action.service, group: this.isGroup(action.service) });
        }
        return;
      case 'book':
        return void this.#book();
      case 'calendar':
        return this.#offerCalendar(action.button);
      case 'done':
        card.close();
        return this.dispatch({ type: 'restart' });
      case 'back':
        // A booking on its way is the one thing to finish: its outcome shows here. One that is only not
        // confirmed yet keeps being checked while the student goes elsewhere, and shows when known.
        if (this.writes.busy) return;
        if (!action.outOfCredits && FLOW[this.flow.step].back === 'closes') card.close();
        break;
      case 'every':
        this.#fetchSeries();
        break;
      case 'group':
      case 'slot':
      case 'restart':
        // A new choice is a new attempt (its own key), whatever the last one said.
        this.writes.reset();
    }
    this.#apply(action);
    if (action.type === 'booked') this.reloadCredits();
    if (action.type === 'slot') this.#startFromLinkedGoal(this.#goals.value ?? []);
  };

  #apply(action: CardAction): void {
    const before = this.flow;
    this.#state = reduce(this.#state, action);
    const after = this.flow;
    // A new step puts the keyboard on its title; so does "No sessions left" after a 402 (Book is gone).
    if (after.step !== before.step || (after.refusedForCredits && !before.refusedForCredits)) this.card.focusTitle();
    this.card.host.requestUpdate();
  }

  /** A linked goal starts the agenda on the confirm step, as choosing it would, once the goals are known. */
  #startFromLinkedGoal(goals: Goal[]): void {
    const linked = goals.find(goal => goal.id === this.card.host.goal);
    if (linked) this.#apply({ type: 'linked-goal', goal: linked });
  }

  /** Escape goes back a step, except on the last one or while a booking is on its way. */
  onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.flow.step === 'booked' || this.writes.busy) return;
    event.preventDefault();
    this.dispatch({ type: 'back', outOfCredits: this.outOfCredits });
  }

  render(): TemplateResult {
    return renderOpen(this.#view());
  }

  /** Sessions left for a service: a number, `null` when unlimited, `undefined` until credits load. */
  readonly creditsFor = (service: string): number | null | undefined => {
    const all = this.#credits.value;
    return all ? sessionsAvailable(bucketsFor(all, service)) : undefined;
  };

  reloadCredits(): void {
    void this.#credits.run();
  }

  /** What the step templates read (view.ts): the card's, and the state's. */
  #view(): StepView {
    const { card, state } = this;
    return {
      ...card,
      client: card.client(),
      timeZone: card.timeZone(),
      state,
      flow: state.flow,
      dispatch: this.dispatch,
      groups: this.#groups,
      writes: this.writes,
      goals: this.#goals.value ?? [],
      goal: this.chosenGoal?.id,
      series: this.#series,
      outOfCredits: this.outOfCredits,
      creditsFor: this.creditsFor,
      isGroup: this.isGroup,
    };
  }

  /** The first choice to repeat fetches the series' code. */
  #fetchSeries(): void {
    if (this.#series || this.#seriesOnItsWay) return;
    this.#seriesOnItsWay = true;
    import('./series.js').then(
      ({ SeriesPlan }) => {
        this.#series = new SeriesPlan(this);
        this.card.host.requestUpdate();
      },
      (error: unknown) => {
        // Not fetched: back to a single session, saying why; choosing "Repeat" again tries again.
        this.#seriesOnItsWay = false;
        this.card.report('series-step', error);
        this.#apply({ type: 'failed', error });
      },
    );
  }

  async #book(): Promise<void> {
    const { card } = this;
    const client = card.client();
    const { flow, agenda } = this.#state;
    const { slot, group, service } = flow;
    if (!client || !slot || !service) return;
    this.#apply({ type: 'booking' });
    const mentor = group?.mentor ?? flow.mentor!;
    const taken = {
      mentor: mentor.slug,
      mentorName: mentor.name,
      service: service.slug,
      slot,
      timeZone: flow.slotZone ?? card.timeZone(),
      agenda: agenda.trim(),
    };
    // The card shows the outcome as its own step: booked, or the refusal on this one.
    const options = { notice: false, settled: (outcome: WriteOutcome<MentorshipSession>) => this.#settled(outcome) };
    if (!group) await this.writes.write(book, { ...taken, client, goal: this.chosenGoal?.id }, options);
    else if (can(client, 'bookGroupSeat')) await this.writes.write(seat, { ...taken, client, groupSession: group.id }, options);
  }

  /** Shows how an attempt ended, wherever the student is in the card: the booked step, or the refusal on this one. */
  #settled(outcome: WriteOutcome<MentorshipSession>): void {
    if (outcome.status === 'done') {
      return this.dispatch({ type: 'booked', session: outcome.value });
    }
    if (outcome.status !== 'failed') return;
    const { error } = outcome;
    const code = isMentorshipError(error) ? error.code : undefined;
    this.dispatch({ type: 'refused', error, code });
    // A full group session: its list loaded afresh; no credits: the balance loaded afresh.
    if (code === 'slot-taken' && this.flow.step === 'group') void this.#groups.run();
    if (code === 'no-credits') this.reloadCredits();
  }

  #offerCalendar(button: HTMLElement): void {
    const { flow } = this;
    const session = flow.booked;
    if (!session) return;
    const { localize, host } = this.card;
    offerCalendar(
      button,
      localize,
      flow.series?.sessions ?? session,
      localize.term('calendarTitle', flow.service?.name ?? session.service, session.mentor.name),
      host.reminderMinutes,
    ).catch(error => this.card.report('calendar', error));
  }
}
