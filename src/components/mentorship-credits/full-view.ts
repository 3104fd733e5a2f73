/**
 * The credits' full view: each bucket with its renewal, where to get more or manage the plan, and
 * "Contact support" where the student is stuck. A chunk of its own: the collapsed card shows only the
 * compact count, so it never fetches this; a page with the full `<mentorship-credits>` fetches it
 * while the credits load.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { CreditBucket } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize.js';
import '../../i18n/en/credits.js';
import { formatInZone } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { adoptSheet } from '../../styles/base.js';

const styles = css`
  .credits {
    display: grid;
    gap: 8px;
  }
  .title {
    margin: 0;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 8px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface);
  }
  .count {
    font-weight: 700;
    white-space: nowrap;
  }
  .count.empty {
    color: var(--_danger);
  }
  .renewal {
    grid-column: 1 / -1;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .links,
  .support {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    margin: 0;
  }
  .support p {
    margin: 0;
  }
`;

/** Adds the full view's look to the element's shadow root (constructed style sheets: fine under a strict CSP). */
export function adoptFullStyles(root: ShadowRoot | null): void {
  adoptSheet(root, styles);
}

export interface FullCreditsView {
  localize: LocalizeController;
  timeZone: string;
  buckets: CreditBucket[];
  /** Sessions left across the buckets: `null` for unlimited. */
  available: number | null;
  countText(bucket: CreditBucket): string;
  purchaseUrl?: string;
  subscriptionsUrl?: string;
  /** "Contact support" and the programme manager. */
  support(): TemplateResult | typeof nothing;
}

export function renderFullCredits(view: FullCreditsView): TemplateResult {
  const { localize, buckets, available } = view;
  // No sessions left, or none for this at all: a student stuck here is offered someone to ask.
  const stuck = available === 0 || buckets.length === 0;
  return html`<section part="credits" class="credits surface" aria-labelledby="title">
    <h3 class="title" id="title">${localize.term('creditsTitle')}</h3>
    ${
      buckets.length === 0
        ? html`<p part="empty" class="muted"><slot name="empty">${localize.term('noCredits')}</slot></p>`
        : html`<ul>
          ${buckets.map(bucket => renderBucket(view, bucket))}
        </ul>`
    }
    ${
      // "Ran out" only of sessions the student had: with none at all, the empty state says it.
      available === 0 && buckets.length ? html`<p>${localize.term('outOfCredits')}</p>` : nothing
    }
    ${renderLinks(view, available === 0)}
    ${stuck ? view.support() : nothing}
  </section>`;
}

function renderBucket(view: FullCreditsView, bucket: CreditBucket): TemplateResult {
  const { localize } = view;
  const renewal = bucket.renewsAt
    ? localize.term('renewsOn', formatInZone(bucket.renewsAt, localize.locale, view.timeZone, { day: 'numeric', month: 'long' }))
    : localize.term('doesNotRenew');
  return html`<li part="bucket">
    <span class="name">${bucket.name}</span>
    <span part="count" class="count ${bucket.remaining === 0 ? 'empty' : ''}">${view.countText(bucket)}</span>
    <span part="renewal" class="renewal">${renewal}</span>
  </li>`;
}

function renderLinks(view: FullCreditsView, outOfCredits: boolean): TemplateResult | typeof nothing {
  const purchase = outOfCredits ? safeHttpUrl(view.purchaseUrl) : null;
  const subscriptions = safeHttpUrl(view.subscriptionsUrl);
  if (!purchase && !subscriptions) return nothing;
  return html`<div class="links">
    ${
      purchase
        ? html`<a part="purchase" class="button primary" href=${purchase} target="_blank" rel="noopener"
          >${view.localize.term('getMoreMentorships')}</a
        >`
        : nothing
    }
    ${subscriptions ? html`<a href=${subscriptions} target="_blank" rel="noopener">${view.localize.term('manageSubscriptions')}</a>` : nothing}
  </div>`;
}
