/**
 * Regular meetings on the confirm step, fetched (with their strings and styles) when the student first
 * chooses "Repeat": how many meetings, every date in the student's zone marked free, taken or outside
 * the mentor's hours with the backend's alternative or "skip", what it costs against the credits, and
 * one booking for all of them. A series the credits do not cover is explained, not attempted.
 *
 * The series keeps the mentor's wall-clock time (the backend's choice, see the memory store): a student
 * whose clocks change on another date sees those meetings at another hour, and is told so.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { isMentorshipError } from '../../../client/errors.js';
import type { WriteOutcome } from '../../../client/settle.js';
import type { BookedSeries, MentorshipClient, SeriesEvery, SeriesPreview, TimeSlot } from '../../../client/types.js';
import { can } from '../../../client/can.js';
import { LoadController } from '../../../controllers/load.js';
import { series as seriesWrite } from '../../../writes/series.js';
import { renderError, renderLoading } from '../../../base/states.js';
import '../../../i18n/en/series.js';
import { safeHttpUrl } from '../../../utils/url.js';
import { formatInZone, fullDateTimeOf, localTimeOf, zoneName } from '../../../utils/time.js';
import { SERIES_COUNT } from '../flow.js';
import type { CardFlow } from './card-flow.js';
import { renderBookingState } from './confirm.js';
import { coveredCount, planMeetings, previewMatches, type PlannedMeeting } from './series-plan.js';
import type { SeriesStep, StepView } from './view.js';
import { adoptSheet } from '../../../styles/base.js';

const styles = css`
  .series {
    display: grid;
    gap: 6px;
  }
  /* Compact: a meeting a line ("Wed, Nov 25, 11:00 AM · Free"), what stands in the way under it. */
  .series-dates {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: 2px;
  }
  .series-dates li {
    overflow-wrap: anywhere;
  }
  .series-dates small {
    font-size: 0.8125rem;
  }
  .series-dates select {
    display: block;
  }
  .occurrence-free small {
    color: var(--_success, inherit);
  }
  .occurrence-taken small,
  .occurrence-unavailable small {
    color: var(--_danger);
  }
  .series-count input {
    width: 5em;
  }
  /* A repeated booking's confirm step stays within a sidebar's height: the count and the goal beside
     their labels, the agenda two lines to start with. */
  .series-count,
  [part='goal-field'] {
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    gap: 8px;
  }
  textarea {
    min-height: 56px;
  }
`;

/**
 * The series' load and templates. What the student plans (how often, how many, which dates skipped)
 * and the last attempt's answer are the card's state (`CardState.series`, changed through `reduce`).
 */
export class SeriesPlan implements SeriesStep {
  readonly #flow: CardFlow;
  readonly #preview: LoadController<
    readonly [MentorshipClient | undefined, string | undefined, string | undefined, string | undefined, SeriesEvery | '', number],
    SeriesPreview | undefined
  >;

  constructor(flow: CardFlow) {
    this.#flow = flow;
    const { card } = flow;
    adoptSheet(card.host.shadowRoot, styles);
    this.#preview = new LoadController(card.host, {
      task: async ([client, mentor, service, startsAt, every, count], { signal }) => {
        if (!client?.previewSeries || !mentor || !service || !startsAt || !every) return undefined;
        return card.call('preview-series', signal, () => client.previewSeries!({ mentor, service, startsAt, every, count, signal }));
      },
      args: () => {
        const { flow: at, series } = flow.state;
        // Only on the confirm step of a 1-1 booking: nothing is asked while the student is elsewhere.
        const asked = at.step === 'confirm' && !at.group && series.every;
        return [
          card.client(),
          at.mentor?.slug,
          at.service?.slug,
          asked ? at.slot?.startsAt : undefined,
          series.every,
          series.count,
        ] as const;
      },
    });
  }

  /** A booking on its way or not yet confirmed. */
  get pending(): boolean {
    return this.#flow.writes.pending;
  }

  /** Asks for the preview again (the card's `refresh()`). */
  run(): void {
    if (this.#flow.state.series.every) void this.#preview.run();
  }

  /** Previewed, but not what was asked: refused in words, never booked as shown. */
  get #mismatch(): boolean {
    const preview = this.#preview.value;
    const startsAt = this.#flow.flow.slot?.startsAt;
    return (
      !!preview &&
      this.#preview.status === 'complete' &&
      !!startsAt &&
      !previewMatches(preview.occurrences, { count: this.#flow.state.series.count, startsAt })
    );
  }

  /** The meetings as planned, and how many the credits cover (`null`: unlimited), once previewed as asked. */
  get #plan(): { meetings: PlannedMeeting[]; slots: TimeSlot[]; covered: number | null; preview: SeriesPreview } | undefined {
    const preview = this.#preview.value;
    if (!preview || this.#preview.status !== 'complete' || this.#mismatch) return undefined;
    const meetings = planMeetings(preview.occurrences, new Set(this.#flow.state.series.skipped));
    const slots = meetings.flatMap(meeting => (meeting.slot ? [meeting.slot] : []));
    return {
      meetings,
      slots,
      covered: coveredCount(
        preview.credits,
        slots.map(slot => slot.startsAt),
      ),
      preview,
    };
  }

  /** How many meetings, and the preview: every date, what it costs, and what stands in the way. */
  render(view: StepView): TemplateResult {
    const { localize, dispatch } = view;
    const { count, retaken } = view.state.series;
    return html`<div part="series" class="series">
      <div class="agenda-field series-count">
        <label for="series-count">${localize.term('seriesCount')}</label>
        <input
          id="series-count"
          type="number"
          inputmode="numeric"
          min=${SERIES_COUNT.min}
          max=${SERIES_COUNT.max}
          .value=${String(count)}
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            dispatch({ type: 'count', count: Number(input.value) });
            // Out of bounds or not a number: the nearest allowed count, shown in the field.
            input.value = String(this.#flow.state.series.count);
          }}
        />
      </div>
      ${retaken ? html`<p part="notice" class="notice notice--error" role="alert">${localize.term('seriesRetaken')}</p>` : nothing}
      ${
        this.#preview.render({
          initial: () => renderLoading(localize, 2),
          pending: () => renderLoading(localize, 2),
          complete: () => this.#renderPreview(view),
          // A backend's own words where it refuses the series asked (an interval it does not keep, say).
          error: error =>
            isMentorshipError(error) && error.reason
              ? html`<p part="series-problem" class="notice notice--error" role="alert">${error.reason}</p>`
              : renderError(localize, error, () => void this.#preview.run()),
        }) ?? nothing
      }
    </div>`;
  }

  #renderPreview(view: StepView): TemplateResult | typeof nothing {
    const { localize } = view;
    if (this.#mismatch) {
      return html`<p part="series-problem" class="notice notice--error" role="alert">${localize.term('seriesMismatch', view.state.series.count)}</p>`;
    }
    const plan = this.#plan;
    if (!plan) return nothing;
    const { locale } = localize;
    const zone = view.flow.slotZone ?? view.timeZone;
    const firstTime = localTimeOf(plan.meetings[0]?.occurrence.startsAt ?? 0, locale, zone);
    return html`<p id="series-caption" class="muted">${localize.term('seriesDates', zoneName(zone, locale))}</p>
      <ol part="series-dates" class="series-dates" aria-labelledby="series-caption">
        ${plan.meetings.map(({ occurrence, slot }) => {
          // A status this widget does not know is not free: said as such, never as "outside the hours".
          const known = (['free', 'taken', 'unavailable'] as const).find(each => each === occurrence.status);
          const status = known ?? 'unavailable';
          const date = fullDateTimeOf(occurrence.startsAt, locale, zone);
          const shifted = localTimeOf(occurrence.startsAt, locale, zone) !== firstTime;
          const said = { free: 'occurrenceFree', taken: 'occurrenceTaken', unavailable: 'occurrenceUnavailable' } as const;
          const short = formatInZone(occurrence.startsAt, locale, zone, {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            hour: 'numeric',
            minute: '2-digit',
          });
          return html`<li part="occurrence occurrence-${status}" class="occurrence-${status}">
            <span>${short}</span> · <small>${localize.term(known ? said[known] : 'occurrenceUnknown')}</small>
            ${shifted ? html` · <small class="muted">${localize.term('clockChange')}</small>` : nothing}
            ${status === 'free' ? nothing : this.#renderInstead(view, occurrence.alternative, occurrence.startsAt, date, !slot)}
          </li>`;
        })}
      </ol>
      ${this.#renderCost(view, plan.slots, plan.covered, plan.preview)}`;
  }

  /** For a meeting that is not free: the backend's alternative or "skip", or skipped when there is none. */
  #renderInstead(
    view: StepView,
    alternative: TimeSlot | null | undefined,
    startsAt: string,
    date: string,
    skipped: boolean,
  ): TemplateResult {
    const { localize } = view;
    if (!alternative) return html`<small class="muted">${localize.term('skipped')}</small>`;
    const zone = view.flow.slotZone ?? view.timeZone;
    return html`<select
      part="instead"
      aria-label=${localize.term('insteadOf', date)}
      @change=${(event: Event) => {
        view.dispatch({ type: 'skip', at: startsAt, skip: (event.target as HTMLSelectElement).value === 'skip' });
      }}
    >
      <option value="alternative" ?selected=${!skipped}>
        ${localize.term('alternativeAt', localTimeOf(alternative.startsAt, localize.locale, zone))}
      </option>
      <option value="skip" ?selected=${skipped}>${localize.term('skipDate')}</option>
    </select>`;
  }

  /** "6 sessions · uses 6 credits · you have 4 now, 4 more on 1 December", and what stands in the way. */
  #renderCost(view: StepView, slots: TimeSlot[], covered: number | null, preview: SeriesPreview): TemplateResult {
    const { localize } = view;
    const count = slots.length;
    const { available, renewing } = preview.credits;
    const zone = view.flow.slotZone ?? view.timeZone;
    const renews = renewing && slots.some(slot => Date.parse(slot.startsAt) >= Date.parse(renewing.at));
    const have =
      available === null
        ? ''
        : ` · ${localize.term('creditsNow', available)}${
            renews
              ? `, ${localize.term('creditsRenewing', renewing.count, formatInZone(renewing.at, localize.locale, zone, { day: 'numeric', month: 'long' }))}`
              : ''
          }`;
    const purchase = safeHttpUrl(view.host.purchaseUrl);
    const problem =
      count === 0
        ? localize.term('seriesNothingChosen')
        : covered !== null && covered < count
          ? localize.term('seriesUnaffordable', covered)
          : '';
    return html`<p part="series-cost" class="series-cost"><strong>${localize.term(available === null ? 'seriesUnlimited' : 'seriesCost', count)}</strong>${have}</p>
      ${
        problem
          ? html`<p part="series-problem" id="series-problem" class="notice notice--error">
            ${problem}
            ${
              purchase && count > 0
                ? html` <a part="purchase" href=${purchase} target="_blank" rel="noopener">${localize.term('getMoreMentorships')}</a>`
                : nothing
            }
          </p>`
          : nothing
      }`;
  }

  /** The answer to the last attempt, and "Book 6 sessions" (disabled, with the reason, when it cannot be booked). */
  renderBook(view: StepView): TemplateResult {
    const plan = this.#plan;
    const count = plan?.slots.length ?? 0;
    const bookable = !!plan && count > 0 && (plan.covered === null || plan.covered >= count);
    return renderBookingState(
      view,
      view.writes,
      view.state.series.error,
      view.localize.term('bookSeries', count),
      !bookable,
      () => void this.#book(),
    );
  }

  /** The booked step: every meeting's date in the student's zone. */
  renderBooked(view: StepView): TemplateResult {
    const { localize, flow } = view;
    const { sessions } = flow.series!;
    const zone = flow.slotZone ?? view.timeZone;
    return html`<p><strong>${localize.term('seriesBooked', sessions.length, sessions[0]?.mentor.name ?? '')}</strong></p>
      <ol part="series-dates" class="series-dates">
        ${sessions.map(session => html`<li>${fullDateTimeOf(session.startsAt, localize.locale, zone)}</li>`)}
      </ol>
      <p class="muted">${localize.term('seriesDates', zoneName(zone, localize.locale))}</p>`;
  }

  /** Books every planned meeting in one request, after the page's consent; one attempt, one key. */
  async #book(): Promise<void> {
    const plan = this.#plan;
    const { card, writes, state } = this.#flow;
    const client = card.client();
    const { flow, agenda, series } = state;
    const { mentor, service } = flow;
    const { every } = series;
    if (!plan || !can(client, 'bookSeries') || !mentor || !service || !every) return;
    const { slots, covered } = plan;
    if (!slots.length || (covered !== null && covered < slots.length)) return;
    this.#flow.dispatch({ type: 'booking' });
    await writes.write(
      seriesWrite,
      {
        client,
        mentor: mentor.slug,
        mentorName: mentor.name,
        service: service.slug,
        slot: slots[0],
        slots,
        every,
        goal: this.#flow.chosenGoal?.id,
        timeZone: flow.slotZone ?? card.timeZone(),
        agenda: agenda.trim(),
      },
      // The card shows the outcome: the booked step, or the refusal above "Book 6 sessions".
      { notice: false, settled: outcome => this.#settled(outcome) },
    );
  }

  #settled(outcome: WriteOutcome<BookedSeries>): void {
    const flow = this.#flow;
    if (outcome.status === 'done') return flow.dispatch({ type: 'booked', session: outcome.value.sessions[0], series: outcome.value });
    if (outcome.status !== 'failed') return;
    const { error } = outcome;
    const code = isMentorshipError(error) ? error.code : undefined;
    flow.dispatch({ type: 'series-refused', error, code });
    // Taken meanwhile, or the credits changed: the dates and their cost are asked again.
    if (code === 'no-credits') flow.reloadCredits();
    if (code === 'slot-taken' || code === 'no-credits') void this.#preview.run();
  }
}
