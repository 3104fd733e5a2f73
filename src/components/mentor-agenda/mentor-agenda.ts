import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cached-answers.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isMentorshipError, MentorshipError } from '../../client/errors.js';
import type { Availability, MentorshipClient, TimeSlot } from '../../client/types.js';
import { BookingController } from '../../controllers/booking.js';
import { ProgressiveController } from '../../controllers/progressive.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { SlotSelectEvent } from '../../events/slot-select.js';
import { clock } from '../../utils/clock.js';
import { memoizeLast } from '../../utils/memo.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { errorText, refusalText, renderError, renderLoading } from '../../base/states.js';
import { addDays, dayKeyOf, dayKeys, groupByDay, middayOf, type DayKey } from '../../utils/days.js';
import { formatInZone, formatter, fullDateTimeFormat, localTimeFormat, localTimeOf, zoneCity } from '../../utils/time.js';
import { renderTimeZoneSelect } from '../../base/time-zone-select.js';
import { safeHttpUrl } from '../../utils/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { cleanFreeTimes } from './free-times.js';
import { gridMove } from './grid-keys.js';
import { styles } from './mentor-agenda.styles.js';
import { canGoBack, dayCount, firstDay, moveRange } from './range.js';
// This tag's own English strings (en/agenda.ts) come with its code.
import '../../i18n/en/agenda.js';

const HOUR = 3_600_000;
/** How far "Jump to the next free time" looks. */
const LOOKAHEAD_DAYS = 28;
/**
 * Times rendered per frame (half as many in the first). A fortnight of half-hours (672 styled
 * buttons) at once is a 20–30 ms task, in plain DOM too; in batches of this size no frame passes
 * ~12 ms on a 2-core machine (`npm run bench`).
 */
const TIMES_PER_FRAME = 120;
/** A day without free times (one array, so that its row is not rendered again for nothing). */
const NO_TIMES: TimeSlot[] = [];

/**
 * The instants to ask for so that `count` days from `first` are covered in every zone on Earth
 * (UTC−12 … UTC+14): the student can switch zones without a new request.
 */
export function rangeCoveringAllZones(first: DayKey, count: number): { from: string; to: string } {
  const start = Date.parse(`${first}T00:00:00Z`) - 14 * HOUR;
  const end = Date.parse(`${addDays(first, count)}T00:00:00Z`) + 12 * HOUR;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

type Notice = { kind: 'error' | 'success' | 'info'; text: string };

/** A time's labels: in full ("Tuesday, December 3 at 3:30 PM, Europe/Madrid") and short ("3:30 PM"). */
type SlotLabels = { full: (instant: string) => string; short: (instant: string) => string };

/** What the days are drawn from: the times by day in the student's zone, and their labels. */
interface AgendaView {
  zone: string;
  locale: string;
  byDay: Map<DayKey, TimeSlot[]>;
  labels: SlotLabels;
}

type DayRenderer = (times: TimeSlot[], view: AgendaView, selected?: string, tabStop?: string) => TemplateResult;

/** A time's labels, each made once: two formatters for hundreds of times, looked up once. */
function slotLabels(locale: string, zone: string): SlotLabels {
  const full = fullDateTimeFormat(locale, zone);
  const short = localTimeFormat(locale, zone);
  const fulls = new Map<string, string>();
  const shorts = new Map<string, string>();
  const cached = (cache: Map<string, string>, instant: string, make: () => string) => {
    let label = cache.get(instant);
    if (label === undefined) cache.set(instant, (label = make()));
    return label;
  };
  return {
    full: instant => cached(fulls, instant, () => `${full.format(new Date(instant))}, ${zone}`),
    short: instant => cached(shorts, instant, () => short.format(new Date(instant))),
  };
}

/**
 * @summary One mentor's free times for one service, day by day in the student's time zone, and the
 * booking of one of them.
 *
 * @tagname mentor-agenda
 *
 * @event mentorship-slot-select - A time was picked. Cancelable. `detail: { mentor, service, slot, timeZone, mentorTimeZone }`.
 * @event mentorship-booking-request - "Book this time" was pressed; nothing is sent yet. Cancelable. `detail: { mentor, service, startsAt, endsAt, timeZone, agenda }`.
 * @event mentorship-booked - The session is booked. `detail: { session, timeZone }`.
 * @event mentorship-reschedule-request - With `reschedule`: "Move the session here" was pressed; nothing is sent yet. Cancelable. `detail: { id, startsAt, endsAt, timeZone }`.
 * @event mentorship-rescheduled - With `reschedule`: the session moved. `detail: { session, timeZone }`.
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @slot empty - Replaces "No free times on these days." (the jump to the next free time stays).
 *
 * @csspart agenda - The whole agenda.
 * @csspart range - The dates shown, between the previous and next buttons.
 * @csspart time-zone - The time-zone picker.
 * @csspart days - The days.
 * @csspart day - One day.
 * @csspart slot - A free time's button; `selected` is added to the chosen one.
 * @csspart selected - The chosen time's button.
 * @csspart selection - The chosen time with its confirm button.
 * @csspart empty - The message when no time is free.
 * @csspart notice - A message after an action (booked, taken, failed).
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorAgenda extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    mentor: { reflect: true },
    service: { reflect: true },
    days: { type: Number, reflect: true },
    startDate: { attribute: 'start-date', reflect: true },
    reschedule: { reflect: true },
    rangeStart: { state: true },
    selected: { state: true },
    notice: { state: true },
    searchingNextFree: { state: true },
    focusedStart: { state: true },
    zonesExpanded: { state: true },
  };

  /** The mentor's slug. */
  mentor?: string;

  /** The service's slug; its duration sets the length of each time. */
  service?: string;

  /** How many days to show at once (1–31). */
  days = 7;

  /** The first day to show, `YYYY-MM-DD` in the student's zone. Default: today. */
  startDate?: string;

  /**
   * Reschedule mode: the id of a session of this mentor and service. Confirming a time moves that
   * session there (one request, credits unchanged) instead of booking a new one.
   */
  reschedule?: string;

  /** The first day shown after the student moved through the range; `undefined` until they do. */
  private rangeStart?: DayKey;
  private selected?: TimeSlot;
  private notice?: Notice;
  private searchingNextFree = false;
  /** The time that holds the grid's one tab stop. */
  private focusedStart?: string;
  /** Whether the zone picker lists every zone yet (see renderTimeZoneSelect). */
  private zonesExpanded = false;
  /** After PageUp/PageDown, focus the first time of the new range once it has loaded. */
  #focusAfterLoad = false;

  readonly #booking = new BookingController(
    this,
    (operation, error) => this.report(operation, error),
    session => this.#settled(session),
  );
  /** The client the shown times and the booking belong to. */
  #shownClient: MentorshipClient | undefined;

  readonly #availability = new LoadController(this, {
    task: ([client, mentor, service, first, count], { signal }) =>
      this.call('availability', signal, async (): Promise<Availability | null> => {
        const resolved = this.requireClient(client);
        if (!resolved.capabilities.availability || !mentor || !service) return null;
        return resolved.getAvailability({ mentor, service, ...rangeCoveringAllZones(first, count), signal });
      }),
    // The zone is not an argument: switching it regroups the same times, with no new request.
    args: () => [this.resolvedClient, this.mentor, this.service, this.#firstDay, this.#dayCount, this.localize.locale] as const,
  });

  /** Each day's template, made again only when what it is made from changes (see #renderDays). */
  #dayTemplates = new Map<DayKey, DayRenderer>();

  /** Long ranges render a few days per frame (see TIMES_PER_FRAME). */
  readonly #progressive = new ProgressiveController(this, TIMES_PER_FRAME);

  constructor() {
    super();
    // After a change the cache has already forgotten what it changed: no need to drop the rest.
    new RefreshOnChangeController(this, () => void this.#availability.run());
  }

  /** Resolves once every day of the range is rendered, not only the first frame's. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.#progressive.settled();
    return super.getUpdateComplete();
  }

  /** Loads the free times again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#availability.run();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.#focusAfterLoad || this.#availability.status !== 'complete') return;
    const first =
      this.renderRoot.querySelector<HTMLElement>('[part~="slot"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="jump"]');
    if (first) {
      this.#focusAfterLoad = false;
      first.focus();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('startDate')) this.rangeStart = undefined;
    if (this.resolvedClient !== this.#shownClient) {
      // Another student or backend: no answer on its way for the old one is shown.
      if (this.#shownClient) this.#booking.forget();
      this.#shownClient = this.resolvedClient;
    }
    if (changed.has('mentor') || changed.has('service') || changed.has('reschedule')) {
      this.selected = undefined;
      // A booking on its way still ends where it started: its outcome is shown when it arrives.
      if (!this.#booking.pending) this.notice = undefined;
      this.#booking.reset();
    }
  }

  get #dayCount(): number {
    return dayCount(this.days);
  }

  get #today(): DayKey {
    return dayKeyOf(clock.now(), this.resolvedTimeZone);
  }

  get #firstDay(): DayKey {
    return firstDay({ rangeStart: this.rangeStart, startDate: this.startDate, today: this.#today });
  }

  override render(): TemplateResult {
    const client = this.resolvedClient;
    if (client && !client.capabilities.availability) return this.#renderExternal();
    return html`<div part="agenda" class="agenda">
      ${this.#renderToolbar()}
      ${renderTimeZoneSelect(
        this.localize,
        this.resolvedTimeZone,
        this.#availability.value ? [this.#availability.value.timezone] : [],
        zone => this.#changeTimeZone(zone),
        this.zonesExpanded,
        () => (this.zonesExpanded = true),
      )}
      ${this.#availability.render({
        initial: () => renderLoading(this.localize, 4),
        pending: () => renderLoading(this.localize, 4),
        complete: availability =>
          availability
            ? this.#renderDays(availability)
            : html`<p part="empty" class="state">${this.localize.term('agendaNeedsMentorAndService')}</p>`,
        error: error => renderError(this.localize, error, () => this.refresh()),
      })}
      ${this.#renderNotice()} ${this.#renderSelection()}
      <div part="live" class="visually-hidden" role="status" aria-live="polite">${this.#announcement()}</div>
    </div>`;
  }

  /** What the polite live region says: loading, then how many times are free in the range shown. */
  #announcement(): string {
    const availability = this.#availability.value;
    if (this.#availability.status === 'pending') return this.localize.term('loading');
    if (this.#availability.status !== 'complete' || !availability) return '';
    const days = new Set(dayKeys(this.#firstDay, this.#dayCount));
    const shown = [...this.#slotsByDay(availability)].filter(([key]) => days.has(key)).flatMap(([, slots]) => slots);
    return this.localize.term('freeTimes', shown.length);
  }

  #renderToolbar(): TemplateResult {
    const first = this.#firstDay;
    const last = addDays(first, this.#dayCount - 1);
    const zone = this.resolvedTimeZone;
    const range = formatter(this.localize.locale, { timeZone: zone, day: 'numeric', month: 'short' }).formatRange(
      middayOf(first, zone),
      middayOf(last, zone),
    );
    return html`<div class="toolbar">
      <button
        part="button previous"
        type="button"
        aria-label=${this.localize.term('previousDays')}
        ?disabled=${!canGoBack(first, this.#today)}
        @click=${() => this.#moveRange(-1)}
      >
        ‹
      </button>
      <h3 part="range" class="range" aria-live="polite" data-first=${first} data-last=${last}>${range}</h3>
      <button part="button next" type="button" aria-label=${this.localize.term('nextDays')} @click=${() => this.#moveRange(1)}>
        ›
      </button>
    </div>`;
  }

  #renderDays(availability: Availability): TemplateResult {
    const days = dayKeys(this.#firstDay, this.#dayCount);
    const byDay = this.#slotsByDay(availability);
    if (!days.some(day => byDay.has(day))) {
      return html`<div part="empty" class="state">
        <p><slot name="empty">${this.localize.term('noTimesInRange')}</slot></p>
        <button
          part="button jump"
          type="button"
          aria-disabled=${this.searchingNextFree ? 'true' : 'false'}
          @click=${() => this.#jumpToNextFree()}
        >
          ${this.localize.term('jumpToNextFree')}
        </button>
      </div>`;
    }
    const rows = days.map(day => byDay.get(day) ?? NO_TIMES);
    const view = this.#currentView(availability);
    const tabStop = this.#tabStop(rows);
    const shown = this.#progressive.limit(
      [view, days[0], days.length],
      rows.map(row => row.length || 1),
    );
    // Only the days shown now are kept for the next render.
    const previous = this.#dayTemplates;
    this.#dayTemplates = new Map();
    // The WAI-ARIA APG grid: one row per day, one tab stop, arrow keys between times.
    return html`<div
      part="days"
      class="days"
      role="grid"
      aria-readonly="true"
      aria-label=${this.localize.term('availableTimes')}
      @keydown=${(event: KeyboardEvent) => this.#onGridKeydown(event, rows)}
      @focusin=${(event: FocusEvent) => this.#onGridFocus(event)}
      @click=${(event: Event) => this.#onGridClick(event, rows)}
    >
      ${days.slice(0, shown).map((day, index) => {
        const row = rows[index];
        const inRow = (start?: string) => (start && row.some(slot => slot.startsAt === start) ? start : undefined);
        // A day's template is made again only when its times, the view (zone, language), its chosen
        // time or its tab stop change — its arguments: picking a time, or each frame of a long range,
        // remakes a day or two, and Lit finds the rest unchanged at once.
        const render =
          previous.get(day) ??
          memoizeLast((times: TimeSlot[], of: AgendaView, chosen?: string, stop?: string) => this.#renderDay(day, times, of, chosen, stop));
        this.#dayTemplates.set(day, render);
        return render(row, view, inRow(this.selected?.startsAt), inRow(tabStop));
      })}
    </div>`;
  }

  /** One day's row: reads only its arguments (they are its template's memo keys). */
  #renderDay(day: DayKey, row: TimeSlot[], view: AgendaView, selected: string | undefined, tabStop: string | undefined): TemplateResult {
    const { zone, locale, labels } = view;
    const heading = formatInZone(middayOf(day, zone), locale, zone, { weekday: 'short', day: 'numeric', month: 'short' });
    return html`<div part="day" class="day" role="row" aria-labelledby="day-${day}">
      <span role="rowheader" class="day-name" id="day-${day}">${heading}</span>
      ${
        row.length > 0
          ? row.map(slot => this.#renderSlot(slot, slot.startsAt === selected, slot.startsAt === tabStop, labels))
          : html`<span role="gridcell" class="no-times">${this.localize.term('noTimesThisDay')}</span>`
      }
    </div>`;
  }

  // Hundreds of these render in a few frames: one template each, and no listener of their own (the
  // grid handles clicks), keep each frame's batch cheap.
  #renderSlot(slot: TimeSlot, selected: boolean, tabStop: boolean, labels: SlotLabels): TemplateResult {
    return html`<span role="gridcell"
      ><button
        part=${selected ? 'slot selected' : 'slot'}
        type="button"
        tabindex=${tabStop ? 0 : -1}
        aria-pressed=${selected ? 'true' : 'false'}
        aria-label=${labels.full(slot.startsAt)}
        data-starts-at=${slot.startsAt}
      >
        ${labels.short(slot.startsAt)}
      </button></span
    >`;
  }

  #onGridClick(event: Event, rows: TimeSlot[][]): void {
    const startsAt = (event.target as Element).closest<HTMLElement>('[data-starts-at]')?.dataset.startsAt;
    const slot = startsAt ? rows.flat().find(candidate => candidate.startsAt === startsAt) : undefined;
    if (slot) this.#select(slot);
  }

  /** The one time Tab reaches: the focused one, else the chosen one, else the first. */
  #tabStop(rows: TimeSlot[][]): string | undefined {
    const all = rows.flat().map(slot => slot.startsAt);
    for (const candidate of [this.focusedStart, this.selected?.startsAt]) if (candidate && all.includes(candidate)) return candidate;
    return all[0];
  }

  #onGridFocus(event: FocusEvent): void {
    const startsAt = (event.target as HTMLElement).dataset.startsAt;
    if (startsAt) this.focusedStart = startsAt;
  }

  /** The grid's keys (grid-keys.ts): focus moves between times and days, PageUp/PageDown between ranges. */
  #onGridKeydown(event: KeyboardEvent, rows: TimeSlot[][]): void {
    const current = (event.target as HTMLElement).dataset.startsAt;
    const move =
      current &&
      gridMove(
        event.key,
        event.ctrlKey,
        current,
        rows.map(row => row.map(slot => slot.startsAt)),
      );
    if (!move) return;
    event.preventDefault();
    if ('page' in move) {
      if (move.page < 0 && !canGoBack(this.#firstDay, this.#today)) return;
      this.#focusAfterLoad = true;
      this.#moveRange(move.page);
      return;
    }
    const target = move.focus;
    this.focusedStart = target;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-starts-at="${target}"]`)?.focus());
  }

  #renderSelection(): TemplateResult | typeof nothing {
    const slot = this.selected;
    if (!slot) return nothing;
    const mentorZone = this.#availability.value?.timezone;
    return html`<div part="selection" class="selection">
      <p><strong>${this.#fullLabel(slot.startsAt)}</strong></p>
      ${
        mentorZone
          ? html`<p class="muted">
            ${this.localize.term('mentorLocalTime', localTimeOf(slot.startsAt, this.localize.locale, mentorZone), zoneCity(mentorZone))}
          </p>`
          : nothing
      }
      ${
        this.#booking.state.status === 'unconfirmed'
          ? html`<button part="button check" class="primary" type="button" @click=${() => void this.#booking.check()}>
            ${this.localize.term('checkAgain')}
          </button>`
          : html`<button
            part="button confirm"
            class="primary"
            type="button"
            aria-disabled=${this.#booking.busy ? 'true' : 'false'}
            @click=${() => this.#confirm()}
          >
            ${
              this.reschedule
                ? this.localize.term(this.#booking.busy ? 'moving' : 'moveHere')
                : this.localize.term(this.#booking.busy ? 'booking' : 'bookThisTime')
            }
          </button>`
      }
    </div>`;
  }

  #renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    const { kind, text } = this.notice;
    return html`<p part="notice" class="notice notice--${kind}" role=${kind === 'error' ? 'alert' : 'status'}>${text}</p>`;
  }

  #renderExternal(): TemplateResult {
    return html`<div part="agenda" class="agenda">
      <button part="button external" class="primary" type="button" @click=${() => this.#openExternalBooking()}>
        ${this.localize.term('bookExternally')} <span class="visually-hidden">${this.localize.term('opensInNewTab')}</span>
      </button>
      ${this.#renderNotice()}
    </div>`;
  }

  /** "Tuesday, December 3 at 3:30 PM, Europe/Madrid": the date, time and zone of a time, in full. */
  #fullLabel(instant: string): string {
    return this.#currentView().labels.full(instant);
  }

  /**
   * The times grouped by the student's day, and their labels, made once per answer, zone and
   * language (the memo's keys): selecting a time re-renders the grid, and must not re-read hundreds of
   * dates.
   */
  readonly #view = memoizeLast((availability: Availability | undefined, zone: string, locale: string): AgendaView => ({
    zone,
    locale,
    byDay: groupByDay(cleanFreeTimes(availability?.slots ?? [], clock.now().getTime()), zone),
    labels: slotLabels(locale, zone),
  }));

  #currentView(availability: Availability | undefined = this.#availability.value ?? undefined): AgendaView {
    return this.#view(availability, this.resolvedTimeZone, this.localize.locale);
  }

  #slotsByDay(availability: Availability): Map<string, TimeSlot[]> {
    return this.#currentView(availability).byDay;
  }

  #moveRange(direction: 1 | -1): void {
    this.rangeStart = moveRange(this.#firstDay, this.#dayCount, direction, this.#today);
    this.notice = undefined;
  }

  #changeTimeZone(zone: string): void {
    // Keep the days in view: "today" may be another date in the new zone.
    this.rangeStart = this.#firstDay;
    this.timeZone = zone;
  }

  #select(slot: TimeSlot): void {
    // The time being booked (or not yet confirmed) stays chosen until its outcome is known.
    if (!this.mentor || !this.service || this.#booking.pending) return;
    this.notice = undefined;
    const event = new SlotSelectEvent({
      mentor: this.mentor,
      service: this.service,
      slot,
      timeZone: this.resolvedTimeZone,
      mentorTimeZone: this.#availability.value?.timezone ?? this.resolvedTimeZone,
    });
    if (this.dispatchEvent(event)) this.selected = slot;
  }

  async #confirm(): Promise<void> {
    const client = this.resolvedClient;
    const slot = this.selected;
    if (!client || !slot || !this.mentor || !this.service || this.#booking.busy) return;
    this.notice = undefined;
    await this.#booking.book({
      client,
      mentor: this.mentor,
      service: this.service,
      slot,
      timeZone: this.resolvedTimeZone,
      agenda: '',
      rescheduling: this.reschedule || undefined,
    });
  }

  /** Says how an attempt ended (even if the mentor or service changed meanwhile). */
  #settled(session: TimeSlot | undefined): void {
    const { state } = this.#booking;
    if (session) {
      this.selected = undefined;
      this.notice = {
        kind: 'success',
        text: this.localize.term(this.reschedule ? 'movedTo' : 'bookedAt', this.#fullLabel(session.startsAt)),
      };
      return;
    }
    if (state.status === 'unconfirmed') {
      this.notice = { kind: 'error', text: `${this.localize.term('bookingUnconfirmed')} ${this.localize.term('bookingUnconfirmedHelp')}` };
      return;
    }
    if (state.status !== 'failed') return;
    this.notice = { kind: 'error', text: refusalText(this.localize, state.error) };
    if (isMentorshipError(state.error) && state.error.code === 'slot-taken') {
      this.selected = undefined;
      this.refresh();
    }
  }

  async #jumpToNextFree(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || !this.mentor || !this.service || this.searchingNextFree) return;
    const { mentor, service } = this;
    this.searchingNextFree = true;
    this.notice = undefined;
    try {
      const range = rangeCoveringAllZones(addDays(this.#firstDay, this.#dayCount), LOOKAHEAD_DAYS);
      const { slots } = await this.call('availability', undefined, () => client.getAvailability({ mentor, service, ...range }));
      // The page may have shown another mentor, service or student meanwhile: that answer is not theirs.
      if (mentor !== this.mentor || service !== this.service || client !== this.resolvedClient) return;
      const [next] = cleanFreeTimes(slots, clock.now().getTime());
      if (next) this.rangeStart = dayKeyOf(next.startsAt, this.resolvedTimeZone);
      else this.notice = { kind: 'info', text: this.localize.term('noTimesSoon') };
    } catch (error) {
      if (mentor === this.mentor && service === this.service) this.notice = { kind: 'error', text: errorText(this.localize, error) };
    } finally {
      this.searchingNextFree = false;
    }
  }

  async #openExternalBooking(): Promise<void> {
    const client = this.resolvedClient;
    if (!client?.getExternalBookingUrl || !this.mentor || !this.service) return;
    const { mentor, service } = this;
    // Open the tab now, while the click still counts as the student's, and point it once the URL is known.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const url = safeHttpUrl(await this.call('external-booking', undefined, () => client.getExternalBookingUrl!({ mentor, service })));
      if (!url) throw new MentorshipError('invalid-response', 'The booking page is not an http(s) URL.');
      if (tab) tab.location.href = url;
      else window.open(url, '_blank', 'noopener');
    } catch (error) {
      tab?.close();
      this.notice = { kind: 'error', text: errorText(this.localize, error) };
    }
  }
}
