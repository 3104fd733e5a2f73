import { html, nothing, type TemplateResult } from 'lit';
import { refusalText } from '../../../base/states.js';
import { clock } from '../../../utils/clock.js';
import { fullDateTimeInZone, localTimeOf } from '../../../utils/time.js';
import type { WriteController } from '../../../controllers/write.js';
import type { StepView } from './view.js';

/** The last step before booking: what is booked, the credits after it, the agenda, and Book. */
export function renderConfirm(view: StepView): TemplateResult {
  const { localize, flow } = view;
  const { group, slot, mentorZone } = flow;
  const service = flow.service!;
  const mentor = group?.mentor ?? flow.mentor!;
  const zone = flow.slotZone ?? view.timeZone;
  const available = view.creditsFor(service.slug);
  // The words went with an attempt still on its way or not confirmed: changed now, they would be lost
  // (the attempt keeps what it sent), so they wait, saying why.
  const locked = view.writes.pending || !!view.series?.pending;
  return html`<dl part="summary">
      <dt>${localize.term('labelService')}</dt>
      <dd><bdi>${service.name}</bdi>${group ? html` · <bdi>${group.title}</bdi>` : nothing}</dd>
      <dt>${localize.term('labelMentor')}</dt>
      <dd><bdi>${mentor.name}</bdi></dd>
      <dt>${localize.term('labelWhen')}</dt>
      <dd>
        ${fullDateTimeInZone(slot!.startsAt, localize.locale, zone)}
        ${
          mentorZone && mentorZone !== zone
            ? html`<br /><span class="muted"
                >${localize.term('mentorLocalTime', localTimeOf(slot!.startsAt, localize.locale, mentorZone), localize.catalog.city(mentorZone))}</span
              >`
            : nothing
        }
      </dd>
      <dt>${localize.term('labelDuration')}</dt>
      <dd>${localize.term('minutes', service.durationMinutes)}</dd>
      ${
        // Repeated, the series says what it costs in one sentence of its own ("6 sessions · uses 6 credits").
        available === undefined || view.state.series.every
          ? nothing
          : html`<dt>${localize.term('labelCredits')}</dt>
            <dd>
              ${available === null ? localize.term('unlimitedSessions') : localize.term('creditsAfterBooking', Math.max(0, available - 1))}
            </dd>`
      }
    </dl>
    ${renderChangePolicy(view)} ${renderRepeat(view)} ${renderGoalChoice(view)}
    <div part="agenda-field" class="agenda-field">
      <label for="agenda">${localize.term('agendaLabel')}</label>
      <textarea
        id="agenda"
        maxlength="2000"
        aria-describedby="agenda-hint"
        ?readonly=${locked}
        .value=${view.state.agenda}
        @input=${(event: Event) => view.dispatch({ type: 'agenda', text: (event.target as HTMLTextAreaElement).value })}
      ></textarea>
      <span id="agenda-hint" class="muted">${localize.term(locked ? 'agendaLocked' : 'agendaHint')}</span>
    </div>
    ${
      // An attempt still on its way or unconfirmed keeps its own state in view until it is known.
      view.state.series.every && !view.writes.pending
        ? (view.series?.renderBook(view) ?? nothing)
        : renderBookingState(view, view.writes, view.flow.error, localize.term('bookSession'), false, () => view.dispatch({ type: 'book' }))
    }`;
}

/** "Repeat" for a backend with series: not repeated, every week or every 2 weeks; then the series' own part. */
function renderRepeat(view: StepView): TemplateResult | typeof nothing {
  const { localize } = view;
  const { every } = view.state.series;
  if (!view.client?.capabilities.series || !view.client.previewSeries || view.flow.group) return nothing;
  const options = { '': 'repeatNone', week: 'repeatWeek', '2weeks': 'repeat2Weeks' } as const;
  return html`<div part="repeat-field" class="agenda-field">
      <label for="repeat">${localize.term('repeat')}</label>
      <select
        id="repeat"
        ?disabled=${view.writes.pending || !!view.series?.pending}
        @change=${(event: Event) => view.dispatch({ type: 'every', every: (event.target as HTMLSelectElement).value as typeof every })}
      >
        ${Object.entries(options).map(([value, term]) => html`<option value=${value} ?selected=${value === every}>${localize.term(term)}</option>`)}
      </select>
    </div>
    ${every ? view.series?.render(view) : nothing}`;
}

/** The student's active goals to book for, "No specific goal" first; not for a seat in a group session. */
function renderGoalChoice(view: StepView): TemplateResult | typeof nothing {
  const { localize, goals, goal } = view;
  if (!goals.length || view.flow.group) return nothing;
  return html`<div part="goal-field" class="agenda-field">
    <label for="goal">${localize.term('goalForSession')}</label>
    <select id="goal" @change=${(event: Event) => {
      const id = (event.target as HTMLSelectElement).value;
      view.dispatch({ type: 'goal', id, goal: goals.find(each => each.id === id) });
    }}>
      <option value="" ?selected=${!goal}>${localize.term('noSpecificGoal')}</option>
      ${goals.map(each => html`<option value=${each.id} ?selected=${each.id === goal}>${each.title}</option>`)}
    </select>
  </div>`;
}

/**
 * Book, or while the attempt is on its way "Booking…", or what is known when it is not confirmed yet:
 * for a single session or a series (series.ts), each with its own attempt.
 */
export function renderBookingState(
  view: StepView,
  action: Pick<WriteController, 'state' | 'busy' | 'check'>,
  error: unknown,
  label: string,
  disabled: boolean,
  book: () => void,
): TemplateResult {
  const { localize } = view;
  if (action.state.status === 'unconfirmed') {
    return html`<div part="unconfirmed" class="notice notice--error" role="alert">
        <p><strong>${localize.term('bookingUnconfirmed')}</strong></p>
        <p>${localize.term('bookingUnconfirmedHelp')}</p>
      </div>
      <button part="button check" class="primary" type="button" @click=${() => void action.check()}>${localize.term('checkAgain')}</button>`;
  }
  // A busy button keeps its focus: aria-disabled, and presses are ignored while busy.
  return html`${error ? html`<p part="error" class="notice notice--error" role="alert">${refusalText(localize, error)}</p>` : nothing}
    <button
      part="button confirm"
      class="primary"
      type="button"
      aria-disabled=${action.busy || disabled ? 'true' : 'false'}
      @click=${() => !disabled && book()}
    >
      ${action.busy ? localize.term('booking') : label}
    </button>`;
}

/**
 * The backend's change policy, before the student books: how long they may still cancel or move the
 * session, and a warning when the chosen time is already too close to change once booked.
 */
function renderChangePolicy(view: StepView): TemplateResult | typeof nothing {
  const hours = view.flow.service?.changeNoticeHours ?? view.client?.capabilities.changeNoticeHours;
  const slot = view.flow.slot;
  if (hours === undefined || !Number.isFinite(hours) || hours < 0 || !slot) return nothing;
  const { localize } = view;
  const tooLate = Date.parse(slot.startsAt) - clock.now().getTime() < hours * 3_600_000;
  return tooLate
    ? html`<p part="change-policy" class="change-policy notice notice--error">${localize.term('tooLateToChange', hours)}</p>`
    : html`<p part="change-policy" class="change-policy muted">${localize.term('changePolicy', hours)}</p>`;
}
