import { html, nothing, type TemplateResult } from 'lit';
import { matchesQuery } from '../../../utils/search.js';
import { renderLoad } from './load.js';
import type { Offer, StepView } from './view.js';

/** Step 1: the services some mentor gives (only those of the chosen mentor, from a deep link), searchable. */
export function renderServices(view: StepView): TemplateResult {
  return renderLoad(view, view.offer, offer => renderOffer(view, offer));
}

function renderOffer(view: StepView, { services: all, mentors }: Offer): TemplateResult {
  const { localize } = view;
  const { mentor } = view.flow;
  // Only services that some mentor gives can be booked.
  const given = new Set(mentors.flatMap(candidate => candidate.services));
  const services = all.filter(service => given.has(service.slug));
  const offered = mentor ? services.filter(service => mentor.services.includes(service.slug)) : services;
  const query = view.state.query.trim();
  const shown = query ? offered.filter(service => matchesQuery(query, [service.name, service.description])) : offered;
  return html`<label class="search">
      <span class="visually-hidden">${localize.term('searchServices')}</span>
      <input
        type="search"
        placeholder=${localize.term('searchServices')}
        .value=${view.state.query}
        @input=${(event: Event) => view.dispatch({ type: 'query', text: (event.target as HTMLInputElement).value })}
      />
    </label>
    ${
      shown.length === 0
        ? html`<p part="empty" class="state" role="status">
          ${offered.length === 0 || mentors.length === 0 ? localize.term('noServices') : localize.term('noServicesMatch', query)}
        </p>`
        : html`<ul class="services">
          ${shown.map(service => {
            // A kind of service this version does not know is listed, but booked elsewhere.
            const unknownKind = service.kind !== 'one_to_one' && service.kind !== 'group';
            // Said before the click: this service has no sessions left (the step would say so anyway).
            const spent = view.creditsFor(service.slug) === 0;
            return html`<li>
              <button part="service" class="service" type="button" ?disabled=${unknownKind} @click=${() => view.dispatch({ type: 'choose-service', service })}>
                <strong><bdi>${service.name}</bdi> · ${localize.term('minutes', service.durationMinutes)}</strong>
                ${service.description ? html`<span>${service.description}</span>` : nothing}
                ${unknownKind ? html`<span class="muted">${localize.term('notBookableHere')}</span>` : nothing}
                ${spent ? html`<span part="no-credits" class="no-credits">${localize.term('stepNoCredits')}</span>` : nothing}
              </button>
            </li>`;
          })}
        </ul>`
    }`;
}
