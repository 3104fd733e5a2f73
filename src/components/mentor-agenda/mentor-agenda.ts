import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cache.js';
import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isMentorshipError } from '../../client/errors.js';
import type { Availability, MentorshipSession, TimeSlot } from '../../client/types.js';
import { WriteController, type WriteOptions } from '../../controllers/write.js';
import { can } from '../../client/can.js';
import { book } from '../../writes/booking.js';
import { lazy } from '../../utils/lazy.js';
import { ProgressiveController } from '../../controllers/progressive.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { SlotSelectEvent } from '../../events/slot-select.js';
import { clock } from '../../utils/clock.js';
import { memoizeLast } from '../../utils/memo.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { errorText, renderError, renderLoading } from '../../base/states.js';
import { addDays, dayKeyOf, dayKeys, groupByDay, middayOf, type DayKey } from '../../utils/days.js';
import { formatInZone, formatter, fullDateTimeFormat, localTimeFormat, localTimeOf, zoneName } from '../../utils/time.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { cleanFreeTimes } from './free-times.js';
import { zoneLabel } from './zone-label.js';
import type { ZonePicker } from './zone-picker.js';
import { gridMove } from './grid-keys.js';
import { styles } from './mentor-agenda.styles.js';
import { canGoBack, dayCount, firstDay, moveRange, rangeCoveringAllZones } from './range.js';
// This tag's own English strings (en/agenda.ts) come with its code.
import '../../i18n/en/agenda.js';

/**
 * Times rendered per frame (half as many in the first). A fortnight of half-hours (672 styled
 * buttons) at once is a 20–30 ms task, in plain DOM too; in batches of this size no frame passes
 * ~12 ms on a 2-core machine (`npm run bench`).
 */
const TIMES_PER_FRAME = 120;
/** A day without free times (one array, so that its row is not rendered again for nothing). */
const NO_TIMES: TimeSlot[] = [];

/** A time's labels: in full ("Tuesday, December 3 at 3:30 PM, Europe/Madrid") and short ("3:30 PM"). */
type SlotLabels = { full: (instant: string) => string; short: (instant: string) => string };

/** What the days are drawn from: the times by day in the student's zone, and their labels. */
interface AgendaView {
  zone: string;
  locale: string;
  byDay: Map<DayKey, TimeSlot[]>;
  labels: SlotLabels;
}

type DayRenderer = (times: TimeSlot[], view: AgendaView, chosen: boolean, selected?: string, tabStop?: string) => TemplateResult;

/** A time's labels, each made once: two formatters for hundreds of times, looked up once. */
function slotLabels(locale: string, zone: string): SlotLabels {
  const full = fullDateTimeFormat(locale, zone);
  const short = localTimeFormat(locale, zone);
  const name = zoneName(zone, locale);
  const fulls = new Map<string, string>();
  const shorts = new Map<string, string>();
  const cached = (cache: Map<string, string>, instant: string, make: () => string) => {
    let label = cache.get(instant);
    if (label === undefined) cache.set(instant, (label = make()));
    return label;
  };
  return {
    full: instant => cached(fulls, instant, () => `${full.format(new Date(instant))}, ${name}`),
    short: instant => cached(shorts, instant, () => short.format(new Date(instant))),
  };
}

/** Moving a session (writes/move.ts), fetched when the agenda is first asked to move one. */
const loadMove = lazy(() => import('../../writes/move.js'), 'move');

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
 * @csspart change-zone - "Change", beside the zone the times are shown in; opens the zone picker.
 * @csspart time-zone - The zone picker's search field (a combobox over every IANA zone).
 * @csspart strip - In a narrow container (under 480 px): the strip of days, a radio group.
 * @csspart day-choice - A day in the strip, with its weekday, date and number of free times; `chosen` is added to the chosen one.
 * @csspart chosen - The chosen day in the strip.
 * @csspart days - The days (in a narrow container, only the chosen day's times show).
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
    searchingNextFree: { state: true },
    focusedStart: { state: true },
    chosenDay: { state: true },
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
  private searchingNextFree = false;
  /** The time that holds the grid's one tab stop. */
  private focusedStart?: string;
  /** The day picked in the narrow layout's strip of days (see #shownDay). */
  private chosenDay?: DayKey;
  /** The zone picker, while it is open (zone-picker.ts, fetched when first asked for). */
  #zonePicker: ZonePicker | undefined;
  /** After PageUp/PageDown, focus the first time of the new range once it has loaded. */
  #focusAfterLoad = false;

  /** Booking or moving: one at a time, and the agenda's notices (of a booking, or of the range). */
  readonly #writes = new WriteController(this.writeAccess());

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
    if (changed.has('startDate') || changed.has('mentor') || changed.has('service')) this.chosenDay = undefined;
    if (changed.has('startDate')) this.rangeStart = undefined;
    // Asked to move a session: its write's code is fetched now, before "Move here" is pressed.
    if (changed.has('reschedule') && this.reschedule) loadMove().catch(() => {});
    if (changed.has('mentor') || changed.has('service') || changed.has('reschedule')) {
      this.selected = undefined;
      // A booking on its way still ends where it started: its outcome is shown when it arrives.
      if (!this.#writes.pending) this.#writes.notice = undefined;
      this.#writes.reset();
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
      ${this.#zonePicker?.render() ?? this.#renderZone()}
      ${this.#availability.render({
        initial: () => renderLoading(this.localize, 4),
        pending: () => renderLoading(this.localize, 4),
        complete: availability =>
          availability
            ? this.#renderDays(availability)
            : html`<p part="empty" class="state">${this.localize.term('agendaNeedsMentorAndService')}</p>`,
        error: error => renderError(this.localize, error, () => this.refresh()),
      })}
      ${this.#writes.renderNotice()} ${this.#renderSelection()}
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
    const chosen = this.#shownDay(days, rows);
    const tabStop = this.#tabStop(rows[chosen]);
    const shown = this.#progressive.limit(
      [view, days[0], days.length],
      rows.map(row => row.length || 1),
    );
    // Only the days shown now are kept for the next render.
    const previous = this.#dayTemplates;
    this.#dayTemplates = new Map();
    // The WAI-ARIA APG grid: one row per day, one tab stop, arrow keys between times. In a narrow
    // container (see the styles) a strip of days stands above it and only the chosen day's row shows.
    return html`${this.#renderStrip(days, rows, view, chosen)}
      <div
      part="days"
      class="days"
      role="grid"
      aria-readonly="true"
      aria-label=${this.localize.term('availableTimes')}
      @keydown=${(event: KeyboardEvent) => this.#onGridKeydown(event, rows, chosen)}
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
          memoizeLast((times: TimeSlot[], of: AgendaView, shown: boolean, picked?: string, stop?: string) =>
            this.#renderDay(day, times, of, shown, picked, stop),
          );
        this.#dayTemplates.set(day, render);
        return render(row, view, index === chosen, inRow(this.selected?.startsAt), inRow(tabStop));
      })}
    </div>`;
  }

  /**
   * The day whose times show in the narrow layout (and hold the grid's tab stop): the day of the
   * focused time, else the day picked in the strip, else the chosen time's, else the first with times.
   */
  #shownDay(days: DayKey[], rows: TimeSlot[][]): number {
    const has = (start?: string) => (start ? rows.findIndex(row => row.some(slot => slot.startsAt === start)) : -1);
    const picked = this.chosenDay ? days.indexOf(this.chosenDay) : -1;
    for (const index of [has(this.focusedStart), picked, has(this.selected?.startsAt)]) if (rows[index]?.length) return index;
    return Math.max(
      0,
      rows.findIndex(row => row.length > 0),
    );
  }

  /**
   * The narrow layout's strip of days: a radio group (arrow keys between days that have times, one tab
   * stop), each day with its weekday, date and number of free times; days without times disabled.
   */
  #renderStrip(days: DayKey[], rows: TimeSlot[][], view: AgendaView, chosen: number): TemplateResult {
    const { zone, locale } = view;
    return html`<div
      part="strip"
      class="strip"
      role="radiogroup"
      aria-label=${this.localize.term('days')}
      @keydown=${(event: KeyboardEvent) => this.#onStripKeydown(event, days, rows, chosen)}
    >
      ${days.map((day, index) => {
        const count = rows[index].length;
        const midday = middayOf(day, zone);
        return html`<button
          part=${index === chosen ? 'day-choice chosen' : 'day-choice'}
          type="button"
          role="radio"
          aria-checked=${index === chosen ? 'true' : 'false'}
          tabindex=${index === chosen ? 0 : -1}
          ?disabled=${count === 0}
          aria-label=${`${formatInZone(midday, locale, zone, { weekday: 'long', day: 'numeric', month: 'long' })}: ${this.localize.term('timesOnDay', count)}`}
          data-day=${day}
          @click=${() => this.#chooseDay(day)}
        >
          <span>${formatInZone(midday, locale, zone, { weekday: 'short' })}</span>
          <strong>${formatInZone(midday, locale, zone, { day: 'numeric' })}</strong>
          <span class="count">${count || '·'}</span>
        </button>`;
      })}
    </div>`;
  }

  #chooseDay(day: DayKey): void {
    this.chosenDay = day;
    this.focusedStart = undefined;
  }

  /** Arrows, Home and End move between the days that have times (and choose the one reached). */
  #onStripKeydown(event: KeyboardEvent, days: DayKey[], rows: TimeSlot[][], chosen: number): void {
    const open = days.filter((_, index) => rows[index].length > 0);
    const at = open.indexOf(days[chosen]);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const target = step ? open[at + step] : { Home: open[0], End: open[open.length - 1] }[event.key];
    if (!step && !target) return;
    event.preventDefault();
    if (!target) return;
    this.#chooseDay(target);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-day="${target}"]`)?.focus());
  }

  /** One day's row: reads only its arguments (they are its template's memo keys). */
  #renderDay(
    day: DayKey,
    row: TimeSlot[],
    view: AgendaView,
    chosen: boolean,
    selected: string | undefined,
    tabStop: string | undefined,
  ): TemplateResult {
    const { zone, locale, labels } = view;
    const heading = formatInZone(middayOf(day, zone), locale, zone, { weekday: 'short', day: 'numeric', month: 'short' });
    return html`<div part="day" class="day ${chosen ? 'chosen' : ''}" role="row" aria-labelledby="day-${day}">
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

  /** The one time Tab reaches, in the day shown: the focused one, else the chosen one, else the first. */
  #tabStop(row: TimeSlot[]): string | undefined {
    const all = row.map(slot => slot.startsAt);
    for (const candidate of [this.focusedStart, this.selected?.startsAt]) if (candidate && all.includes(candidate)) return candidate;
    return all[0];
  }

  #onGridFocus(event: FocusEvent): void {
    const startsAt = (event.target as HTMLElement).dataset.startsAt;
    if (startsAt) this.focusedStart = startsAt;
  }

  /** The grid's keys (grid-keys.ts): focus moves between times and days, PageUp/PageDown between ranges. */
  #onGridKeydown(event: KeyboardEvent, rows: TimeSlot[][], chosen: number): void {
    const current = (event.target as HTMLElement).dataset.startsAt;
    // With the strip of days showing, only the chosen day's row is on screen: the keys stay in it.
    const shown = this.renderRoot.querySelector('.strip')?.checkVisibility() ? [rows[chosen]] : rows;
    const move =
      current &&
      gridMove(
        event.key,
        event.ctrlKey,
        current,
        shown.map(row => row.map(slot => slot.startsAt)),
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
            ${this.localize.term('mentorLocalTime', localTimeOf(slot.startsAt, this.localize.locale, mentorZone), this.localize.catalog.city(mentorZone))}
          </p>`
          : nothing
      }
      ${
        this.#writes.state.status === 'unconfirmed'
          ? html`<button part="button check" class="primary" type="button" @click=${() => void this.#writes.check()}>
            ${this.localize.term('checkAgain')}
          </button>`
          : html`<button
            part="button confirm"
            class="primary"
            type="button"
            aria-disabled=${this.#writes.busy ? 'true' : 'false'}
            @click=${() => this.#confirm()}
          >
            ${
              this.reschedule
                ? this.localize.term(this.#writes.busy ? 'moving' : 'moveHere')
                : this.localize.term(this.#writes.busy ? 'booking' : 'bookThisTime')
            }
          </button>`
      }
    </div>`;
  }

  #renderExternal(): TemplateResult {
    return html`<div part="agenda" class="agenda">
      <button part="button external" class="primary" type="button" @click=${() => this.#openExternalBooking()}>
        ${this.localize.term('bookExternally')} <span class="visually-hidden">${this.localize.term('opensInNewTab')}</span>
      </button>
      ${this.#writes.renderNotice()}
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
    this.#writes.notice = undefined;
  }

  /** The zone the times are shown in, and the way to change it. */
  #renderZone(): TemplateResult {
    return html`<p class="zone">
      <span id="zone-now">${this.localize.term('timesIn', zoneLabel(this.resolvedTimeZone, this.localize.locale))}</span>
      <button part="button change-zone" type="button" aria-describedby="zone-now" @click=${() => this.#openZonePicker()}>
        ${this.localize.term('changeZone')}
      </button>
    </p>`;
  }

  async #openZonePicker(): Promise<void> {
    try {
      const { ZonePicker } = await import('./zone-picker.js');
      const mentorZone = this.#availability.value?.timezone;
      this.#zonePicker = new ZonePicker(this, {
        localize: this.localize,
        current: this.resolvedTimeZone,
        featured: mentorZone ? [mentorZone] : [],
        done: zone => {
          this.#zonePicker = undefined;
          if (zone) this.#changeTimeZone(zone);
          this.requestUpdate();
        },
      });
      this.requestUpdate();
    } catch {
      // The picker's code could not be fetched: a network failure, in the student's words.
      this.#say('error', this.localize.catalog.errors.network);
    }
  }

  #changeTimeZone(zone: string): void {
    // Keep the days in view: "today" may be another date in the new zone.
    this.rangeStart = this.#firstDay;
    this.timeZone = zone;
  }

  #select(slot: TimeSlot): void {
    // The time being booked (or not yet confirmed) stays chosen until its outcome is known.
    if (!this.mentor || !this.service || this.#writes.pending) return;
    this.#writes.notice = undefined;
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
    const { mentor, service, reschedule, selected } = this;
    if (!client || !selected || !mentor || !service) return;
    const time = { mentor, service, slot: selected, timeZone: this.resolvedTimeZone, agenda: '' };
    // Says how an attempt ended (even if the mentor or service changed meanwhile).
    const options: WriteOptions<MentorshipSession> = {
      said: session => this.localize.term(reschedule ? 'movedTo' : 'bookedAt', this.#fullLabel(session.startsAt)),
      unconfirmed: `${this.localize.term('bookingUnconfirmed')} ${this.localize.term('bookingUnconfirmedHelp')}`,
      settled: outcome => {
        const gone = outcome.status === 'failed' && isMentorshipError(outcome.error) && outcome.error.code === 'slot-taken';
        if (outcome.status === 'done' || gone) this.selected = undefined;
        if (gone) this.refresh();
      },
    };
    if (!reschedule) await this.#writes.write(book, { ...time, client }, options);
    else if (!can(client, 'rescheduleSession')) this.#say('error', this.localize.catalog.errors.forbidden);
    else {
      try {
        const { move } = await loadMove();
        await this.#writes.write(move, { ...time, client, session: reschedule }, options);
      } catch (error) {
        // Its code could not be fetched (offline): nothing was sent.
        this.report('reschedule', error);
        this.#say('error', errorText(this.localize, error));
      }
    }
  }

  /** A notice of the agenda's own (the range, the zone picker): the keyboard stays where it is. */
  #say(kind: 'success' | 'error' | 'info', text: string): void {
    this.#writes.say(kind, text, undefined, false);
  }

  async #jumpToNextFree(): Promise<void> {
    const client = this.resolvedClient;
    if (!client || !this.mentor || !this.service || this.searchingNextFree) return;
    const { mentor, service } = this;
    this.searchingNextFree = true;
    this.#writes.notice = undefined;
    try {
      const last = addDays(this.#firstDay, this.#dayCount - 1);
      const zone = this.resolvedTimeZone;
      const next = await this.call('availability', undefined, async () =>
        (await import('./actions.js')).nextFreeDay(client, mentor, service, last, zone),
      );
      // The page may have shown another mentor, service or student meanwhile: that answer is not theirs.
      if (mentor !== this.mentor || service !== this.service || client !== this.resolvedClient) return;
      if (next) this.rangeStart = next;
      else this.#say('info', this.localize.term('noTimesSoon'));
    } catch (error) {
      if (mentor === this.mentor && service === this.service) this.#say('error', errorText(this.localize, error));
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
      await this.call('external-booking', undefined, async () =>
        (await import('./actions.js')).openBookingPage(client, mentor, service, tab),
      );
      // The student's attention is on the new tab: what happens next is said here for their return.
      this.#say('success', this.localize.term('externalOpened'));
    } catch (error) {
      tab?.close();
      this.#say('error', errorText(this.localize, error));
    }
  }
}
