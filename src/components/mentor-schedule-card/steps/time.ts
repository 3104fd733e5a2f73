import { html, type TemplateResult } from 'lit';
import '../../mentor-agenda/define.js';
import type { StepView } from './view.js';

/** Step 3: the mentor's free times, in the zone the student last chose there. */
export function renderTime(view: StepView): TemplateResult {
  const { service, mentor, slotZone } = view.flow;
  return html`<mentor-agenda
    mentor=${mentor!.slug}
    service=${service!.slug}
    .client=${view.client}
    locale=${view.localize.locale}
    time-zone=${slotZone ?? view.timeZone}
    @mentorship-slot-select=${view.onSlotSelect}
  ></mentor-agenda>`;
}
