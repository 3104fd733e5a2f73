import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { dropCachedAnswers, keepsAnswers } from '../../client/cache.js';
import { MentorshipError } from '../../client/errors.js';
import type { Mentor, MentorshipClient } from '../../client/types.js';
import { LoadController } from '../../controllers/load.js';
import { renderAvatar } from '../../base/avatar.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading, renderStuck } from '../../base/states.js';
import { fullDateTimeInZone } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import type { ScheduleStep } from './flow.js';
import { styles } from './mentor-schedule-card.styles.js';
import type { CardAccess, CardFlow } from './steps/card-flow.js';
import type { Offer } from './steps/view.js';
import { lazy } from '../../utils/lazy.js';
// The credits the collapsed card shows, defined with it (in the CDN build, both in the main file).
import '../mentorship-credits/define.js';

export type { ScheduleStep };

/** The open card's steps (steps/index.ts), fetched when the flow opens or ahead of it, once per page. */
const loadSteps = lazy(() => import('./steps/index.js'), 'steps');

/**
 * What the open card's steps read about the student — the mentor step's matching (the profile, past
 * check-ins), the confirm step's goals — asked as soon as the student shows the intent to book,
 * together and beside the steps' own code, so that none of it waits for the step that reads it. Only
 * through a client that shares its answers (a provider's): the steps' own reads take these there;
 * through any other, each would be asked twice.
 */
function readAhead(client: MentorshipClient | undefined): void {
  if (!client || !keepsAnswers(client)) return;
  const { profile, checkIns, goals } = client.capabilities;
  const quiet = () => undefined;
  if (profile) client.getProfile?.().catch(quiet);
  if (profile && checkIns) client.listSessions({ status: 'past' }).catch(quiet);
  if (goals) client.listGoals?.().catch(quiet);
  // The steps read the credits too: asked here, the answer the collapsed card's credits are waiting
  // for is not dropped when the press removes them (a caller that gives up aborts a read no one else
  // waits for), so the steps take it rather than asking again.
  client.getCredits().catch(quiet);
}

const AVATARS_SHOWN = 4;
/** Each step's heading: the keyboard goes there on every step. */
const TITLE = '[part="step-title"]';

/** Where `openBooking()` opens the flow: the deep-link properties, and mentors to list last. */
export interface BookingAt {
  service?: string;
  mentor?: string;
  goal?: string;
  rankLast?: string[];
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
 * @event mentorship-booking-request - "Book session" (or "Book 6 sessions" for a series) was pressed; nothing is sent yet. Cancelable. A series' `detail.series` is `{ every, occurrences }`.
 * @event mentorship-booked - The session is booked. `detail: { session, timeZone }`; for a series also `series` (`{ series, sessions }`), `session` being its first meeting.
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
 * @csspart context - From the mentor step on: the service and its length; at the time step, the mentor with their local time.
 * @csspart service - A service's button.
 * @csspart no-credits - On a service's button: "No sessions left", when the student has none for it.
 * @csspart group-session - A group session's button (disabled when full or already joined).
 * @csspart seats - A group session's seats left, "Full" or "You have a seat".
 * @csspart summary - The confirm step's summary.
 * @csspart change-policy - The confirm step's note of the backend's change policy (a warning when the time is already too close to change).
 * @csspart agenda-field - The "What do you want to work on?" field.
 * @csspart repeat-field - For a backend with series: "Repeat" (does not repeat, every week, every 2 weeks).
 * @csspart series - A series on the confirm step: how many meetings, every date and what it costs.
 * @csspart series-dates - A series' list of dates (confirm and booked steps).
 * @csspart occurrence - One date of a series before booking; also `occurrence-free`, `occurrence-taken`, `occurrence-unavailable`.
 * @csspart instead - For a date that is not free: the backend's alternative time, or "Skip this date".
 * @csspart series-cost - "6 sessions · uses 6 credits · you have 4 now, 4 more on December 1".
 * @csspart series-problem - Why a series cannot be booked as planned (credits, every date skipped).
 * @csspart notice - A message about the step (unknown deep link, time just taken).
 * @csspart join - The booked session's link.
 * @csspart purchase - The "Get more sessions" link.
 * @csspart support - "Contact support" and the programme manager's address, when the student has no sessions left for a service or after an error retrying did not fix.
 * @csspart calendar-menu - "Add to calendar"'s choices (Google Calendar, Outlook.com, Microsoft 365, an .ics file), a
 *   popover under the button, made on the first press.
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorScheduleCard extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    mentor: { reflect: true },
    goal: { reflect: true },
    reminderMinutes: { attribute: 'reminder-minutes', type: Number },
    open: { type: Boolean, reflect: true },
    learnMoreUrl: { attribute: 'learn-more-url' },
    purchaseUrl: { attribute: 'purchase-url' },
    supportUrl: { attribute: 'support-url' },
    supportEmail: { attribute: 'support-email' },
    showNextSession: { attribute: 'show-next-session', type: Boolean },
  };

  /** Deep link: open the flow at the mentor step of this service (a slug). */
  service?: string;

  /** Deep link: open the flow at this mentor's agenda (a slug; with `service`, or the mentor's only service). */
  mentor?: string;

  /**
   * Deep link: book for this goal of the student's (its id). The confirm step has it chosen and the
   * agenda starts from its next open step; alone it opens the flow, with `service`/`mentor` there.
   * Needs a backend with `capabilities.goals`.
   */
  goal?: string;

  /**
   * Mentors (slugs) the mentor step lists last: e.g. one the student said is not a good fit. Read when
   * the mentor step shows: set it before opening the card there (as a "Find another mentor" does).
   */
  rankLast?: string[];

  /**
   * The reminder in the booked session's calendar file: minutes before it starts. Default 30;
   * `reminder-minutes="none"` (as a property, `null`) leaves it out.
   */
  reminderMinutes?: number | null;

  /** Whether the flow is open. The card opens itself on a deep link. */
  open = false;

  /** A page explaining mentoring sessions, linked as "Learn more". */
  learnMoreUrl?: string;

  /** Where students get more sessions, offered when they have none left. */
  purchaseUrl?: string;

  /**
   * Where students ask for help (an `http(s):` page), offered as "Contact support" when they have no
   * sessions left for a service or after an error that retrying did not fix. With a backend that has
   * programmes, the programme manager's address is offered too.
   */
  supportUrl?: string;

  /** The support team's address, for "Contact support" when there is no `support-url`. */
  supportEmail?: string;

  /**
   * Show the student's next upcoming session on the collapsed card ("Next session: … with Ana"). Off
   * by default: it costs one more request.
   */
  showNextSession = false;

  /** The deep link already followed, so re-renders do not follow it again. */
  #followedDeepLink: string | undefined;
  /** A session was booked here and the flow closed on it: the next session shows, as with `show-next-session`. */
  #bookedHere = false;

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

  readonly #nextSession = new LoadController(this, {
    task: ([client, wanted], { signal }) =>
      this.call('sessions', signal, async () => {
        if (!wanted) return undefined;
        const [next] = await this.requireClient(client).listSessions({ status: 'upcoming', signal });
        return next;
      }),
    args: () => [this.resolvedClient, this.showNextSession || this.#bookedHere, this.localize.locale, this.resolvedTimeZone] as const,
  });

  /** The open card's state and actions (steps/card-flow.ts), made when its code arrives: nothing is booked before. */
  #open: CardFlow | undefined;
  #stepsError: MentorshipError | undefined;
  #stepsOnTheirWay = false;

  /**
   * Opens the booking flow with the keyboard on its step (focus brings it into view): at a service, a mentor or
   * for a goal when given (as the deep-link attributes do), `rankLast` mentors listed last (`mentor:
   * undefined` clears a mentor set before). How a `<mentorship-provider>` answers a journey's "Book a
   * session", a goal's "Book a session for this goal" and a check-in's "Find another mentor".
   */
  openBooking(at: BookingAt = {}): void {
    Object.assign(this, at);
    this.#openFlow();
  }

  /** Loads everything the card shows again, from the backend. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    for (const load of [this.#catalog, this.#nextSession, this.#open]) void load?.run();
    this.renderRoot.querySelector('mentorship-credits')?.refresh();
  }

  protected override willUpdate(): void {
    // "||" when the card is linked to nothing.
    const link = [this.service, this.mentor, this.goal].join('|');
    const linked = link !== '||';
    if (linked && link !== this.#followedDeepLink && this.#catalog.value && this.#open) {
      this.#followedDeepLink = link;
      this.open = true;
      this.focusWhenShown(TITLE);
      this.#open.link(this.#catalog.value, { service: this.service, mentor: this.mentor });
    }
    // The open card's code: at once when the flow is open (a deep link too), unless fetching it just failed.
    if ((this.open || linked) && !this.#stepsError) this.#fetchSteps();
  }

  override render(): TemplateResult {
    return html`<section part="card" class="card surface" @keydown=${(event: KeyboardEvent) => this.open && this.#open?.onKeydown(event)}>
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
        error: error =>
          html`${renderError(this.localize, error, () => void this.#catalog.run())}${this.retried ? this.#support() : nothing}`,
      })}
      ${this.#renderNextSession()}
      ${
        this.#catalog.status === 'error'
          ? nothing // one outage, one message: the credits would only fail the same way
          : html`<mentorship-credits
            compact
            .client=${this.resolvedClient}
            locale=${this.localize.locale}
            time-zone=${this.resolvedTimeZone}
          ></mentorship-credits>`
      }
      <div class="actions">
        <button
          part="button open"
          class="primary"
          type="button"
          @pointerenter=${this.#intent}
          @focus=${this.#intent}
          @touchstart=${this.#intent}
          @click=${() => this.#openFlow()}
        >
          ${this.localize.term('scheduleSession')}
        </button>
        ${
          learnMore
            ? html`<a href=${learnMore} target="_blank" rel="noopener"
              >${this.localize.term('learnMore')}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
            >`
            : nothing
        }
      </div>`;
  }

  #renderNextSession(): TemplateResult | typeof nothing {
    const next = this.#nextSession.value;
    if (!next || !(this.showNextSession || this.#bookedHere)) return nothing;
    return html`<p part="next-session" class="muted">
      ${this.localize.term('nextSession', fullDateTimeInZone(next.startsAt, this.localize.locale, this.resolvedTimeZone), next.mentor.name)}
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

  // ——— Open (steps/open-flow.ts) ———

  /** The open card once its code is here; a skeleton until then, or what stopped it. */
  #renderOpen(): TemplateResult {
    if (this.#open) return this.#open.render();
    if (this.#stepsError) {
      return renderError(this.localize, this.#stepsError, () => {
        this.#stepsError = undefined;
        this.requestUpdate();
      });
    }
    return renderLoading(this.localize, 3);
  }

  /** A pointer or the keyboard on "Schedule a mentoring session": what opening needs is fetched ahead. */
  readonly #intent = (): void => {
    this.#fetchSteps();
    readAhead(this.resolvedClient);
  };

  /** Fetches the open card's code (once per page) and makes the open card with it. */
  readonly #fetchSteps = (): void => {
    // Asked on every update while the card is open, and on each pointer move over the button: once is enough.
    if (this.#open || this.#stepsOnTheirWay) return;
    this.#stepsOnTheirWay = true;
    loadSteps().then(
      steps => {
        this.#stepsOnTheirWay = false;
        this.#open = new steps.CardFlow(this.#access());
        this.#stepsError = undefined;
        this.requestUpdate();
      },
      (cause: unknown) => {
        this.#stepsOnTheirWay = false;
        // Fetched ahead (pointer over the button) and failed: opening the flow fetches again.
        if (!this.open) return;
        this.#stepsError = new MentorshipError('network', 'The booking steps could not be fetched.', { cause });
        this.report('steps', this.#stepsError);
        this.requestUpdate();
      },
    );
  };

  /** What the open card reads from this element and may ask of it. */
  #access(): CardAccess {
    return {
      host: this,
      localize: this.localize,
      client: () => this.resolvedClient,
      timeZone: () => this.resolvedTimeZone,
      focusTitle: () => this.focusWhenShown(TITLE),
      close: () => {
        // Closed on the booked step ("Done"): the collapsed card shows what was just booked.
        if (this.#open?.flow.step === 'booked') this.#bookedHere = true;
        this.open = false;
        // The keyboard goes back to the button that opened the flow.
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="open"]')?.focus());
      },
      offer: this.#catalog,
      report: (operation, error) => this.report(operation, error),
      support: now => (now || this.retried ? this.#support() : nothing),
      writeAccess: own => this.writeAccess(own),
      call: (operation, signal, work) => this.call(operation, signal, work),
    };
  }

  /** "Contact support" where the student is stuck (its code fetched then). */
  #support(): TemplateResult | typeof nothing {
    return renderStuck(this, this.localize, { client: this.resolvedClient, url: this.supportUrl, email: this.supportEmail });
  }

  #openFlow(): void {
    readAhead(this.resolvedClient);
    this.open = true;
    this.focusWhenShown(TITLE);
  }
}
