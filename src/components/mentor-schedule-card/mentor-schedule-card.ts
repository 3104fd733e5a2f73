import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cache.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isMentorshipError } from '../../client/errors.js';
import type { GroupSession, Mentor, MentorshipClient, MentorshipService, MentorshipSession } from '../../client/types.js';
import { BookingController } from '../../controllers/booking.js';
import type { MentorSelectEvent } from '../../events/mentor-select.js';
import { ServiceSelectEvent } from '../../events/service-select.js';
import type { SlotSelectEvent } from '../../events/slot-select.js';
import { renderAvatar } from '../../internal/avatar.js';
import { downloadSessionCalendar, prefetchCalendar } from '../../internal/calendar-download.js';
import { MentorshipElement } from '../../internal/mentorship-element.js';
import { matchesQuery } from '../../internal/search.js';
import { errorText, refusalText, renderError, renderLoading } from '../../internal/states.js';
import { fullDateTimeOf, localTimeOf, zoneCity } from '../../internal/time.js';
import { safeHttpUrl } from '../../internal/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { bucketsFor, sessionsAvailable } from '../../client/credits.js';
import '../mentorship-credits/define.js';
import '../mentor-list/define.js';
import '../mentor-agenda/define.js';
import type { Catalog as Messages } from '../../i18n/index.js';
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

export type { ScheduleStep };

const STEP_TITLES = {
  service: 'stepService',
  mentor: 'stepMentor',
  time: 'stepTime',
  group: 'stepGroup',
  confirm: 'stepConfirm',
  booked: 'stepBooked',
} as const satisfies Record<ScheduleStep, keyof Messages>;
const AVATARS_SHOWN = 4;

/** What the backend offers: services and mentors, read together. */
interface Offer {
  services: MentorshipService[];
  mentors: Mentor[];
}

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

  readonly #booking = new BookingController(
    this,
    (operation, error) => this.report(operation, error),
    session => this.#settled(session),
  );

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
        this.#booking.forget();
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
        <button part="button open" class="primary" type="button" @click=${() => this.#openFlow()}>
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
              aria-disabled=${this.#booking.pending ? 'true' : 'false'}
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
      ${this.#renderNotice()} ${noCredits ? this.#renderOutOfCredits() : this.#renderStep()}`;
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

  #renderStep(): TemplateResult {
    const { service, mentor } = this.flow;
    switch (this.flow.step) {
      case 'service':
        return this.#renderLoad(this.#catalog, catalog => this.#renderServices(catalog));
      case 'group':
        return this.#renderLoad(this.#groups, groups => this.#renderGroups(groups));
      // Nested tags get the card's own client, language and zone, whichever level those came from.
      case 'mentor':
        return html`<mentor-list
          service=${service!.slug}
          .client=${this.resolvedClient}
          locale=${this.localize.locale}
          time-zone=${this.resolvedTimeZone}
          @mentorship-mentor-select=${this.#onMentorSelect}
        ></mentor-list>`;
      case 'time':
        return html`<mentor-agenda
          mentor=${mentor!.slug}
          service=${service!.slug}
          .client=${this.resolvedClient}
          locale=${this.localize.locale}
          time-zone=${this.flow.slotZone ?? this.resolvedTimeZone}
          @mentorship-slot-select=${this.#onSlotSelect}
        ></mentor-agenda>`;
      case 'confirm':
        return this.#renderConfirm();
      case 'booked':
        return this.#renderBooked();
    }
  }

  #renderServices({ services: all, mentors }: Offer): TemplateResult {
    const { mentor } = this.flow;
    // Only services that some mentor gives can be booked.
    const given = new Set(mentors.flatMap(candidate => candidate.services));
    const services = all.filter(service => given.has(service.slug));
    const offered = mentor ? services.filter(service => mentor.services.includes(service.slug)) : services;
    const query = this.serviceQuery.trim();
    const shown = query ? offered.filter(service => matchesQuery(query, [service.name, service.description])) : offered;
    return html`<label class="search">
        <span class="visually-hidden">${this.localize.term('searchServices')}</span>
        <input
          type="search"
          placeholder=${this.localize.term('searchServices')}
          .value=${this.serviceQuery}
          @input=${(event: Event) => (this.serviceQuery = (event.target as HTMLInputElement).value)}
        />
      </label>
      ${shown.length === 0
        ? html`<p part="empty" class="state" role="status">
            ${offered.length === 0 || mentors.length === 0
              ? this.localize.term('noServices')
              : this.localize.term('noServicesMatch', query)}
          </p>`
        : html`<ul class="services">
            ${shown.map(service => {
              // A kind of service this version does not know is listed, but booked elsewhere.
              const unknownKind = service.kind !== 'one_to_one' && service.kind !== 'group';
              return html`<li>
                <button
                  part="service"
                  class="service"
                  type="button"
                  ?disabled=${unknownKind}
                  @click=${() => this.#chooseService(service)}
                >
                  <strong><bdi>${service.name}</bdi> · ${this.localize.term('minutes', service.durationMinutes)}</strong>
                  ${service.description ? html`<span>${service.description}</span>` : nothing}
                  ${unknownKind ? html`<span class="muted">${this.localize.term('notBookableHere')}</span>` : nothing}
                </button>
              </li>`;
            })}
          </ul>`}`;
  }

  #renderLoad<T>(load: Pick<LoadController<never, T>, 'render' | 'run'>, complete: (value: T) => TemplateResult): TemplateResult {
    return load.render({
      initial: () => renderLoading(this.localize, 3),
      pending: () => renderLoading(this.localize, 3),
      complete,
      error: error => renderError(this.localize, error, () => void load.run()),
    })!;
  }

  #renderGroups(groups: GroupSession[]): TemplateResult {
    if (groups.length === 0) return html`<p part="empty" class="state" role="status">${this.localize.term('noGroupSessions')}</p>`;
    const zone = this.resolvedTimeZone;
    return html`<ul class="services">
      ${groups.map(group => {
        const seats = group.joined
          ? this.localize.term('seatTaken')
          : group.seatsLeft
            ? this.localize.term('seatsLeft', group.seatsLeft)
            : this.localize.term('groupFull');
        return html`<li>
          <button
            part="group-session"
            class="service"
            type="button"
            ?disabled=${group.joined || !group.seatsLeft}
            @click=${() => this.#chooseGroup(group)}
          >
            <strong><bdi>${group.title}</bdi></strong>
            <span>${this.#fullDateTime(group.startsAt, zone)} · <bdi>${group.mentor.name}</bdi></span>
            <span part="seats">${seats}</span>
          </button>
        </li>`;
      })}
    </ul>`;
  }

  #renderConfirm(): TemplateResult {
    const { group, slot, mentorZone } = this.flow;
    const service = this.flow.service!;
    const mentor = group?.mentor ?? this.flow.mentor!;
    const zone = this.flow.slotZone ?? this.resolvedTimeZone;
    const { locale } = this.localize;
    const available = this.#creditsFor(service.slug);
    return html`<dl part="summary">
        <dt>${this.localize.term('labelService')}</dt>
        <dd><bdi>${service.name}</bdi>${group ? html` · <bdi>${group.title}</bdi>` : nothing}</dd>
        <dt>${this.localize.term('labelMentor')}</dt>
        <dd><bdi>${mentor.name}</bdi></dd>
        <dt>${this.localize.term('labelWhen')}</dt>
        <dd>
          ${this.#fullDateTime(slot!.startsAt, zone)}
          ${mentorZone && mentorZone !== zone
            ? html`<br /><span class="muted"
                  >${this.localize.term('mentorLocalTime', localTimeOf(slot!.startsAt, locale, mentorZone), zoneCity(mentorZone))}</span
                >`
            : nothing}
        </dd>
        <dt>${this.localize.term('labelDuration')}</dt>
        <dd>${this.localize.term('minutes', service.durationMinutes)}</dd>
        ${available === undefined
          ? nothing
          : html`<dt>${this.localize.term('labelCredits')}</dt>
              <dd>
                ${available === null
                  ? this.localize.term('unlimitedSessions')
                  : this.localize.term('creditsAfterBooking', Math.max(0, available - 1))}
              </dd>`}
      </dl>
      <div part="agenda-field" class="agenda-field">
        <label for="agenda">${this.localize.term('agendaLabel')}</label>
        <textarea
          id="agenda"
          maxlength="2000"
          aria-describedby="agenda-hint"
          .value=${this.agendaText}
          @input=${(event: Event) => (this.agendaText = (event.target as HTMLTextAreaElement).value)}
        ></textarea>
        <span id="agenda-hint" class="muted">${this.localize.term('agendaHint')}</span>
      </div>
      ${this.#renderBookingState()}`;
  }

  /** Book, or while the attempt is on its way "Booking…", or what is known when it is not confirmed yet. */
  #renderBookingState(): TemplateResult {
    const { state } = this.#booking;
    if (state.status === 'unconfirmed') {
      return html`<div part="unconfirmed" class="notice notice--error" role="alert">
          <p><strong>${this.localize.term('bookingUnconfirmed')}</strong></p>
          <p>${this.localize.term('bookingUnconfirmedHelp')}</p>
        </div>
        <button part="button check" class="primary" type="button" @click=${() => void this.#booking.check()}>
          ${this.localize.term('checkAgain')}
        </button>`;
    }
    // A busy button keeps its focus: aria-disabled, and presses are ignored while busy.
    return html`${this.flow.error
        ? html`<p part="error" class="notice notice--error" role="alert">${refusalText(this.localize, this.flow.error)}</p>`
        : nothing}
      <button
        part="button confirm"
        class="primary"
        type="button"
        aria-disabled=${this.#booking.busy ? 'true' : 'false'}
        @click=${() => this.#bookNow()}
      >
        ${this.#booking.busy ? this.localize.term('booking') : this.localize.term('bookSession')}
      </button>`;
  }

  #renderBooked(): TemplateResult {
    const session = this.flow.booked!;
    const zone = this.flow.slotZone ?? this.resolvedTimeZone;
    const join = safeHttpUrl(session.joinUrl);
    prefetchCalendar();
    return html`<div class="done" role="status">
      <p><strong>${this.localize.term('bookedWith', this.#fullDateTime(session.startsAt, zone), session.mentor.name)}</strong></p>
      <p class="muted">${this.flow.service?.name} · ${this.localize.term('minutes', this.flow.service?.durationMinutes ?? 0)}</p>
      ${join
        ? html`<p>
            <a part="join" href=${join} target="_blank" rel="noopener"
              >${this.localize.term('joinLink')}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
            >
          </p>`
        : nothing}
      <div class="actions">
        <button part="button calendar" type="button" @click=${() => this.#downloadCalendar()}>
          ${this.localize.term('addToCalendar')}
        </button>
        <button part="button book-another" class="primary" type="button" @click=${() => this.#bookAnother()}>
          ${this.localize.term('bookAnother')}
        </button>
      </div>
    </div>`;
  }

  #renderOutOfCredits(): TemplateResult {
    const purchase = safeHttpUrl(this.purchaseUrl);
    return html`<div class="state">
      <p>${this.localize.term('outOfCredits')}</p>
      ${purchase
        ? html`<a part="purchase" class="button primary" href=${purchase} target="_blank" rel="noopener"
            >${this.localize.term('getMoreMentorships')}</a
          >`
        : nothing}
      <button part="button" type="button" @click=${() => this.#setFlow(toServices(this.flow))}>${this.localize.term('back')}</button>
    </div>`;
  }

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
    if (this.#booking.pending) return;
    const previous = back(this.flow);
    if (previous) {
      this.#setFlow(previous);
      return;
    }
    this.open = false;
    this.flow = { ...this.flow, mentor: undefined };
  }

  readonly #onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !this.open || this.flow.step === 'booked' || this.#booking.pending) return;
    event.preventDefault();
    this.#back();
  };

  #chooseService(service: MentorshipService): void {
    if (!this.dispatchEvent(new ServiceSelectEvent({ service }))) return;
    this.#setFlow(chooseService(this.flow, service, this.#isGroup(service)));
  }

  #chooseGroup(group: GroupSession): void {
    this.#booking.reset();
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
      this.#booking.reset();
      this.#setFlow(chooseSlot(this.flow, slot, timeZone, mentorTimeZone));
    });
  };

  async #bookNow(): Promise<void> {
    const client = this.resolvedClient;
    const { slot, group, service } = this.flow;
    if (!client || !slot || !service || this.#booking.busy) return;
    this.flow = { ...this.flow, error: undefined };
    const mentor = group?.mentor ?? this.flow.mentor!;
    await this.#booking.book({
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
    if (this.#booking.state.status !== 'failed') return;
    const { error } = this.#booking.state;
    const code = isMentorshipError(error) ? error.code : undefined;
    this.#setFlow(refused(this.flow, error, code));
    // A full group session: its list loaded afresh; no credits: the balance loaded afresh.
    if (code === 'slot-taken' && this.flow.step === 'group') void this.#groups.run();
    if (code === 'no-credits') void this.#credits.run();
  }

  #bookAnother(): void {
    this.#booking.reset();
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
