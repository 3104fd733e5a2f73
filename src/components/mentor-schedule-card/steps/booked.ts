import { html, nothing, type TemplateResult } from 'lit';
import { prefetchCalendar } from '../../../base/calendar.js';
import { fullDateTimeInZone } from '../../../utils/time.js';
import { safeHttpUrl } from '../../../utils/url.js';
import type { StepView } from './view.js';

/** The end: when and with whom, the join link; "Done" (back to the collapsed card), "Add to calendar", "Book another". */
export function renderBooked(view: StepView): TemplateResult {
  const { localize, flow } = view;
  const session = flow.booked!;
  const zone = flow.slotZone ?? view.timeZone;
  const join = safeHttpUrl(session.joinUrl);
  return html`<div class="done" role="status">
    ${
      flow.series && view.series
        ? view.series.renderBooked(view)
        : html`<p><strong>${localize.term('bookedWith', fullDateTimeInZone(session.startsAt, localize.locale, zone), session.mentor.name)}</strong></p>`
    }
    <p class="muted">${flow.service?.name} · ${localize.term('minutes', flow.service?.durationMinutes ?? 0)}</p>
    ${
      join
        ? html`<p>
          <a part="join" href=${join} target="_blank" rel="noopener"
            >${localize.term('joinLink')}<span class="visually-hidden"> ${localize.term('opensInNewTab')}</span></a
          >
        </p>`
        : nothing
    }
    <div class="actions">
      <button part="button done" class="primary" type="button" @click=${() => view.dispatch({ type: 'done' })}>${localize.term('done')}</button>
      <button
        part="button calendar"
        type="button"
        @pointerenter=${prefetchCalendar}
        @focus=${prefetchCalendar}
        .ariaExpanded=${flow.series ? null : 'false'}
        @click=${(event: Event) => view.dispatch({ type: 'calendar', button: event.currentTarget as HTMLElement })}
      >
        ${localize.term('addToCalendar')}
      </button>
      <button part="button book-another" type="button" @click=${() => view.dispatch({ type: 'restart' })}>
        ${localize.term('bookAnother')}
      </button>
    </div>
  </div>`;
}
