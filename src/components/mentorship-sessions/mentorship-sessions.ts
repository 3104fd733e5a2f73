import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cache.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { MentorshipService, MentorshipSession, SessionStatus } from '../../client/types.js';
import type { Catalog } from '../../i18n/index.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { TickerController } from '../../controllers/ticker.js';
import type { RescheduledEvent } from '../../events/rescheduled.js';
import { renderAvatar } from '../../base/avatar.js';
import { clock } from '../../utils/clock.js';
import { offerCalendar, prefetchCalendar } from '../../base/calendar.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { refusalText, renderError, renderLoading } from '../../base/states.js';
import { isMentorshipError } from '../../client/errors.js';
import type { MentorshipErrorEvent } from '../../events/error.js';
import { fullDateTimeInZone, fullDateTimeOf } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { thisAndFollowing } from '../../utils/following.js';
import { WriteController, type WriteOptions } from '../../controllers/write.js';
import { can } from '../../client/can.js';
import { cancel } from '../../writes/sessions.js';
import { adoptSheet, base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './mentorship-sessions.styles.js';
import type { CheckIns } from './check-in.js';
import { entriesOf, HOUR, joinOpensIn, joinWindowOf, MINUTE, nextChangeOf } from './timing.js';
// This tag's own English strings (en/sessions.ts) come with its code.
import '../../i18n/en/sessions.js';
import { lazy } from '../../utils/lazy.js';

/**
 * Sessions (a series counts once) rendered at first, and added per "Show more": a student with 500
 * past sessions gets the latest at once, not a long task building all 500.
 */
const PAGE = 10;

/** The check-in's code (check-in.ts), fetched with the first past session to check in on, once per page. */
const loadCheckIn = lazy(() => import('./check-in.js'));

/** A series' grouping (series-group.ts), fetched with the first upcoming list that has a series' meeting. */
type SeriesModule = typeof import('./series-group.js');
const loadSeriesGroup = lazy(() => import('./series-group.js'));

const STATUS_LABELS = {
  scheduled: 'statusScheduled',
  started: 'statusStarted',
  completed: 'statusCompleted',
  canceled: 'statusCanceled',
  missed: 'statusMissed',
} as const satisfies Record<SessionStatus, keyof Catalog>;

export type SessionsView = 'upcoming' | 'past';
const VIEWS: readonly SessionsView[] = ['upcoming', 'past'];

// The timing rules live in timing.ts; these two stay importable from here, where they were first.
export { joinOpensIn, joinWindowOf } from './timing.js';

/** What the student is doing with one session right now. */
type Action = { kind: 'cancel'; id: string } | { kind: 'reschedule'; id: string } | undefined;

interface Loaded {
  view: SessionsView;
  sessions: MentorshipSession[];
  services: Map<string, MentorshipService>;
  /** With a series' meeting in the upcoming list: the grouping's code and each series' progress. */
  series?: { module: SeriesModule; progress: Map<string, import('./series-group.js').SeriesProgress> };
}

/**
 * @summary The student's upcoming and past mentoring sessions: joining when it is time, adding to a
 * calendar, cancelling, moving to another time, and rating sessions that have ended — or, where the
 * backend takes check-ins, checking in (rating, progress on the session's goal, the mentor's fit).
 * Past sessions show the mentor's summary and next steps.
 *
 * @tagname mentorship-sessions
 *
 * @event mentorship-cancel-request - "Yes, cancel it" was pressed; nothing is sent yet. Cancelable. `detail: { session }`.
 * @event mentorship-canceled - A session was canceled. `detail: { session }`.
 * @event mentorship-reschedule-request - A new time was confirmed; nothing is sent yet. Cancelable. `detail: { id, startsAt, endsAt, timeZone }`.
 * @event mentorship-rescheduled - A session moved. `detail: { session, timeZone }`.
 * @event mentorship-checked-in - The student checked in on a past session. `detail: { session }`.
 * @event mentorship-rematch-request - "Find another mentor" after a "Not a good fit" check-in. Cancelable: the page matches by hand; else the provider's `<mentor-schedule-card>` opens at the service with that mentor last (`openBooking`). `detail: { mentor, session }`.
 * @event mentorship-rated - The student rated a past session. `detail: { session }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @slot empty - Replaces the "no sessions" message of either list.
 *
 * @csspart sessions - The whole block.
 * @csspart tabs - The Upcoming / Past switch.
 * @csspart tab - One of its tabs; `selected` is added to the current one.
 * @csspart list - The list of sessions.
 * @csspart session - One session.
 * @csspart more - The "Show N more sessions" button after the first ten (a series counts once).
 * @csspart avatar - The mentor's picture or initials.
 * @csspart status - The session's status; also `status-scheduled`, `status-started` (live), `status-completed`, `status-canceled`, `status-missed` (also "Your mentor could not attend — your credit is back" when their report says so).
 * @csspart join - The "Join" link or, before the window opens, the disabled button.
 * @csspart countdown - "You can join in 5 minutes".
 * @csspart confirm-cancel - The cancel confirmation.
 * @csspart confirm-following - For a series' meeting with later ones: "Cancel this and the following" (each credit comes back).
 * @csspart series - A series in the upcoming list: "Weekly with Ana · 2 of 6 done" and its next meeting, opening to its meetings.
 * @csspart reschedule - The agenda that picks a new time.
 * @csspart feedback - The rating form (or the check-in), or the rating given.
 * @csspart check-in - With `capabilities.checkIns`: the check-in after a session (rating, progress on its goal, the mentor's fit, a comment).
 * @csspart goal-progress - In the check-in: the steps of the session's goal to tick, or its progress slider.
 * @csspart rematch - After a check-in that said "Not a good fit": "Find another mentor".
 * @csspart summary - A past session's summary by its mentor.
 * @csspart action-items - The mentor's next steps for the student.
 * @csspart agenda - What the student wrote for the session.
 * @csspart went-well - From the mentor's report: what went well.
 * @csspart to-work-on - From the mentor's report: what to work on.
 * @csspart notice - A message after an action (canceled, moved, rated, refused).
 * @csspart change-rule - In place of Reschedule and Cancel once changes are closed: the change policy's hours have
 *   come, or the backend refused a change (then in its words).
 * @csspart empty - The message when a list is empty.
 * @csspart book - The empty state's link to the booking flow.
 * @csspart calendar-menu - "Add to calendar"'s choices (Google Calendar, Outlook.com, Microsoft 365, an .ics file), a
 *   popover under the button, made on the first press.
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorshipSessions extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    bookingUrl: { attribute: 'booking-url' },
    joinMinutesBefore: { attribute: 'join-minutes-before', type: Number },
    reminderMinutes: { attribute: 'reminder-minutes', type: Number },
    action: { state: true },
    shown: { state: true },
  };

  /** Which list shows: `upcoming` or `past`. The tabs change it. */
  // Spelled out (not `SessionsView`) so custom-elements.json, the README and editors list the values.
  view: 'upcoming' | 'past' = 'upcoming';

  /** The booking flow's page, linked from the empty list as "Schedule a session". Only `http(s):` URLs are used. */
  bookingUrl?: string;

  /** How many minutes before the start "Join" opens. It stays open until the session ends. */
  joinMinutesBefore = 10;

  /**
   * The reminder in "Add to calendar" files: minutes before the session starts. Default 30;
   * `reminder-minutes="none"` (as a property, `null`) leaves it out.
   */
  reminderMinutes?: number | null;

  private action: Action;
  /** A message after an action; `at` a session's id to show it at that session (a refusal). */
  /** A cancel or a rating on its way: its buttons wait. */
  /** How many entries of the list show (see PAGE). */
  private shown = PAGE;
  /** After "Show more", the first entry added, to move the keyboard to. */
  #focusFrom: number | undefined;
  /** The sessions the list shows now, for the ticker. */
  #visible: readonly MentorshipSession[] = [];
  /**
   * Sessions whose change the backend refused by its policy, with its words: the rule shows where
   * Cancel and Reschedule were, rather than buttons that are known to be refused.
   */
  #refused = new Map<string, string>();

  /** Cancelling, rating and checking in: one at a time, busy while on its way, failures reported once. */
  readonly #writes = new WriteController(this.writeAccess({ forgotten: () => (this.shown = PAGE) }));
  /** The form after a session (check-in.ts: the check-in, or the rating alone), once its code has arrived. */
  #checkIns: CheckIns | undefined;
  #checkInsOnTheirWay = false;
  /**
   * Its code could not be fetched (offline): the list shows without the form and the failure is
   * reported once; showing a list again tries again.
   */
  #checkInsFailed = false;

  readonly #sessions = new LoadController(this, {
    task: ([client, view], { signal }) =>
      this.call('sessions', signal, async (): Promise<Loaded> => {
        const resolved = this.requireClient(client);
        const [sessions, services] = await Promise.all([
          resolved.listSessions({ status: view, signal }),
          // Names only: without them a session shows its service's slug, which is no reason to fail.
          resolved.listServices({ signal }).catch((): MentorshipService[] => []),
        ]);
        const loaded: Loaded = { view, sessions, services: new Map(services.map(service => [service.slug, service])) };
        if (view === 'upcoming' && sessions.some(session => session.series)) {
          const module = await loadSeriesGroup();
          adoptSheet(this.shadowRoot, module.seriesStyles);
          loaded.series = { module, progress: await module.loadProgress(resolved, sessions, signal) };
        }
        return loaded;
      }),
    // Another student, language or zone drops what was shown at once.
    args: () => [this.resolvedClient, this.view, this.localize.locale, this.resolvedTimeZone] as const,
  });

  constructor() {
    super();
    // After a change the cache has already forgotten what it changed: no need to drop the rest.
    new RefreshOnChangeController(this, () => void this.#sessions.run());
    // Countdowns, the join window and "Live now" follow the clock: a render when one of the shown
    // sessions changes, none in between.
    new TickerController(this, () =>
      this.view === 'upcoming'
        ? nextChangeOf(this.#visible, clock.now().getTime(), this.joinMinutesBefore, session => this.#noticeHours(session))
        : undefined,
    );
  }

  /** Loads the sessions again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#sessions.run();
  }

  override render(): TemplateResult {
    this.#visible = [];
    return html`<section part="sessions" class="sessions">
      ${this.#renderTabs()}
      <div class="panel">
        ${this.#writes.renderNotice()}
        ${this.#sessions.render({
          initial: () => renderLoading(this.localize, 3),
          // A reload after a change keeps the list in place rather than flashing a skeleton.
          pending: () => {
            const shown = this.#sessions.value;
            return shown?.view === this.view ? this.#renderList(shown) : renderLoading(this.localize, 3);
          },
          complete: loaded => this.#renderList(loaded),
          error: error => renderError(this.localize, error, () => this.refresh()),
        })}
      </div>
    </section>`;
  }

  #renderTabs(): TemplateResult {
    // Two toggle buttons: which list shows is the one state, and both stay in the tab order.
    return html`<div part="tabs" class="tabs" role="group" aria-label=${this.localize.term('sessionsLabel')}>
      ${VIEWS.map(
        view => html`<button
          part=${view === this.view ? 'tab selected' : 'tab'}
          type="button"
          aria-pressed=${view === this.view ? 'true' : 'false'}
          @click=${() => this.#show(view)}
        >
          ${this.localize.term(view)}
        </button>`,
      )}
    </div>`;
  }

  /**
   * Shows the past sessions with the keyboard on the first check-in waiting (focus brings it into view; else
   * on the list). How a `<mentorship-provider>` answers a journey's "Check in on your last session".
   */
  showCheckIn(): void {
    this.#show('past');
    // The check-in's code may still be on its way after the list has come.
    this.focusWhenShown('[part~="check-in"] input', () => this.#checkInsOnTheirWay && !this.#checkIns && !this.#checkInsFailed);
  }

  #show(view: SessionsView): void {
    if (view === this.view) return;
    this.view = view;
    this.shown = PAGE;
    this.#checkInsFailed = false;
    this.action = undefined;
    this.#writes.notice = undefined;
  }

  #renderList({ sessions, services, series }: Loaded): TemplateResult {
    if (sessions.length === 0) {
      const booking = safeHttpUrl(this.bookingUrl);
      return html`<div part="empty" class="state">
        <slot name="empty">
          <p>${this.localize.term(this.view === 'upcoming' ? 'noUpcoming' : 'noPast')}</p>
          ${
            booking && this.view === 'upcoming'
              ? html`<a part="book" class="button primary" href=${booking}>${this.localize.term('scheduleSession')}</a>`
              : nothing
          }
        </slot>
      </div>`;
    }
    const meeting = (session: MentorshipSession) => this.#renderSession(session, services.get(session.service));
    // A series shows once, where its next meeting is, with every meeting of it inside.
    const entries = entriesOf(sessions, !!series);
    const page = entries.slice(0, this.shown);
    const more = entries.length - page.length;
    this.#visible = page.flat();
    return html`<ul part="list" class="list">
        ${page.map(([first, ...rest]) =>
          first.series && series
            ? series.module.renderSeries(this.localize, this.resolvedTimeZone, [first, ...rest], series.progress.get(first.series), meeting)
            : meeting(first),
        )}
      </ul>
      ${
        more > 0
          ? html`<button part="button more" class="more" type="button" @click=${this.#showMore}>
            ${this.localize.term('showMoreSessions', Math.min(more, PAGE))}
          </button>`
          : nothing
      }`;
  }

  readonly #showMore = () => {
    this.#focusFrom = this.shown;
    this.shown += PAGE;
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#focusFrom === undefined) return;
    // After "Show more", keyboard and screen-reader users land on the first entry added.
    const added = this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] > li')[this.#focusFrom];
    this.#focusFrom = undefined;
    if (!added) return;
    added.tabIndex = -1;
    added.focus();
  }

  #renderSession(session: MentorshipSession, service: MentorshipService | undefined): TemplateResult {
    const { locale } = this.localize;
    const zone = this.resolvedTimeZone;
    const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MINUTE);
    const status = this.#liveStatus(session);
    return html`<li part="session" class="session" data-session=${session.id}>
      ${renderAvatar(this, session.mentor)}
      <div class="body">
        <p class="title">
          <strong><bdi>${service?.name ?? session.service}</bdi></strong>
          <span class="muted">· <bdi>${session.mentor.name}</bdi></span>
        </p>
        <p class="when">
          ${fullDateTimeInZone(session.startsAt, locale, zone)} · ${this.localize.term('minutes', minutes)}
          ${
            session.attendance === 'mentor-absent'
              ? html`<span part="status status-missed" class="status status--missed">${this.localize.term('outcomeMentorAbsent')}</span>`
              : this.#renderStatus(status)
          }
        </p>
        ${this.#line('agenda', 'labelAgenda', session.agenda)} ${this.#line('summary', 'sessionSummary', session.summary)}
        ${this.#line('went-well', 'feedbackWentWell', session.mentorFeedback?.wentWell)}
        ${this.#line('to-work-on', 'feedbackToWorkOn', session.mentorFeedback?.toWorkOn)}
        ${
          session.actionItems?.length
            ? html`<div part="action-items" class="agenda">
                <span class="muted">${this.localize.term('sessionActionItems')}:</span>
                <ul>
                  ${session.actionItems.map(item => html`<li>${item}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${this.view === 'upcoming' ? this.#renderUpcomingActions(session, service) : this.#renderFeedback(session)}
        ${this.#writes.renderNotice(session.id)}
      </div>
    </li>`;
  }

  /** "Label: text" under a session, when there is text: what the student or their mentor wrote. */
  #line(
    part: string,
    label: 'labelAgenda' | 'sessionSummary' | 'feedbackWentWell' | 'feedbackToWorkOn',
    text = '',
  ): TemplateResult | typeof nothing {
    return text ? html`<p part=${part} class="agenda"><span class="muted">${this.localize.term(label)}:</span> ${text}</p>` : nothing;
  }

  /** A status this version does not know is shown as the backend wrote it, neutrally. */
  #renderStatus(status: MentorshipSession['status']): TemplateResult {
    const known = Object.hasOwn(STATUS_LABELS, status) ? (status as SessionStatus) : undefined;
    return html`<span part=${`status status-${known ?? 'unknown'}`} class=${`status status--${known ?? 'unknown'}`}
      >${known ? this.localize.term(STATUS_LABELS[known]) : html`<bdi>${status}</bdi>`}</span
    >`;
  }

  /** The status as of now: a scheduled session whose time has come is live, one whose time has passed is over. */
  #liveStatus(session: MentorshipSession): MentorshipSession['status'] {
    if (session.status !== 'scheduled' && session.status !== 'started') return session.status;
    const now = clock.now().getTime();
    if (now >= Date.parse(session.endsAt)) return 'completed';
    return now >= Date.parse(session.startsAt) ? 'started' : 'scheduled';
  }

  #renderUpcomingActions(session: MentorshipSession, service: MentorshipService | undefined): TemplateResult {
    const client = this.resolvedClient;
    const changeable = this.#liveStatus(session) === 'scheduled';
    const canCancel = changeable && !!client?.capabilities.cancel;
    // A seat in a group session is tied to that session's time: it can be given back, not moved.
    const canMove = changeable && !session.groupSession && !!client?.capabilities.reschedule && !!client.rescheduleSession;
    const action = this.action?.id === session.id ? this.action.kind : undefined;
    // Once changes are known to be closed — the policy's hours have come, or the backend refused one —
    // the rule shows instead of buttons that would be refused (a refusal's own notice says it first).
    const hours = this.#noticeHours(session);
    const rule =
      (canCancel || canMove) &&
      (this.#refused.get(session.id) ??
        (hours && clock.now().getTime() >= Date.parse(session.startsAt) - hours * HOUR ? this.localize.term('changesClosed', hours) : ''));
    return html`<div class="actions">
        ${this.#renderJoin(session)}
        <button
          part="button calendar"
          type="button"
          aria-expanded="false"
          @pointerenter=${prefetchCalendar}
          @focus=${prefetchCalendar}
          @click=${(event: Event) => this.#offerCalendar(event.currentTarget as HTMLElement, session, service)}
        >
          ${this.localize.term('addToCalendar')}
        </button>
        ${canMove && !rule ? this.#renderToggle(session, 'reschedule', 'reschedule-toggle', 'reschedule') : nothing}
        ${canCancel && !rule ? this.#renderToggle(session, 'cancel', 'cancel', 'cancelSession') : nothing}
      </div>
      ${rule && this.#writes.notice?.at !== session.id ? html`<p part="change-rule" class="muted">${rule}</p>` : nothing}
      ${action === 'cancel' ? this.#renderCancelConfirm(session) : nothing}
      ${action === 'reschedule' ? this.#renderReschedule(session) : nothing}`;
  }

  /** The change policy's hours for a session (its service's, else the backend's); `undefined` when none is stated. */
  #noticeHours(session: MentorshipSession): number | undefined {
    return this.#sessions.value?.services.get(session.service)?.changeNoticeHours ?? this.resolvedClient?.capabilities.changeNoticeHours;
  }

  /** A button that opens (and closes) one of a session's panels: the cancel question, the agenda. */
  #renderToggle(
    session: MentorshipSession,
    kind: 'cancel' | 'reschedule',
    part: string,
    label: 'reschedule' | 'cancelSession',
  ): TemplateResult {
    const open = this.action?.id === session.id && this.action.kind === kind;
    return html`<button
      part="button ${part}"
      type="button"
      aria-expanded=${open ? 'true' : 'false'}
      @click=${(event: Event) => this.#toggle({ kind, id: session.id }, event.currentTarget)}
    >
      ${this.localize.term(label)}
    </button>`;
  }

  #renderJoin(session: MentorshipSession): TemplateResult | typeof nothing {
    const join = safeHttpUrl(session.joinUrl);
    if (!join) return nothing;
    const now = clock.now().getTime();
    const { opens, closes } = joinWindowOf(session, this.joinMinutesBefore);
    if (now >= closes) return nothing;
    if (now >= opens) {
      return html`<a part="join" class="button primary" href=${join} target="_blank" rel="noopener"
        >${this.localize.term('join')}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
      >`;
    }
    const countdownId = `countdown-${session.id}`;
    return html`<button part="join button" class="primary" type="button" disabled aria-describedby=${countdownId}>
        ${this.localize.term('join')}
      </button>
      <span part="countdown" class="countdown muted" id=${countdownId}>
        ${this.localize.term('joinOpens', joinOpensIn(opens, now, this.localize.locale, this.resolvedTimeZone))}
      </span>`;
  }

  #renderCancelConfirm(session: MentorshipSession): TemplateResult {
    const when = fullDateTimeOf(session.startsAt, this.localize.locale, this.resolvedTimeZone);
    const busy = this.#writes.busy;
    return html`<div part="confirm-cancel" class="state" role="group" aria-labelledby="cancel-question">
      <p id="cancel-question">${this.localize.term('cancelQuestion', session.mentor.name, when)}</p>
      <div class="actions">
        <button
          part="button keep"
          type="button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => !busy && this.#toggle(undefined)}
        >
          ${this.localize.term('keepSession')}
        </button>
        <button
          part="button confirm"
          class="danger"
          type="button"
          aria-disabled=${busy ? 'true' : 'false'}
          @click=${() => this.#cancel(session)}
        >
          ${this.localize.term(busy ? 'canceling' : 'confirmCancel')}
        </button>
        ${
          this.#following(session).length > 1
            ? html`<button
              part="button confirm-following"
              class="danger"
              type="button"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => this.#cancel(session, 'following')}
            >
              ${this.localize.term('cancelFollowing')}
            </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  #renderReschedule(session: MentorshipSession): TemplateResult {
    // The agenda's code only when a session is moved: listing sessions does not need it.
    void import('../mentor-agenda/define.js');
    return html`<div part="reschedule" class="state">
      <p><strong>${this.localize.term('newTimeWith', session.mentor.name)}</strong></p>
      <mentor-agenda
        mentor=${session.mentor.slug}
        service=${session.service}
        reschedule=${session.id}
        days="7"
        .client=${this.resolvedClient}
        locale=${this.localize.locale}
        time-zone=${this.resolvedTimeZone}
        @mentorship-rescheduled=${this.#onRescheduled}
        @mentorship-error=${(event: MentorshipErrorEvent) => {
          // A move refused by the policy: the panel closes, and the refusal shows at the session.
          const refusal = this.#refuse(session, event.detail.error);
          if (refusal) {
            this.action = undefined;
            this.#writes.say('error', refusal, session.id);
          }
        }}
      ></mentor-agenda>
      <button part="button keep-time" type="button" @click=${() => this.#toggle(undefined)}>${this.localize.term('keepTime')}</button>
    </div>`;
  }

  #renderFeedback(session: MentorshipSession): TemplateResult | typeof nothing {
    const client = this.resolvedClient;
    const rated = session.feedback
      ? html`<p part="feedback" class="rated">
          <span aria-hidden="true">${'★'.repeat(session.feedback.rating)}${'☆'.repeat(5 - session.feedback.rating)}</span>
          ${this.localize.term('yourRating', session.feedback.rating)}
        </p>`
      : nothing;
    // The form after a session — the check-in, or the rating where the backend takes no check-ins —
    // is check-in.ts, fetched with the first session waiting for one.
    const takes = client?.capabilities.checkIns
      ? can(client, 'submitCheckIn')
      : client?.capabilities.feedback && can(client, 'rateSession');
    const waits = session.status === 'completed' && !session.feedback && !session.checkIn;
    if (!takes || this.#checkInsFailed || (!waits && !this.#checkIns)) return rated;
    const forms = this.#checkInsFor();
    return html`${rated}${forms ? forms.render(session) : nothing}`;
  }

  /** The check-ins, or `null` while their code is on its way (it is asked for here, once). */
  #checkInsFor(): CheckIns | null {
    if (this.#checkIns) return this.#checkIns;
    if (!this.#checkInsOnTheirWay) {
      this.#checkInsOnTheirWay = true;
      loadCheckIn().then(
        ({ CheckIns }) => {
          this.#checkIns = new CheckIns({
            host: this,
            localize: this.localize,
            client: () => this.resolvedClient,
            writes: this.#writes,
            after: (session, said, saidAt) => this.#after(session, said, saidAt),
            call: (operation, signal, work) => this.call(operation, signal, work),
            showingPast: () => this.view === 'past',
          });
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#checkInsFailed = true;
          this.#checkInsOnTheirWay = false;
          this.report('check-in', error);
          this.requestUpdate();
        },
      );
    }
    return null;
  }

  // ——— Actions ———

  /** The button that opened the panel shown: closed ("Keep it", "Keep the current time"), the keyboard goes back to it. */
  #opener?: HTMLElement;

  #toggle(action: Action, opener?: EventTarget | null): void {
    const same = action && this.action?.kind === action.kind && this.action.id === action.id;
    this.action = same ? undefined : action;
    this.#writes.notice = undefined;
    if (this.action) this.#opener = opener as HTMLElement;
    // The question is the next thing to answer: the keyboard on its safe choice.
    void this.updateComplete.then(() =>
      (!this.action
        ? this.#opener
        : this.action.kind === 'cancel'
          ? this.renderRoot.querySelector<HTMLElement>('[part~="keep"]')
          : null
      )?.focus(),
    );
  }

  /** A series' meeting and its later ones in the list (the meetings "this and the following" cancels). */
  #following(session: MentorshipSession): MentorshipSession[] {
    return thisAndFollowing(session, this.#sessions.value?.sessions ?? []);
  }

  async #cancel(session: MentorshipSession, scope?: 'following'): Promise<void> {
    const client = this.resolvedClient;
    if (!client) return;
    const following = scope && this.#following(session);
    const outcome = await this.#writes.write(
      cancel,
      { client, session, following },
      this.#after(session, () => (following ? this.localize.term('canceledMeetings', following.length) : this.localize.term('canceled'))),
    );
    if (outcome?.status === 'failed') this.#refuse(session, outcome.error);
  }

  /**
   * How a write on a session ends: the words once done at the top; a refusal at its session, whatever
   * the student opened meanwhile, closing its question, with the list loaded again to agree with the backend.
   */
  #after(session: MentorshipSession, said: () => string, saidAt?: string): WriteOptions<MentorshipSession> {
    return {
      said,
      saidAt,
      at: session.id,
      settled: outcome => {
        if (this.action?.id === session.id) this.action = undefined;
        if (outcome.status !== 'done') this.refresh();
      },
    };
  }

  /** A refusal by the backend's policy (`forbidden`): its words stand in for the session's change buttons from now on. */
  #refuse(session: MentorshipSession, error: unknown): string | undefined {
    return isMentorshipError(error) && error.code === 'forbidden'
      ? this.#refused.set(session.id, refusalText(this.localize, error)).get(session.id)
      : undefined;
  }

  readonly #onRescheduled = (event: RescheduledEvent) => {
    // The list reloads on its own (mentorship-rescheduled reaches the page); say where the session went.
    this.action = undefined;
    const when = fullDateTimeOf(event.detail.session.startsAt, this.localize.locale, this.resolvedTimeZone);
    this.#writes.say('success', this.localize.term('movedTo', when));
  };

  #offerCalendar(button: HTMLElement, session: MentorshipSession, service: MentorshipService | undefined): void {
    const summary = this.localize.term('calendarTitle', service?.name ?? session.service, session.mentor.name);
    offerCalendar(button, this.localize, session, summary, this.reminderMinutes).catch(error => this.report('calendar', error));
  }
}
