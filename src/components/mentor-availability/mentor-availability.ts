import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { can } from '../../client/can.js';
import type { MentorHours, MentorSession, MentorshipClient, MentorshipService, TimeSlot } from '../../client/types.js';
import { LoadController } from '../../controllers/load.js';
import type { WriteController } from '../../controllers/write.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { datePartsStyles, renderDateParts } from '../../base/date-parts.js';
import { errorText, renderError, renderLoading } from '../../base/states.js';
import { isMentorshipError, MentorshipError } from '../../client/errors.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { clock } from '../../utils/clock.js';
import { intl } from '../../utils/intl.js';
import { formatInZone, fullDateTimeOf } from '../../utils/time.js';
import { lazy } from '../../utils/lazy.js';
import { availability } from '../../i18n/en/availability.js';
import { mentorWordsReady } from '../../i18n/mentor-part.js';
import { bookedOnDaysOff, dayIn, draftOf, problemsOf, type HoursDraft, type ProblemMessage } from './draft.js';

/**
 * The write path and the save, fetched with the first "Save hours": the form shows, and is edited,
 * without them (a mentor who only looks never fetches them).
 */
const loadWritePath = lazy(() => Promise.all([import('../../controllers/write.js'), import('../../writes/hours.js')]));

const DAY = 86_400_000;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
/** The notice and the break a mentor can choose, in minutes. */
const NOTICES = [0, 60, 120, 240, 720, 1440, 2880];
const BUFFERS = [0, 5, 10, 15, 30];

/**
 * A day's free times as runs of back-to-back starts ("4:00 – 7:00 PM"): a new run begins where a time
 * starts after the one before it has ended. One line a day, whatever the step between starts.
 */
function runsOf(slots: readonly TimeSlot[]): Array<[TimeSlot, TimeSlot]> {
  const runs: Array<[TimeSlot, TimeSlot]> = [];
  for (const slot of slots) {
    const run = runs.at(-1);
    if (run && Date.parse(slot.startsAt) <= Date.parse(run[1].endsAt)) run[1] = slot;
    else runs.push([slot, slot]);
  }
  return runs;
}

interface Loaded {
  hours: MentorHours;
  /** The mentor's upcoming sessions, to say which stay booked inside new time off. */
  upcoming: MentorSession[];
}

const styles = css`
  :host {
    container-type: inline-size;
  }
  .availability,
  form,
  fieldset {
    display: grid;
    gap: 12px;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  h3 {
    font-weight: 600;
    padding: 0;
    margin: 0 0 4px;
    font-size: 1rem;
  }
  /* A day: its name, its ranges, and "Add hours" at the end of the row. */
  .day {
    display: grid;
    grid-template-columns: 7.5em minmax(0, 1fr) auto;
    grid-template-areas: 'name ranges add';
    gap: 4px 8px;
    align-items: start;
    padding-block: 6px;
    border-top: 1px solid var(--_border);
  }
  .day > strong {
    grid-area: name;
  }
  .day > .ranges {
    grid-area: ranges;
  }
  .day > [part~='add-range'] {
    grid-area: add;
  }
  .day > .unavailable {
    grid-area: ranges;
  }
  .ranges {
    display: grid;
    gap: 6px;
    justify-items: start;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px;
  }
  .range input[type='time'] {
    min-width: 7em;
  }
  .off {
    display: grid;
    gap: 6px;
    padding: 8px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .off label,
  .off fieldset,
  .setting {
    display: grid;
    gap: 2px;
  }
  .off fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .off legend {
    padding: 0;
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  .small {
    font-size: 0.875rem;
  }
  .preview ul {
    margin: 0;
    padding-inline-start: 18px;
  }
  /*
   * In a sidebar: the name and "Add hours" (a text button) on one line, the ranges under them; a day
   * without hours says so beside its name. Seven days stay within a screen or two at 320 px.
   */
  @container (max-width: 479px) {
    .day {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: 'name empty add' 'ranges ranges ranges';
      align-items: center;
      padding-block: 4px;
    }
    .day > .ranges:empty {
      display: none;
    }
    .day > .unavailable {
      grid-area: empty;
    }
    /* A range and its × on one line at 320 px: the times a little smaller, the × a bare 32 px target. */
    .ranges {
      justify-items: stretch;
      min-width: 0;
    }
    .range {
      min-width: 0;
      gap: 4px;
    }
    /*
     * Never narrower than their own text (Chromium cuts "04:00 PM" to "04:00 P" first, which misleads):
     * where the row has no room (280 px), the × wraps instead.
     */
    .range input[type='time'] {
      min-width: auto;
      padding-inline: 6px;
      font-size: 0.8125rem;
    }
    .range [part~='remove-range'] {
      min-width: 32px;
      padding: 0;
      border-color: transparent;
      background: none;
    }
    .day > [part~='add-range'] {
      padding: 4px 0;
      border-color: transparent;
      background: none;
      color: var(--_accent);
      font-size: 0.8125rem;
      text-decoration: underline;
    }
  }
`;

/**
 * @summary The mentor's weekly hours and time off: several ranges a day in their own zone (18:00 stays
 * 18:00 across a change of clocks), days off with a note (where the backend keeps one:
 * `capabilities.timeOffNotes`), the minimum notice and the break between
 * sessions where the backend has them, and a preview of the free times students see in the next two
 * weeks (`getAvailability` for this mentor). Overlaps and empty ranges are errors beside their
 * fields; booked sessions that fall on new days off are listed before saving, and stay booked. Needs a
 * client with `capabilities.mentorHours`, signed in as the mentor.
 *
 * @tagname mentor-availability
 *
 * @event mentorship-hours-saved - The mentor saved their hours. `detail: { hours }`.
 * @event mentorship-error - A request failed; `detail.code` says why (`forbidden`: the token is not a mentor's).
 *
 * @csspart availability - The whole block (the tag's box: see the surface custom properties).
 * @csspart hours - The whole form.
 * @csspart zone - The time zone picker.
 * @csspart day - One weekday with its ranges.
 * @csspart range - One range of hours.
 * @csspart time-off - The days off.
 * @csspart stays-booked - The booked sessions on new days off, which stay booked.
 * @csspart field-error - A field's error, beside it.
 * @csspart preview - The free times students see in the next two weeks.
 * @csspart notice - A message after saving (saved, refused).
 * @csspart button - Buttons.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 */
export class MentorAvailability extends MentorshipElement {
  static override styles = [tokens, base, styles, datePartsStyles];

  static override properties: PropertyDeclarations = {
    mentor: { reflect: true },
    service: { reflect: true },
    draft: { state: true },
    checked: { state: true },
  };

  /** The mentor's slug, for the preview of what students see (the free times of this mentor). */
  mentor?: string;

  /** The service the preview shows free times for. Default: the first 1-1 service the mentor gives. */
  service?: string;

  /** The hours being edited; `undefined` until loaded (or after a save: the saved ones show). */
  private draft: HoursDraft | undefined;
  /** Errors show once the mentor tried to save, and follow every change after. */
  private checked = false;
  /** Bumped by a save: the preview asks again. */
  #saved = 0;

  /** The one write path, once fetched (see `loadWritePath`). */
  #writes: WriteController | undefined;
  /** The write path is on its way for a save. */
  #fetching = false;
  /** Its code could not be fetched (offline): said where the notice goes; nothing was sent. */
  #unfetched: unknown;

  readonly #hours = new LoadController(this, {
    task: ([client], { signal }) =>
      this.call('mentor-hours', signal, async (): Promise<Loaded> => {
        const resolved = this.requireClient(client);
        if (!can(resolved, 'getMentorHours'))
          throw new Error('mentor-availability: this client keeps no mentor hours (capabilities.mentorHours).');
        const [hours, upcoming] = await Promise.all([
          resolved.getMentorHours({ signal }),
          // Only to say which sessions stay booked: the form works without them.
          can(resolved, 'listMentorSessions')
            ? resolved.listMentorSessions({ status: 'upcoming', signal }).catch((): MentorSession[] => [])
            : [],
        ]);
        return { hours, upcoming };
      }),
    args: () => [this.resolvedClient] as const,
  });

  readonly #preview = new LoadController(this, {
    task: async ([client, mentor, service], { signal }) => {
      if (!client || !mentor) return undefined;
      // The service is chosen once for this client, mentor and `service`: after a save only the free
      // times are asked again (the services and mentors have not changed, with or without a cache).
      let chosen = this.#previewService;
      if (chosen?.client !== client || chosen.mentor !== mentor || chosen.asked !== service) {
        const [services, mentors] = await Promise.all([client.listServices({ signal }), client.listMentors({ signal })]);
        const gives = mentors.find(candidate => candidate.slug === mentor)?.services ?? [];
        chosen = this.#previewService = {
          client,
          mentor,
          asked: service,
          service:
            services.find(candidate => candidate.slug === service) ??
            services.find(candidate => gives.includes(candidate.slug) && candidate.kind === 'one_to_one'),
        };
      }
      return this.#freeTimes(client, mentor, chosen.service, signal);
    },
    args: () => [this.resolvedClient, this.mentor, this.service, this.#saved] as const,
  });

  /** The preview's service, chosen for a client, a mentor and the `service` asked for. */
  #previewService?: { client: MentorshipClient; mentor: string; asked: string | undefined; service: MentorshipService | undefined };

  /** The free times students see of this mentor for `chosen` in the next two weeks. */
  async #freeTimes(client: MentorshipClient, mentor: string, chosen: MentorshipService | undefined, signal: AbortSignal) {
    if (!chosen) return { service: undefined, slots: [] as TimeSlot[] };
    const now = clock.now().getTime();
    const { slots } = await client.getAvailability({
      mentor,
      service: chosen.slug,
      from: new Date(now).toISOString(),
      to: new Date(now + 14 * DAY).toISOString(),
      signal,
    });
    return { service: chosen, slots };
  }

  override render(): TemplateResult {
    if (!mentorWordsReady(this.localize, availability)) return renderLoading(this.localize, 4);
    // The tag's box (the card's surface), around the notice, the form and the preview.
    return html`<div part="availability" class="availability surface">${
      this.#unfetched
        ? html`<p part="notice" class="notice notice--error" role="alert">${errorText(this.localize, this.#unfetched)}</p>`
        : (this.#writes?.renderNotice() ?? nothing)
    }
    ${this.#hours.render({
      initial: () => renderLoading(this.localize, 4),
      pending: () => (this.draft ? this.#renderForm(this.#hours.value!) : renderLoading(this.localize, 4)),
      complete: loaded => this.#renderForm(loaded),
      // Not a mentor's token: the backend's own words say what to do.
      error: error =>
        isMentorshipError(error) && error.code === 'forbidden' && error.reason
          ? html`<div part="error" class="state state--error" role="alert"><p>${error.reason}</p></div>`
          : renderError(this.localize, error, () => void this.#hours.run()),
    })}
    ${this.#hours.status === 'error' ? nothing : this.#renderPreview()}</div>`;
  }

  #renderForm(loaded: Loaded): TemplateResult {
    const draft = (this.draft ??= draftOf(loaded.hours));
    const problems = this.checked ? problemsOf(draft) : new Map<string, ProblemMessage>();
    const error = (field: string) =>
      problems.has(field)
        ? html`<small id=${`${field}-error`} part="field-error" class="field-error"
            >${this.localize.term(problems.get(field)!)}</small
          >`
        : nothing;
    const booked = bookedOnDaysOff(loaded.upcoming, draft);
    const busy = this.#fetching || !!this.#writes?.busy;
    return html`<form part="hours" novalidate aria-labelledby="hours-title" @submit=${this.#save}>
      <h3 id="hours-title">${this.localize.term('hoursLabel')}</h3>
      <p class="muted small">${this.localize.term('hoursIntro')}</p>
      ${this.#renderZone(draft)}
      <fieldset>
        <legend class="visually-hidden">${this.localize.term('hoursLabel')}</legend>
        ${WEEKDAYS.map(weekday => this.#renderDay(draft, weekday, error))}
      </fieldset>
      <fieldset part="time-off" aria-describedby="time-off-hint">
        <legend>${this.localize.term('timeOffLabel')}</legend>
        <p id="time-off-hint" class="muted small">${this.localize.term('timeOffHint')}</p>
        ${draft.timeOff.map((_, index) => this.#renderTimeOff(draft, index, error))}
        <div>
          <button part="button add-time-off" type="button" @click=${() => this.#addTimeOff(draft)}>
            ${this.localize.term('addTimeOff')}
          </button>
        </div>
        ${
          booked.length
            ? html`<div part="stays-booked" class="state" role="status">
                <p>${this.localize.term('staysBooked', booked.length)}</p>
                <ul class="small">
                  ${booked.map(
                    session =>
                      html`<li>
                        <bdi>${session.student.name}</bdi> · ${fullDateTimeOf(session.startsAt, this.localize.locale, draft.timeZone)}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing
        }
      </fieldset>
      ${this.#renderSetting(draft, 'noticeMinutes', 'noticeLabel', NOTICES)} ${this.#renderSetting(draft, 'bufferMinutes', 'bufferLabel', BUFFERS)}
      ${problems.size ? html`<p class="field-error" role="alert">${this.localize.term('hoursErrors', problems.size)}</p>` : nothing}
      <div>
        <button part="button save-hours" class="primary" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
          ${this.localize.term(busy ? 'savingHours' : 'saveHours')}
        </button>
      </div>
    </form>`;
  }

  #renderZone(draft: HoursDraft): TemplateResult {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    const city = (zone: string) => this.localize.term('city', zone);
    const options = [...new Set([draft.timeZone, ...zones])].sort((a, b) => city(a).localeCompare(city(b), this.localize.locale));
    return html`<label part="zone" class="setting">
      <span>${this.localize.term('hoursZone')}</span>
      <select @change=${(event: Event) => this.#change(draft, { timeZone: (event.target as HTMLSelectElement).value })}>
        ${options.map(zone => html`<option value=${zone} ?selected=${zone === draft.timeZone}>${city(zone)}</option>`)}
      </select>
    </label>`;
  }

  #dayName(weekday: number): string {
    // 1 January 2024 was a Monday.
    return formatInZone(new Date(Date.UTC(2024, 0, weekday, 12)), this.localize.locale, 'UTC', { weekday: 'long' });
  }

  #renderDay(draft: HoursDraft, weekday: number, error: (field: string) => TemplateResult | typeof nothing): TemplateResult {
    const name = this.#dayName(weekday);
    const ranges = draft.weekly.map((range, index) => ({ range, index })).filter(({ range }) => range.weekday === weekday);
    const time = (event: Event) => (event.target as HTMLInputElement).value;
    return html`<div part="day" class="day" role="group" aria-label=${name}>
      <strong>${name}</strong>
      ${ranges.length ? nothing : html`<span class="unavailable muted small">${this.localize.term('unavailableDay')}</span>`}
      <button part="button add-range" type="button" @click=${() => this.#addRange(draft, weekday)}>
        ${this.localize.term('addRange')}<span class="visually-hidden"> · ${name}</span>
      </button>
      <div class="ranges">${ranges.map(
        ({ range, index }) => html`<div part="range" class="range">
            <input
              type="time"
              step="900"
              .value=${range.start}
              aria-label=${this.localize.term('rangeFrom', name)}
              aria-invalid=${error(`weekly.${index}`) === nothing ? 'false' : 'true'}
              aria-describedby=${`weekly.${index}-error`}
              @input=${(event: Event) => this.#changeRange(draft, index, { start: time(event) })}
            />
            –
            <input
              type="time"
              step="900"
              .value=${range.end}
              aria-label=${this.localize.term('rangeTo', name)}
              aria-invalid=${error(`weekly.${index}`) === nothing ? 'false' : 'true'}
              aria-describedby=${`weekly.${index}-error`}
              @input=${(event: Event) => this.#changeRange(draft, index, { end: time(event) })}
            />
            <button
              part="button remove-range"
              type="button"
              aria-label=${this.localize.term('removeRange', name, range.start, range.end)}
              @click=${() => this.#change(draft, { weekly: draft.weekly.filter((_, other) => other !== index) })}
            >
              ×
            </button>
            ${error(`weekly.${index}`)}
          </div>`,
      )}</div>
    </div>`;
  }

  #renderTimeOff(draft: HoursDraft, index: number, error: (field: string) => TemplateResult | typeof nothing): TemplateResult {
    const range = draft.timeOff[index];
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    const set = (change: Partial<HoursDraft['timeOff'][number]>) =>
      this.#change(draft, { timeOff: draft.timeOff.map((other, at) => (at === index ? { ...other, ...change } : other)) });
    const invalid = error(`timeOff.${index}`) === nothing ? 'false' : 'true';
    // Each day as day, month and year in the widget's language (base/date-parts.ts): a native date input
    // speaks the browser's ("mm/dd/yyyy" on a Spanish page). A first day chosen after the last moves it.
    const day = (which: 'from' | 'to', label: 'timeOffFrom' | 'timeOffTo') =>
      html`<fieldset aria-describedby=${`timeOff.${index}-error`}>
        <legend>${this.localize.term(label)}</legend>
        ${renderDateParts({
          locale: this.localize.locale,
          value: range[which],
          firstYear: Number(dayIn(clock.now(), draft.timeZone).slice(0, 4)),
          id: `timeOff-${index}-${which}`,
          invalid: invalid === 'true',
          change: picked =>
            set(
              which === 'to' || !/^\d{4}-\d{2}-\d{2}$/.test(picked) || range.to >= picked
                ? { [which]: picked }
                : { from: picked, to: picked },
            ),
        })}
      </fieldset>`;
    return html`<div class="off">
      ${day('from', 'timeOffFrom')} ${day('to', 'timeOffTo')}
      ${
        // A backend that keeps no note (`capabilities.timeOffNotes: false`) is not asked for one.
        this.resolvedClient?.capabilities.timeOffNotes === false
          ? nothing
          : html`<label>
              <span>${this.localize.term('timeOffNote')}</span>
              <input type="text" maxlength="500" .value=${range.note} @input=${(event: Event) => set({ note: value(event) })} />
            </label>`
      }
      ${error(`timeOff.${index}`)}
      <div>
        <button
          part="button remove-time-off"
          type="button"
          @click=${() => this.#change(draft, { timeOff: draft.timeOff.filter((_, at) => at !== index) })}
        >
          ${this.localize.term(
            'removeTimeOff',
            // The day in the widget's language ("6 de diciembre de 2026"), not as the backend writes it.
            /^\d{4}-\d{2}-\d{2}$/.test(range.from)
              ? intl(Intl.DateTimeFormat, this.localize.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(range.from))
              : '…',
          )}
        </button>
      </div>
    </div>`;
  }

  #renderSetting(
    draft: HoursDraft,
    setting: 'noticeMinutes' | 'bufferMinutes',
    label: 'noticeLabel' | 'bufferLabel',
    choices: readonly number[],
  ): TemplateResult | typeof nothing {
    const current = draft[setting];
    // `null`: the backend has no such setting.
    if (current === null) return nothing;
    const words = (minutes: number) =>
      minutes === 0
        ? this.localize.term('noMinutes')
        : minutes % 60 === 0
          ? this.localize.term('hoursLong', minutes / 60)
          : this.localize.term('minutesLong', minutes);
    return html`<label class="setting">
      <span>${this.localize.term(label)}</span>
      <select @change=${(event: Event) => this.#change(draft, { [setting]: Number((event.target as HTMLSelectElement).value) })}>
        ${[...new Set([...choices, current])]
          .sort((a, b) => a - b)
          .map(minutes => html`<option value=${minutes} ?selected=${minutes === current}>${words(minutes)}</option>`)}
      </select>
    </label>`;
  }

  #renderPreview(): TemplateResult {
    const zone = this.draft?.timeZone ?? this.resolvedTimeZone;
    const { locale } = this.localize;
    return html`<section part="preview" class="preview" aria-labelledby="preview-title">
      <h3 id="preview-title">${this.localize.term('previewLabel')}</h3>
      ${
        !this.mentor
          ? html`<p class="muted small">${this.localize.term('previewNeedsMentor')}</p>`
          : this.#preview.render({
              initial: () => renderLoading(this.localize, 2),
              pending: () => renderLoading(this.localize, 2),
              complete: preview => {
                if (!preview?.slots.length) return html`<p class="muted small">${this.localize.term('previewNone')}</p>`;
                const days = new Map<string, TimeSlot[]>();
                for (const slot of preview.slots) {
                  const day = formatInZone(slot.startsAt, locale, zone, { weekday: 'short', day: 'numeric', month: 'short' });
                  days.set(day, [...(days.get(day) ?? []), slot]);
                }
                const list = intl(Intl.ListFormat, locale, { type: 'unit', style: 'short' });
                const times = intl(Intl.DateTimeFormat, locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
                return html`${preview.service ? html`<p class="muted small">${this.localize.term('previewFor', preview.service.name)}</p>` : nothing}
                  <ul class="small">
                    ${[...days].map(
                      ([day, slots]) =>
                        html`<li>
                          ${this.localize.term('previewDay', slots.length, day)}:
                          ${list.format(runsOf(slots).map(([first, last]) => times.formatRange(new Date(first.startsAt), new Date(last.startsAt))))}
                        </li>`,
                    )}
                  </ul>`;
              },
              error: error => renderError(this.localize, error, () => void this.#preview.run()),
            })
      }
    </section>`;
  }

  #change(draft: HoursDraft, change: Partial<HoursDraft>): void {
    this.draft = { ...draft, ...change };
  }

  #changeRange(draft: HoursDraft, index: number, change: Partial<HoursDraft['weekly'][number]>): void {
    this.#change(draft, { weekly: draft.weekly.map((range, at) => (at === index ? { ...range, ...change } : range)) });
  }

  #addRange(draft: HoursDraft, weekday: number): void {
    // After the day's last range, an hour later; a day without any starts at 09:00.
    const last = draft.weekly.filter(range => range.weekday === weekday).at(-1);
    const start = last?.end && last.end < '23:00' ? last.end : '09:00';
    const end = `${String(Math.min(23, Number(start.slice(0, 2)) + 1)).padStart(2, '0')}:${start.slice(3, 5)}`;
    this.#change(draft, { weekly: [...draft.weekly, { weekday, start, end }] });
    this.focusWhenShown(`[aria-label="${CSS.escape(this.#dayName(weekday))}"] [part="range"]:last-of-type input`);
  }

  #addTimeOff(draft: HoursDraft): void {
    const day = dayIn(new Date(clock.now().getTime() + DAY), draft.timeZone);
    this.#change(draft, { timeOff: [...draft.timeOff, { from: day, to: day, note: '' }] });
    this.focusWhenShown('[part="time-off"] .off:last-of-type select');
  }

  readonly #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const client = this.resolvedClient;
    const draft = this.draft;
    if (!draft || this.#fetching || this.#writes?.busy || !can(client, 'saveMentorHours') || !can(client, 'getMentorHours')) return;
    this.checked = true;
    if (problemsOf(draft).size) {
      this.focusWhenShown('[aria-invalid="true"]');
      return;
    }
    this.#fetching = true;
    this.#unfetched = undefined;
    this.requestUpdate();
    let path: Awaited<ReturnType<typeof loadWritePath>>;
    try {
      path = await loadWritePath();
    } catch (error) {
      // Offline: nothing was sent, and the draft stays as typed.
      this.#unfetched = new MentorshipError('network', 'The code to save could not be fetched.', { cause: error });
      this.report('hours', this.#unfetched);
      return;
    } finally {
      this.#fetching = false;
      this.requestUpdate();
    }
    const [{ WriteController }, { hours }] = path;
    this.#writes ??= new WriteController(this.writeAccess({ forgotten: () => (this.draft = undefined) }));
    await this.#writes.write(
      hours,
      { client, hours: draft },
      {
        said: () => this.localize.term('hoursSaved'),
        settled: outcome => {
          if (outcome.status !== 'done') return;
          this.draft = draftOf(outcome.value);
          this.checked = false;
          this.#saved += 1;
          void this.#hours.run();
        },
      },
    );
  };
}
