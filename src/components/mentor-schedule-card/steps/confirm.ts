import { html, nothing, type TemplateResult } from 'lit';
import { refusalText } from '../../../base/states.js';
import { clock } from '../../../utils/clock.js';
import { localTimeOf } from '../../../utils/time.js';
import type { StepView } from './view.js';

/** The last step before booking: what is booked, the credits after it, the agenda, and Book. */
export function renderConfirm(view: StepView): TemplateResult {
  const { localize, flow } = view;
  const { group, slot, mentorZone } = flow;
  const service = flow.service!;
  const mentor = group?.mentor ?? flow.mentor!;
  const zone = flow.slotZone ?? view.timeZone;
  const available = view.creditsFor(service.slug);
  return html`<dl part="summary">
      <dt>${localize.term('labelService')}</dt>
      <dd><bdi>${service.name}</bdi>${group ? html` · <bdi>${group.title}</bdi>` : nothing}</dd>
      <dt>${localize.term('labelMentor')}</dt>
      <dd><bdi>${mentor.name}</bdi></dd>
      <dt>${localize.term('labelWhen')}</dt>
      <dd>
        ${view.fullDateTime(slot!.startsAt, zone)}
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
        available === undefined
          ? nothing
          : html`<dt>${localize.term('labelCredits')}</dt>
            <dd>
              ${available === null ? localize.term('unlimitedSessions') : localize.term('creditsAfterBooking', Math.max(0, available - 1))}
            </dd>`
      }
    </dl>
    ${renderChangePolicy(view)} ${renderGoalChoice(view)}
    <div part="agenda-field" class="agenda-field">
      <label for="agenda">${localize.term('agendaLabel')}</label>
      <textarea
        id="agenda"
        maxlength="2000"
        aria-describedby="agenda-hint"
        .value=${view.agendaText}
        @input=${(event: Event) => view.setAgendaText((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <span id="agenda-hint" class="muted">${localize.term('agendaHint')}</span>
    </div>
    ${renderBookingState(view)}`;
}

/** The student's active goals to book for, "No specific goal" first; not for a seat in a group session. */
function renderGoalChoice(view: StepView): TemplateResult | typeof nothing {
  const { localize, goals, goal } = view;
  if (!goals.length || view.flow.group) return nothing;
  return html`<div part="goal-field" class="agenda-field">
    <label for="goal">${localize.term('goalForSession')}</label>
    <select id="goal" @change=${(event: Event) => view.chooseGoal((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!goal}>${localize.term('noSpecificGoal')}</option>
      ${goals.map(each => html`<option value=${each.id} ?selected=${each.id === goal}>${each.title}</option>`)}
    </select>
  </div>`;
}

/** Book, or while the attempt is on its way "Booking…", or what is known when it is not confirmed yet. */
function renderBookingState(view: StepView): TemplateResult {
  const { localize, booking } = view;
  if (booking.state.status === 'unconfirmed') {
    return html`<div part="unconfirmed" class="notice notice--error" role="alert">
        <p><strong>${localize.term('bookingUnconfirmed')}</strong></p>
        <p>${localize.term('bookingUnconfirmedHelp')}</p>
      </div>
      <button part="button check" class="primary" type="button" @click=${() => void booking.check()}>${localize.term('checkAgain')}</button>`;
  }
  // A busy button keeps its focus: aria-disabled, and presses are ignored while busy.
  return html`${
    view.flow.error
      ? html`<p part="error" class="notice notice--error" role="alert">${refusalText(localize, view.flow.error)}</p>`
      : nothing
  }
    <button part="button confirm" class="primary" type="button" aria-disabled=${booking.busy ? 'true' : 'false'} @click=${() => view.book()}>
      ${booking.busy ? localize.term('booking') : localize.term('bookSession')}
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
