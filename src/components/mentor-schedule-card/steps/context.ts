import { html, nothing, type TemplateResult } from 'lit';
import { renderAvatar } from '../../../base/avatar.js';
import { clock } from '../../../utils/clock.js';
import { localTimeOf } from '../../../utils/time.js';
import type { StepView } from './view.js';

/**
 * Who and what stay in view: from the mentor (or group) step on, the service and its length; from the
 * time step on, the mentor with their local time. The confirm step sums it all up itself.
 */
export function renderContext(view: StepView): TemplateResult | typeof nothing {
  const { flow, localize } = view;
  const { step, service, mentor } = flow;
  if (!service || step === 'service' || step === 'confirm' || step === 'booked') return nothing;
  const { locale } = localize;
  return html`<div part="context" class="context">
    <p><strong>${service.name}</strong> · <span class="length">${localize.term('minutes', service.durationMinutes)}</span></p>
    ${
      mentor && step === 'time'
        ? html`<p class="who">
          ${renderAvatar(view.host, mentor)}
          <span><bdi>${mentor.name}</bdi> · ${localize.term('localTimeIn', localTimeOf(clock.now(), locale, mentor.timezone), localize.catalog.city(mentor.timezone))}</span>
        </p>`
        : nothing
    }
  </div>`;
}
