/**
 * The open card's frame: Back, the step's title and count (both from the flow's definition), what the
 * flow has to say about the step, who and what stay in view, and the step itself — or, when its
 * service has no sessions left, the way out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorText, refusalText } from '../../../base/states.js';
import { countedSteps, FLOW, type Flow } from '../flow.js';
import { renderContext } from './context.js';
import { renderOutOfCredits } from './out-of-credits.js';
import type { StepView } from './view.js';

export function renderOpen(view: StepView): TemplateResult {
  const { localize, flow, outOfCredits } = view;
  const { step } = flow;
  const steps = countedSteps(view.isGroup(flow.service), !!view.client && !view.client.capabilities.availability);
  const number = steps.indexOf(step) + 1;
  return html`<div class="step-header">
      ${
        step === 'booked'
          ? nothing
          : html`<button
              part="button back"
              class="back"
              type="button"
              aria-disabled=${view.writes.busy ? 'true' : 'false'}
              @click=${() => view.dispatch({ type: 'back', outOfCredits })}
            >
              <span aria-hidden="true">‹</span> ${localize.term(step === 'service' ? 'close' : 'back')}
            </button>`
      }
      <div class="step-heading">
        <h2 part="step-title" class="step-title" tabindex="-1">${localize.term(outOfCredits ? 'stepNoCredits' : FLOW[step].title)}</h2>
        ${number > 0 && !outOfCredits ? html`<span class="step-count">${localize.term('stepOf', number, steps.length)}</span>` : nothing}
      </div>
    </div>
    ${renderNotice(view, flow)}
    ${outOfCredits ? renderOutOfCredits(view) : html`${renderContext(view)}${FLOW[step].render(view)}`}`;
}

/** What the flow has to say about the step: an unknown deep link, a time or seat just refused. */
function renderNotice({ localize }: StepView, flow: Flow): TemplateResult | typeof nothing {
  const { notice } = flow;
  if (!notice) return nothing;
  let text: string;
  if (notice.kind === 'unknown-service') text = localize.term('unknownService', notice.slug);
  else if (notice.kind === 'unknown-mentor') text = localize.term('unknownMentor', notice.slug);
  else {
    text = refusalText(localize, notice.error);
    // A full group session, in our words unless the backend gave its own.
    if (flow.step === 'group' && text === errorText(localize, notice.error)) text = localize.term('groupFilled');
  }
  return html`<p part="notice" class="notice notice--error" role="alert">${text}</p>`;
}
