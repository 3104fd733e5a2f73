import { html, nothing, type TemplateResult } from 'lit';
import { safeHttpUrl } from '../../../utils/url.js';
import type { StepView } from './view.js';

/** Instead of a step, when the chosen service has no sessions left: where to get more (the header's Back goes to the services). */
export function renderOutOfCredits(view: StepView): TemplateResult {
  const { localize } = view;
  const purchase = safeHttpUrl(view.host.purchaseUrl);
  return html`<div class="state">
    <p>${localize.term('outOfCredits')}</p>
    ${
      purchase
        ? html`<a part="purchase" class="button primary" href=${purchase} target="_blank" rel="noopener"
          >${localize.term('getMoreMentorships')}</a
        >`
        : nothing
    }
    ${view.support(true)}
  </div>`;
}
