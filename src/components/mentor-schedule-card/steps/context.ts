import { html, nothing, type TemplateResult } from 'lit';
import { renderAvatar } from '../../../base/avatar.js';
import { clock } from '../../../utils/clock.js';
import { localTimeOf } from '../../../utils/time.js';
import type { StepView } from './view.js';

/**
 * Who and what stay in view: the goal the session is for, from the first step when the page chose it
 * (`goal`); from the mentor (or group) step on, the service and its length; from the time step on, the
 * mentor with their local time. The confirm step sums it all up itself.
 */
export function renderContext(view: StepView): TemplateResult | typeof nothing {
  const { flow, localize } = view;
  const { step, service, mentor } = flow;
  const goal = view.goals.find(each => each.id === view.goal);
  const withService = service && step !== 'service';
  if ((!goal && !withService) || step === 'confirm' || step === 'booked') return nothing;
  const { locale } = localize;
  return html`<div part="context" class="context">
    ${goal ? html`<p part="context-goal">${localize.term('forGoal', goal.title)}</p>` : nothing}
    ${withService ? html`<p><strong>${service.name}</strong> · <span class="length">${localize.term('minutes', service.durationMinutes)}</span></p>` : nothing}
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
