import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { dropCachedAnswers } from '../../client/cache.js';
import { bucketsFor, sessionsAvailable } from '../../client/credits.js';
import { isMentorshipError, MentorshipError } from '../../client/errors.js';
import type { GroupSession, MentorshipClient, MentorshipService, MentorshipSession, Mentor } from '../../client/types.js';
import type { BookingController } from '../../controllers/booking.js';
import { LoadController } from '../../controllers/load.js';
import type { MentorSelectEvent } from '../../events/mentor-select.js';
import { ServiceSelectEvent } from '../../events/service-select.js';
import type { SlotSelectEvent } from '../../events/slot-select.js';
import type { Catalog as Messages } from '../../i18n/index.js';
import { renderAvatar } from '../../internal/avatar.js';
import { downloadSessionCalendar } from '../../internal/calendar-download.js';
import { MentorshipElement } from '../../internal/mentorship-element.js';
import { errorText, refusalText, renderError, renderLoading } from '../../internal/states.js';
import { fullDateTimeOf } from '../../internal/time.js';
import { safeHttpUrl } from '../../internal/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import '../mentorship-credits/define.js';
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
} from './flow.js';
import { styles } from './mentor-schedule-card.styles.js';
import type { Offer, StepView } from './steps/view.js';

export type { ScheduleStep };

/** The open card's steps (steps/index.ts), fetched when the flow opens or ahead of it, once per page. */
type Steps = typeof import('./steps/index.js');
let stepsModule: Promise<Steps> | undefined;
function loadSteps(): Promise<Steps> {
  // A failed fetch (offline) is not remembered: the next try fetches again.
  stepsModule ??= import('./steps/index.js').catch((error: unknown) => {
    stepsModule = undefined;
    throw error;
  });
  return stepsModule;
}

const STEP_TITLES = {
  service: 'stepService',
  mentor: 'stepMentor',
  time: 'stepTime',
  group: 'stepGroup',
  confirm: 'stepConfirm',
  booked: 'stepBooked',
} as const satisfies Record<ScheduleStep, keyof Messages>;
const AVATARS_SHOWN = 4;

/**
 * @summary The sidebar block "Schedule a 1-1 mentoring session": collapsed, who is available and the
 * student's credits; open, the whole booking flow in steps — service, mentor, time, confirm, booked.
 * A service of kind `group` (with a backend that has `capabilities.groups`) lists its group sessions
 * with the seats left instead of mentors and times; full ones are shown, disabled.
 *
 * @tagname mentor-schedule-card
 *
 * @event mentorship-service-select - A service was chosen. Cancelable. `detail: { service }`.
 * @event mentorship-mentor-select - From the mentor step. Cancelable: the card stays on that step.
 * @event mentorship-slot-select - From the time step. Cancelable: the card stays on that step.
 * @event mentorship-booking-request - "Book session" was pressed; nothing is sent yet. Cancelable.
 * @event mentorship-booked - The session is booked. `detail: { session, timeZone }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @slot header - Replaces the collapsed card's eyebrow and heading.
 *
 * @csspart card - The card.
 * @csspart header - The collapsed card's heading block.
 * @csspart avatars - The group of mentors' pictures.
 * @csspart next-session - With `show-next-session`: the student's next upcoming session.
 * @csspart avatar - One picture or initials.
 * @csspart step-title - The open card's step heading (focused on each step).
 * @csspart service - A service's button.
 * @csspart group-session - A group session's button (disabled when full or already joined).
 * @csspart seats - A group session's seats left, "Full" or "You have a seat".
 * @csspart summary - The confirm step's summary.
 * @csspart agenda-field - The "What do you want to work on?" field.
 * @csspart notice - A message about the step (unknown deep link, time just taken).
 * @csspart join - The booked session's link.
 * @csspart purchase - The "Get more mentorships" link.
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorScheduleCard extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    mentor: { reflect: true },
    open: { type: Boolean, reflect: true },
    learnMoreUrl: { attribute: 'learn-more-url' },
    purchaseUrl: { attribute: 'purchase-url' },
    showNextSession: { attribute: 'show-next-session', type: Boolean },
    flow: { state: true },
    agendaText: { state: true },
    serviceQuery: { state: true },
  };

  /** Deep link: open the flow at the mentor step of this service (a slug). */
  service?: string;

  /** Deep link: open the flow at this mentor's agenda (a slug; with `service`, or the mentor's only service). */
  mentor?: string;

  /** Whether the flow is open. The card opens itself on a deep link. */
  open = false;

  /** A page explaining mentoring sessions, linked as "Learn more". */
  learnMoreUrl?: string;

  /** Where students get more sessions, offered when they have none left. */
  purchaseUrl?: string;

  /**
   * Show the student's next upcoming session on the collapsed card ("Next session: … with Ana"). Off
   * by default: it costs one more request.
   */
  showNextSession = false;

  /** Where the student is in the booking flow, and what they chose (see flow.ts). */
  private flow: Flow = START;
  private agendaText = '';
  private serviceQuery = '';

  /** The deep link already followed, so re-renders do not follow it again. */
  #followedDeepLink: string | undefined;
  #focusTitle = false;

  // Every load depends on the client, the language and the zone: another student (or backend) drops
  // what was shown at once, and answers still on their way for the old one are ignored.
  readonly #catalog = new LoadController(this, {
    task: ([client], { signal }) =>
      this.call('catalog', signal, async (): Promise<Offer> => {
        const resolved = this.requireClient(client);
        const [services, mentors] = await Promise.all([resolved.listServices({ signal }), resolved.listMentors({ signal })]);
        return { services, mentors };
      }),
    args: () => [this.resolvedClient, this.localize.locale, this.resolvedTimeZone] as const,
  });

  readonly #credits = new LoadController(this, {
    task: ([client], { signal }) => this.call('credits', signal, () => this.requireClient(client).getCredits({ signal })),
    args: () => [this.resolvedClient, this.localize.locale, this.resolvedTimeZone] as const,
  });

  readonly #nextSession = new LoadController(this, {
    task: ([client, wanted], { signal }) =>
      this.call('sessions', signal, async () => {
        if (!wanted) return undefined;
        const [next] = await this.requireClient(client).listSessions({ status: 'upcoming', signal });
        return next;
      }),
    args: () => [this.resolvedClient, this.showNextSession, this.localize.locale, this.resolvedTimeZone] as const,
  });

  readonly #groups = new LoadController(this, {
    task: ([client, service], { signal }) =>
      this.call('group-sessions', signal, async () =>
        service && this.#isGroup(service) ? this.requireClient(client).listGroupSessions!({ service: service.slug, signal }) : [],
      ),
    args: () => [this.resolvedClient, this.flow.service] as const,
  });

  /** Made with the steps' code: nothing is booked before the flow opens. */
  #booking: BookingController | undefined;
  /** The steps' code once it has arrived (see loadSteps). */
  #steps: Steps | undefined;
  #stepsError: MentorshipError | undefined;

  /** The client the flow's choices came from. */
  #flowClient: MentorshipClient | undefined;

  /** Loads everything the card shows again, from the backend. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    for (const load of [this.#catalog, this.#credits, this.#nextSession, this.#groups]) void load.run();
  }

  protected override willUpdate(): void {
    const client = this.resolvedClient;
    if (client !== this.#flowClient) {
      // Another student or backend: nothing chosen from the old one survives, nor its booking's answer.
      if (this.#flowClient) {
        this.#booking?.forget();
        this.#setFlow(restart());
        this.agendaText = '';
      }
      this.#flowClient = client;
    }
    const link = this.service || this.mentor ? `${this.service ?? ''}|${this.mentor ?? ''}` : undefined;
    if (link && link !== this.#followedDeepLink && this.#catalog.value) {
      this.#followedDeepLink = link;
      this.open = true;
      this.#focusTitle = true;
      this.flow = deepLink(this.#catalog.value, { service: this.service, mentor: this.mentor }, service => this.#isGroup(service));
    }
    // The steps' code: at once when the flow is open (a deep link too), unless fetching it just failed.
    if ((this.open || link) && !this.#stepsError) this.#fetchSteps();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusTitle) {
      this.#focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('[part="step-title"]')?.focus();
    }
  }

  override render(): TemplateResult {
    return html`<section part="card" class="card" @keydown=${this.#onKeydown}>
      ${this.open ? this.#renderOpen() : this.#renderCollapsed()}
    </section>`;
  }

  // ——— Collapsed ———

  #renderCollapsed(): TemplateResult {
    const learnMore = safeHttpUrl(this.learnMoreUrl);
    return html`<div part="header">
        <slot name="header">
          <p class="eyebrow">${this.localize.term('cardEyebrow')}</p>
          <h2 class="title">${this.localize.term('cardTitle')}</h2>
        </slot>
      </div>
      <p class="help">${this.localize.term('cardHelp')}</p>
      ${this.#catalog.render({
        initial: () => html`<div class="people">${renderLoading(this.localize, 1)}</div>`,
        pending: () => html`<div class="people">${renderLoading(this.localize, 1)}</div>`,
        complete: ({ mentors }) => this.#renderPeople(mentors),
        error: error => renderError(this.localize, error, () => void this.#catalog.run()),
      })}
      ${this.#renderNextSession()}
      ${this.#catalog.status === 'error'
        ? nothing // one outage, one message: the credits would only fail the same way
        : html`<mentorship-credits
            compact
            .client=${this.resolvedClient}
            locale=${this.localize.locale}
            time-zone=${this.resolvedTimeZone}
          ></mentorship-credits>`}
      <div class="actions">
        <button
          part="button open"
          class="primary"
          type="button"
          @pointerenter=${this.#fetchSteps}
          @focus=${this.#fetchSteps}
          @touchstart=${this.#fetchSteps}
          @click=${() => this.#openFlow()}
        >
          ${this.localize.term('scheduleSession')}
        </button>
        ${learnMore
          ? html`<a href=${learnMore} target="_blank" rel="noopener"
              >${this.localize.term('learnMore')}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
            >`
          : nothing}
      </div>`;
  }

  #renderNextSession(): TemplateResult | typeof nothing {
    const next = this.#nextSession.value;
    if (!next || !this.showNextSession) return nothing;
    return html`<p part="next-session" class="muted">
      ${this.localize.term('nextSession', this.#fullDateTime(next.startsAt, this.resolvedTimeZone), next.mentor.name)}
    </p>`;
  }

  #renderPeople(mentors: Mentor[]): TemplateResult | typeof nothing {
    if (mentors.length === 0) return nothing;
    const shown = mentors.slice(0, AVATARS_SHOWN);
    const more = mentors.length - shown.length;
    return html`<div class="people">
      <div part="avatars" class="avatars">${shown.map(mentor => renderAvatar(this, mentor, mentor.name))}</div>
      <span class="muted">
        ${more > 0 ? this.localize.term('mentorsAvailable', more) : this.localize.term('mentorsTotal', mentors.length)}
      </span>
    </div>`;
  }

  // ——— Open ———

  #renderOpen(): TemplateResult {
    const { step } = this.flow;
    const noCredits = outOfCredits(this.flow, slug => this.#creditsFor(slug));
    const title = noCredits ? this.localize.term('stepNoCredits') : this.localize.term(STEP_TITLES[step]);
    const steps = countedSteps(this.#isGroup(this.flow.service));
    const number = steps.indexOf(step) + 1;
    return html`<div class="step-header">
        ${step === 'booked'
          ? nothing
          : html`<button
              part="button back"
              class="back"
              type="button"
              aria-disabled=${this.#booking?.pending ? 'true' : 'false'}
              @click=${() => this.#back()}
            >
              <span aria-hidden="true">‹</span> ${step === 'service' ? this.localize.term('close') : this.localize.term('back')}
            </button>`}
        <div class="step-heading">
          <h2 part="step-title" class="step-title" tabindex="-1">${title}</h2>
          ${number > 0 && !noCredits
            ? html`<span class="step-count">${this.localize.term('stepOf', number, steps.length)}</span>`
            : nothing}
        </div>
      </div>
      ${this.#renderNotice()} ${this.#renderBody(noCredits)}`;
  }

  /** What the flow has to say about the step: an unknown deep link, a time or seat just refused. */
  #renderNotice(): TemplateResult | typeof nothing {
    const notice = this.flow.notice;
    if (!notice) return nothing;
    let text: string;
    if (notice.kind === 'unknown-service') text = this.localize.term('unknownService', notice.slug);
    else if (notice.kind === 'unknown-mentor') text = this.localize.term('unknownMentor', notice.slug);
    else {
      text = refusalText(this.localize, notice.error);
      // A full group session, in our words unless the backend gave its own.
      if (this.flow.step === 'group' && text === errorText(this.localize, notice.error)) text = this.localize.term('groupFilled');
    }
    return html`<p part="notice" class="notice notice--error" role="alert">${text}</p>`;
  }

  /** The step's template, once the steps' code is here; a skeleton until then, or what stopped it. */
  #renderBody(noCredits: boolean): TemplateResult {
    const steps = this.#steps;
    if (steps && this.#booking) return steps.renderStep(this.#stepView(this.#booking), noCredits);
    if (this.#stepsError) {
      return renderError(this.localize, this.#stepsError, () => {
        this.#stepsError = undefined;
        this.requestUpdate();
      });
    }
    return renderLoading(this.localize, 3);
  }

  /** What the step templates read and may ask (steps/view.ts). */
  #stepView(booking: BookingController): StepView {
    return {
      localize: this.localize,
      flow: this.flow,
      client: this.resolvedClient,
      timeZone: this.resolvedTimeZone,
      offer: this.#catalog,
      groups: this.#groups,
      booking,
      serviceQuery: this.serviceQuery,
      agendaText: this.agendaText,
      purchaseUrl: this.purchaseUrl,
      creditsFor: service => this.#creditsFor(service),
      fullDateTime: (instant, zone) => this.#fullDateTime(instant, zone),
      setServiceQuery: text => (this.serviceQuery = text),
      setAgendaText: text => (this.agendaText = text),
      chooseService: service => this.#chooseService(service),
      chooseGroup: group => this.#chooseGroup(group),
      onMentorSelect: this.#onMentorSelect,
      onSlotSelect: this.#onSlotSelect,
      book: () => void this.#bookNow(),
      toServices: () => this.#setFlow(toServices(this.flow)),
      downloadCalendar: () => this.#downloadCalendar(),
      bookAnother: () => this.#bookAnother(),
    };
  }

  /** Fetches the steps' code (once per page) and makes the booking controller with it. */
  readonly #fetchSteps = (): void => {
    if (this.#steps) return;
    loadSteps().then(
      steps => {
        this.#steps = steps;
        this.#stepsError = undefined;
        this.#booking ??= new steps.BookingController(
          this,
          (operation, error) => this.report(operation, error),
          session => this.#settled(session),
        );
        this.requestUpdate();
      },
      (cause: unknown) => {
        // Fetched ahead (pointer over the button) and failed: opening the flow fetches again.
        if (!this.open) return;
        this.#stepsError = new MentorshipError('network', 'The booking steps could not be fetched.', { cause });
        this.report('steps', this.#stepsError);
        this.requestUpdate();
      },
    );
  };

  // ——— Flow (transitions in flow.ts) ———

  #openFlow(): void {
    this.open = true;
    this.#focusTitle = true;
  }

  /** Moves the flow; a new step puts the keyboard on its title. */
  #setFlow(flow: Flow): void {
    if (flow.step !== this.flow.step) this.#focusTitle = true;
    this.flow = flow;
  }

  #back(): void {
    // A booking on its way (or not yet confirmed) is the one thing to finish: its outcome shows here.
    if (this.#booking?.pending) return;
    const previous = back(this.flow);
    if (previous) {
      this.#setFlow(previous);
      return;
    }
    this.open = false;
    this.flow = { ...this.flow, mentor: undefined };
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open || this.flow.step === 'booked' || this.#booking?.pending) return;
    event.preventDefault();
    this.#back();
  };

  #chooseService(service: MentorshipService): void {
    if (!this.dispatchEvent(new ServiceSelectEvent({ service }))) return;
    this.#setFlow(chooseService(this.flow, service, this.#isGroup(service)));
  }

  #chooseGroup(group: GroupSession): void {
    this.#booking?.reset();
    this.#setFlow(chooseGroup(this.flow, group));
  }

  readonly #onMentorSelect = (event: MentorSelectEvent) => {
    // Act after the event has reached the page: it may cancel it.
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.#setFlow(chooseMentor(this.flow, event.detail.mentor));
    });
  };

  readonly #onSlotSelect = (event: SlotSelectEvent) => {
    queueMicrotask(() => {
      if (event.defaultPrevented) return;
      const { slot, timeZone, mentorTimeZone } = event.detail;
      this.#booking?.reset();
      this.#setFlow(chooseSlot(this.flow, slot, timeZone, mentorTimeZone));
    });
  };

  async #bookNow(): Promise<void> {
    const client = this.resolvedClient;
    const { slot, group, service } = this.flow;
    const booking = this.#booking;
    if (!client || !slot || !service || !booking || booking.busy) return;
    this.flow = { ...this.flow, error: undefined };
    const mentor = group?.mentor ?? this.flow.mentor!;
    await booking.book({
      client,
      mentor: mentor.slug,
      mentorName: mentor.name,
      groupSession: group?.id,
      service: service.slug,
      slot,
      timeZone: this.flow.slotZone ?? this.resolvedTimeZone,
      agenda: this.agendaText.trim(),
    });
  }

  /** Shows how an attempt ended, wherever the student is in the card. */
  #settled(session: MentorshipSession | undefined): void {
    if (session) {
      this.agendaText = '';
      this.#setFlow(booked(this.flow, session));
      void this.#credits.run();
      return;
    }
    const state = this.#booking?.state;
    if (state?.status !== 'failed') return;
    const { error } = state;
    const code = isMentorshipError(error) ? error.code : undefined;
    this.#setFlow(refused(this.flow, error, code));
    // A full group session: its list loaded afresh; no credits: the balance loaded afresh.
    if (code === 'slot-taken' && this.flow.step === 'group') void this.#groups.run();
    if (code === 'no-credits') void this.#credits.run();
  }

  #bookAnother(): void {
    this.#booking?.reset();
    this.#setFlow(restart());
  }

  // ——— Helpers ———

  /** A group service, on a backend that lists its group sessions (otherwise it is booked like a 1-1). */
  #isGroup(service: MentorshipService | undefined): boolean {
    const client = this.resolvedClient;
    return service?.kind === 'group' && !!client?.capabilities.groups && !!client.listGroupSessions;
  }

  /** Sessions left for a service: a number, `null` when unlimited, `undefined` until credits load. */
  #creditsFor(service: string): number | null | undefined {
    const all = this.#credits.value;
    return all ? sessionsAvailable(bucketsFor(all, service)) : undefined;
  }

  #fullDateTime(instant: string, zone: string): string {
    return `${fullDateTimeOf(instant, this.localize.locale, zone)} (${zone})`;
  }

  #downloadCalendar(): void {
    const session = this.flow.booked;
    if (!session) return;
    const serviceName = this.flow.service?.name ?? session.service;
    downloadSessionCalendar(this.renderRoot, session, this.localize.term('calendarTitle', serviceName, session.mentor.name)).catch(error =>
      this.report('calendar', error),
    );
  }
}
