import { html, type TemplateResult } from 'lit';
import '../../mentor-agenda/define.js';
import type { SlotSelectEvent } from '../../../events/slot-select.js';
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
    @mentorship-slot-select=${(event: SlotSelectEvent) =>
      // Acted on once the event has reached the page, which may cancel it.
      queueMicrotask(() => {
        const { slot, timeZone, mentorTimeZone } = event.detail;
        if (!event.defaultPrevented) view.dispatch({ type: 'slot', slot, zone: timeZone, mentorZone: mentorTimeZone });
      })}
  ></mentor-agenda>`;
}
