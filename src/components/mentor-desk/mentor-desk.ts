import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { dropCachedAnswers } from '../../client/cache.js';
import { can } from '../../client/can.js';
import { isMentorshipError } from '../../client/errors.js';
import type { MentorSession, MentorshipClient, MentorshipService } from '../../client/types.js';
import { LoadController } from '../../controllers/load.js';
import { renderAvatar } from '../../base/avatar.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading } from '../../base/states.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { clock } from '../../utils/clock.js';
import { lazy } from '../../utils/lazy.js';
import { formatInZone, fullDateTimeInZone, localTimeOf } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { renderContext } from './context.js';
import type { ReportForms } from './report-form.js';
import { styles } from './mentor-desk.styles.js';
// This tag's own English strings come with its code.
import { desk } from '../../i18n/en/desk.js';
import { mentorWordsReady } from '../../i18n/mentor-part.js';

const MINUTE = 60_000;
/** Sessions rendered at first, and added per "Show more": a term of sessions is not one long task. */
const PAGE = 10;

/** The report form's code (report-form.ts), fetched with the first session that waits for a report. */
const loadReportForm = lazy(() => import('./report-form.js'), 'report-form');
/**
 * "Add to calendar"'s choice and the .ics writer, fetched ahead when the pointer is over the button or
 * it has focus. Imported here rather than through base/calendar.ts (and the clock through no
 * TickerController): those ride in a chunk with the student's calendar days, which a mentor's page
 * would fetch for nothing.
 */
// Unnamed: the student's pages fetch it the same way (base/calendar.ts), and a name would put its
// imports in the map every page's main file carries.
const loadIcs = lazy(() => import('../../base/calendar-menu.js'));
const prefetchIcs = () => void loadIcs().catch(() => undefined);

const ATTENDANCE = {
  held: 'attendanceHeld',
  'student-absent': 'attendanceStudentAbsent',
  'mentor-absent': 'attendanceMentorAbsent',
} as const;

interface Loaded {
  view: 'upcoming' | 'past';
  sessions: MentorSession[];
  services: Map<string, MentorshipService>;
}

/** A session that ended (or began, and the mentor has something to say) and has no report yet. */
const waitsForReport = (session: MentorSession, now: number) =>
  !session.report && session.status !== 'canceled' && Date.parse(session.endsAt) <= now;

/**
 * @summary The mentor's sessions: today's and the upcoming ones with each student's context (what
 * they wrote, the goal the session is for with its action plan and progress, their intake, their last
 * check-in, the sessions held together), joining when it is time, adding to a calendar; and past
 * ones with the report after each — attendance (which decides the student's credit, said before
 * sending), summary, next steps, progress on the goal and feedback. The form opens itself on the
 * latest session that ended without a report. Times are in the mentor's zone (`time-zone`), with the
 * student's beside them. Needs a client with `capabilities.mentor`, signed in as the mentor; the form
 * asks only for the parts of a report the backend keeps (`capabilities.reportFields`: Cal.com keeps
 * attendance alone).
 *
 * @tagname mentor-desk
 *
 * @event mentorship-report-sent - The mentor sent or changed a report. `detail: { session }`, the mentor's session with its `report`.
 * @event mentorship-error - A request failed; `detail.code` says why (`forbidden`: the token is not a mentor's).
 *
 * @slot empty - Replaces the "no sessions" message of either list.
 *
 * @csspart desk - The whole block.
 * @csspart tabs - The Upcoming / Past switch.
 * @csspart tab - One of its tabs; `selected` is added to the current one.
 * @csspart list - The list of sessions.
 * @csspart session - One session.
 * @csspart more - The "Show N more" button after the first ten.
 * @csspart avatar - The student's picture or initials.
 * @csspart status - "Report due", or the attendance reported; also `status-due`, `status-held`, `status-absent`.
 * @csspart join - The "Join" link or, before it opens, the disabled button.
 * @csspart countdown - "You can join in 5 minutes".
 * @csspart context - "About Maya": what the student wrote, the goal, the intake, the last check-in.
 * @csspart goal - The session's goal, its progress and action plan.
 * @csspart last-check-in - The student's last check-in.
 * @csspart closing-words - Once the student closed their programme, the words they wrote to their mentors.
 * @csspart report - The report form.
 * @csspart attendance - The "Did the session take place?" choices.
 * @csspart credit - What the attendance chosen does to the student's credit.
 * @csspart field-error - A field's error, beside it.
 * @csspart summary - A past session's reported summary.
 * @csspart notice - A message after a report (sent, refused).
 * @csspart empty - The message when a list is empty.
 * @csspart calendar-menu - "Add to calendar"'s choices (Google Calendar, Outlook.com, Microsoft 365, an .ics file), a
 *   popover under the button, made on the first press.
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorDesk extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    view: { reflect: true },
    joinMinutesBefore: { attribute: 'join-minutes-before', type: Number },
    reminderMinutes: { attribute: 'reminder-minutes', type: Number },
    shown: { state: true },
    open: { state: true },
  };

  /** Which list shows: `upcoming` (today's first) or `past`. The tabs change it. */
  view: 'upcoming' | 'past' = 'upcoming';

  /** How many minutes before the start "Join" opens. It stays open until the session ends. */
  joinMinutesBefore = 10;

  /** The reminder in "Add to calendar" files: minutes before. Default 30; `none` (as a property, `null`) for none. */
  reminderMinutes?: number | null;

  /** How many sessions the list shows (see PAGE). */
  private shown = PAGE;
  /** The session whose report form the mentor opened. */
  private open: string | undefined;
  /** The session whose form shows in this render: the one opened, or the one that opens itself. */
  #opened: string | undefined;
  /** Forms closed by the mentor: not opened again by themselves. */
  readonly #dismissed = new Set<string>();
  #focusFrom: number | undefined;
  #visible: readonly MentorSession[] = [];
  #forms: ReportForms | undefined;
  #formsOnTheirWay = false;

  readonly #sessions = new LoadController(this, {
    task: ([client, view], { signal }) =>
      this.call('mentor-sessions', signal, async (): Promise<Loaded> => {
        const resolved = this.requireClient(client);
        if (!can(resolved, 'listMentorSessions')) throw new Error('mentor-desk: this client has no mentor side (capabilities.mentor).');
        const [sessions, services] = await Promise.all([
          resolved.listMentorSessions({ status: view, signal }),
          // Names only: without them a session shows its service's slug.
          resolved.listServices({ signal }).catch((): MentorshipService[] => []),
        ]);
        return { view, sessions, services: new Map(services.map(service => [service.slug, service])) };
      }),
    args: () => [this.resolvedClient, this.view, this.localize.locale, this.resolvedTimeZone] as const,
  });

  /**
   * One timer to the next instant what is shown changes: Join opening, a session starting or ending
   * (its report due), a report's window to edit it closing.
   */
  #tick: ReturnType<typeof setTimeout> | undefined;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.#tick);
    const now = clock.now().getTime();
    const changes = this.#visible
      .flatMap(session => [
        Date.parse(session.startsAt) - this.joinMinutesBefore * MINUTE,
        Date.parse(session.endsAt),
        // "Edit the report" goes when the backend's window closes.
        session.report?.editableUntil ? Date.parse(session.report.editableUntil) : NaN,
      ])
      .filter(instant => instant > now);
    // A day at most: a timer's delay is 32 bits.
    if (changes.length) this.#tick = setTimeout(() => this.requestUpdate(), Math.min(...changes, now + 86_400_000) - now);
    if (this.#focusFrom === undefined) return;
    // After "Show more", the keyboard lands on the first session added.
    const added = this.renderRoot.querySelectorAll<HTMLElement>('[part~="list"] > li')[this.#focusFrom];
    this.#focusFrom = undefined;
    if (!added) return;
    added.tabIndex = -1;
    added.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the clock may have moved on, and the timer is planned again by the render.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#tick);
  }

  /** The mentor whose sessions show: another one (a new client) starts the desk over. */
  #shownFor: MentorshipClient | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const client = this.resolvedClient;
    if (client === this.#shownFor) return;
    if (this.#shownFor) this.#reset();
    this.#shownFor = client;
  }

  /** Loads the sessions again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#sessions.run();
  }

  #reset(): void {
    this.shown = PAGE;
    this.open = undefined;
    this.#dismissed.clear();
  }

  override render(): TemplateResult {
    this.#visible = [];
    // Its words in the page's language first (Spanish for mentors is a part of its own).
    if (!mentorWordsReady(this.localize, desk)) return renderLoading(this.localize, 3);
    return html`<section part="desk" class="desk surface" aria-label=${this.localize.term('deskLabel')}>
      <div part="tabs" class="tabs" role="group" aria-label=${this.localize.term('deskLabel')}>
        ${(['upcoming', 'past'] as const).map(
          view => html`<button
            part=${view === this.view ? 'tab selected' : 'tab'}
            type="button"
            aria-pressed=${view === this.view ? 'true' : 'false'}
            @click=${() => this.#show(view)}
          >
            ${this.localize.term(view)}
          </button>`,
        )}
      </div>
      <div class="panel">
        ${this.#forms?.notice() ?? nothing}
        ${this.#sessions.render({
          initial: () => renderLoading(this.localize, 3),
          pending: () => {
            const shown = this.#sessions.value;
            return shown?.view === this.view ? this.#renderList(shown) : renderLoading(this.localize, 3);
          },
          complete: loaded => this.#renderList(loaded),
          // Not a mentor's token: the backend's own words say what to do.
          error: error =>
            isMentorshipError(error) && error.code === 'forbidden' && error.reason
              ? html`<div part="error" class="state state--error" role="alert"><p>${error.reason}</p></div>`
              : renderError(this.localize, error, () => this.refresh()),
        })}
      </div>
    </section>`;
  }

  #show(view: 'upcoming' | 'past'): void {
    if (view === this.view) return;
    this.view = view;
    this.shown = PAGE;
    this.open = undefined;
    this.#forms?.quiet();
  }

  #renderList({ view, sessions, services }: Loaded): TemplateResult {
    if (!sessions.length) {
      return html`<div part="empty" class="state">
        <slot name="empty"><p>${this.localize.term(view === 'upcoming' ? 'deskNoUpcoming' : 'deskNoPast')}</p></slot>
      </div>`;
    }
    const now = clock.now().getTime();
    // The form the mentor opened; else it opens itself on the latest session that ended without a
    // report and was not closed ("Close" is heard). Derived at each render, not written back.
    this.#opened =
      this.open ??
      (view === 'past' ? sessions.find(session => waitsForReport(session, now) && !this.#dismissed.has(session.id))?.id : undefined);
    const page = sessions.slice(0, this.shown);
    const more = sessions.length - page.length;
    this.#visible = page;
    const next = view === 'upcoming' ? page[0]?.id : undefined;
    return html`<ul part="list" class="list">
        ${page.map(session => this.#renderSession(session, services.get(session.service), session.id === next, now))}
      </ul>
      ${
        more > 0
          ? html`<button part="button more" class="more" type="button" @click=${this.#showMore}>
            ${this.localize.term('deskShowMore', Math.min(more, PAGE))}
          </button>`
          : nothing
      }`;
  }

  readonly #showMore = () => {
    this.#focusFrom = this.shown;
    this.shown += PAGE;
  };

  #renderSession(session: MentorSession, service: MentorshipService | undefined, next: boolean, now: number): TemplateResult {
    const { locale } = this.localize;
    const zone = this.resolvedTimeZone;
    const { student } = session;
    const minutes = Math.round((Date.parse(session.endsAt) - Date.parse(session.startsAt)) / MINUTE);
    const theirs =
      student.timezone && student.timezone !== zone
        ? this.localize.term(
            'studentLocalTime',
            localTimeOf(session.startsAt, locale, student.timezone),
            student.name,
            this.localize.term('city', student.timezone),
          )
        : '';
    const day = (instant: string | Date) => formatInZone(instant, 'en', zone, { dateStyle: 'short' });
    const today = day(session.startsAt) === day(new Date(now));
    return html`<li part="session" class="session" data-session=${session.id}>
      ${renderAvatar(this, student)}
      <div class="body">
        <p>
          <strong><bdi>${student.name}</bdi></strong>
          <span class="muted">· <bdi>${service?.name ?? session.service}</bdi></span>
        </p>
        <p class="when">
          ${today && this.view === 'upcoming' ? html`<strong>${this.localize.term('today')}</strong> · ` : nothing}
          ${fullDateTimeInZone(session.startsAt, locale, zone)} · ${this.localize.term('minutes', minutes)}
        </p>
        ${theirs ? html`<p class="when muted">${theirs}</p>` : nothing} ${this.#renderStatus(session, now)}
        ${this.view === 'upcoming' ? this.#renderUpcoming(session, service, now) : nothing}
        ${this.view === 'upcoming' || !session.report ? renderContext(this.localize, session, next) : this.#renderReported(session)}
        ${this.view === 'past' ? this.#renderReport(session, now) : nothing} ${this.#forms?.notice(session.id) ?? nothing}
      </div>
    </li>`;
  }

  #renderStatus(session: MentorSession, now: number): TemplateResult | typeof nothing {
    const attendance = session.report?.attendance;
    if (attendance) {
      const known = Object.hasOwn(ATTENDANCE, attendance) ? (attendance as keyof typeof ATTENDANCE) : undefined;
      const kind = known === 'held' ? 'held' : known ? 'absent' : 'unknown';
      return html`<p>
        <span part=${`status status-${kind}`} class=${`status status--${kind}`}
          >${known ? this.localize.term(ATTENDANCE[known]) : html`<bdi>${attendance}</bdi>`}</span
        >
      </p>`;
    }
    return waitsForReport(session, now)
      ? html`<p><span part="status status-due" class="status status--due">${this.localize.term('reportDue')}</span></p>`
      : nothing;
  }

  #renderUpcoming(session: MentorSession, service: MentorshipService | undefined, now: number): TemplateResult {
    return html`<div class="actions">
      ${this.#renderJoin(session, now)}
      <button
        part="button calendar"
        type="button"
        @pointerenter=${prefetchIcs}
        @focus=${prefetchIcs}
        aria-expanded="false"
        @click=${(event: Event) => this.#offerCalendar(event.currentTarget as HTMLElement, session, service)}
      >
        ${this.localize.term('addToCalendar')}
      </button>
    </div>`;
  }

  #renderJoin(session: MentorSession, now: number): TemplateResult | typeof nothing {
    const join = safeHttpUrl(session.joinUrl);
    const opens = Date.parse(session.startsAt) - this.joinMinutesBefore * MINUTE;
    if (!join || now >= Date.parse(session.endsAt)) return nothing;
    if (now >= opens) {
      return html`<a part="join" class="button primary" href=${join} target="_blank" rel="noopener"
        >${this.localize.term('join')}<span class="visually-hidden"> ${this.localize.term('opensInNewTab')}</span></a
      >`;
    }
    const minutes = Math.ceil((opens - now) / MINUTE);
    // Within the day, "in 25 minutes"; further, the time it opens says it.
    return minutes < 60
      ? html`<button part="join button" class="primary" type="button" disabled aria-describedby=${`countdown-${session.id}`}>
            ${this.localize.term('join')}
          </button>
          <span part="countdown" class="countdown muted small" id=${`countdown-${session.id}`}>
            ${this.localize.term(
              'deskJoinOpens',
              new Intl.RelativeTimeFormat(this.localize.locale, { numeric: 'auto' }).format(minutes, 'minute'),
            )}
          </span>`
      : nothing;
  }

  /** A past session's report as sent: its summary and next steps. */
  #renderReported(session: MentorSession): TemplateResult {
    const sent = session.report!;
    return html`${sent.summary ? html`<p part="summary" class="small"><span class="muted">${this.localize.term('yourSummary')}:</span> ${sent.summary}</p>` : nothing}
    ${
      sent.actionItems.length
        ? html`<div class="small">
            <span class="muted">${this.localize.term('yourNextSteps')}:</span>
            <ul>
              ${sent.actionItems.map(item => html`<li>${item}</li>`)}
            </ul>
          </div>`
        : nothing
    }`;
  }

  /** The report form when open; else "Write the report" (or "Edit the report" while the backend allows it). */
  #renderReport(session: MentorSession, now: number): TemplateResult | typeof nothing {
    const client = this.resolvedClient;
    if (!can(client, 'submitSessionReport') || session.status === 'canceled' || Date.parse(session.startsAt) > now) return nothing;
    const editable = !session.report || (session.report.editableUntil !== null && Date.parse(session.report.editableUntil) > now);
    if (!editable) return nothing;
    if (this.#opened === session.id) {
      const forms = this.#formsFor();
      if (forms) return forms.render(session);
      return renderLoading(this.localize, 2);
    }
    return html`<div class="actions">
      <button part="button write-report" type="button" aria-expanded="false" @click=${() => this.#openForm(session)}>
        ${this.localize.term(session.report ? 'editReport' : 'writeReport')}
      </button>
    </div>`;
  }

  #openForm(session: MentorSession): void {
    this.open = session.id;
    this.#forms?.quiet();
    this.focusWhenShown(`[data-session="${CSS.escape(session.id)}"] [part~="report"] input`, () => !this.#forms);
  }

  /** The forms, or `null` while their code is on its way (asked for here, once). */
  #formsFor(): ReportForms | null {
    if (this.#forms) return this.#forms;
    if (!this.#formsOnTheirWay) {
      this.#formsOnTheirWay = true;
      loadReportForm().then(
        ({ ReportForms }) => {
          this.#forms = new ReportForms({
            host: this,
            localize: this.localize,
            client: () => this.resolvedClient,
            writeAccess: this.writeAccess({ forgotten: () => this.#reset() }),
            timeZone: () => this.resolvedTimeZone,
            sent: session => {
              // Reported: the list shown until the reload comes must not open its form again.
              this.#dismissed.add(session.id);
              this.open = undefined;
              this.refresh();
            },
            close: session => {
              this.#dismissed.add(session.id);
              this.open = undefined;
              this.focusWhenShown(`[data-session="${CSS.escape(session.id)}"] [part~="write-report"]`);
            },
          });
          this.requestUpdate();
        },
        (error: unknown) => {
          this.#formsOnTheirWay = false;
          // Offline: the form does not open itself again and again; "Write the report" tries again.
          if (this.#opened) this.#dismissed.add(this.#opened);
          this.open = undefined;
          this.report('report', error);
        },
      );
    }
    return null;
  }

  #offerCalendar(button: HTMLElement, session: MentorSession, service: MentorshipService | undefined): void {
    const summary = this.localize.term('calendarTitle', service?.name ?? session.service, session.student.name);
    loadIcs().then(
      ({ offerCalendar }) => offerCalendar(button, this.localize, session, summary, this.reminderMinutes),
      error => this.report('calendar', error),
    );
  }
}
