import { html, type TemplateResult } from 'lit';
import '../../mentor-list/define.js';
import type { MentorSelectEvent } from '../../../events/mentor-select.js';
import type { StepView } from './view.js';

/** Step 2: the service's mentors. Nested tags get the card's own client, language and zone, whichever level those came from. */
export function renderMentor(view: StepView): TemplateResult {
  return html`<mentor-list
    service=${view.flow.service!.slug}
    page-size="4"
    .client=${view.client}
    locale=${view.localize.locale}
    time-zone=${view.timeZone}
    .rankLast=${view.host.rankLast ?? []}
    @mentorship-mentor-select=${(event: MentorSelectEvent) =>
      // Acted on once the event has reached the page, which may cancel it.
      queueMicrotask(() => event.defaultPrevented || view.dispatch({ type: 'mentor', mentor: event.detail.mentor }))}
  ></mentor-list>`;
}
