import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cached-answers.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bucketsFor, sessionsAvailable } from '../../client/credits.js';
import type { CreditBucket } from '../../client/types.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading } from '../../base/states.js';
import { formatInZone } from '../../utils/time.js';
import { safeHttpUrl } from '../../utils/url.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './mentorship-credits.styles.js';

/**
 * @summary The student's mentoring credits: how many sessions are left in each bucket, whether they
 * renew, and where to get more.
 *
 * @tagname mentorship-credits
 *
 * @event mentorship-error - A request failed; `detail.code` says why.
 *
 * @slot empty - Replaces "You have no mentoring sessions for this yet."
 *
 * @csspart credits - The whole block.
 * @csspart empty - The message when no bucket pays for the service.
 * @csspart bucket - One credit bucket.
 * @csspart count - The number left, "Unlimited", or the compact summary.
 * @csspart renewal - "Renews on …" or "Does not renew".
 * @csspart purchase - The "Get more sessions" link.
 * @csspart loading - The skeleton while loading.
 * @csspart error - The error message.
 * @csspart button - Buttons ("Try again").
 */
export class MentorshipCredits extends MentorshipElement {
  static override styles = [tokens, base, styles];

  static override properties: PropertyDeclarations = {
    service: { reflect: true },
    purchaseUrl: { attribute: 'purchase-url' },
    subscriptionsUrl: { attribute: 'subscriptions-url' },
    compact: { type: Boolean, reflect: true },
  };

  /** Show only the buckets that pay for this service (a slug). */
  service?: string;

  /** Where students buy more sessions; shown as "Get more sessions" when a bucket is empty. Only `http(s):` URLs are used. */
  purchaseUrl?: string;

  /** Where students manage their plan; shown as "Manage subscriptions". Only `http(s):` URLs are used. */
  subscriptionsUrl?: string;

  /**
   * A short form for a card header: with `service`, one line ("3 sessions left", "Unlimited sessions");
   * without, one line per bucket.
   */
  compact = false;

  readonly #credits = new LoadController(this, {
    task: ([client], { signal }) => this.call('credits', signal, () => this.requireClient(client).getCredits({ signal })),
    // Another student, language or zone drops what was shown at once.
    args: () => [this.resolvedClient, this.localize.locale, this.resolvedTimeZone] as const,
  });

  constructor() {
    super();
    // After a change the cache has already forgotten what it changed: no need to drop the rest.
    new RefreshOnChangeController(this, () => void this.#credits.run());
  }

  /** Loads the credits again. */
  refresh(): void {
    dropCachedAnswers(this.resolvedClient);
    void this.#credits.run();
  }

  override render(): TemplateResult {
    return this.#credits.render({
      initial: () => renderLoading(this.localize, this.compact ? 1 : 3),
      pending: () => (this.#credits.value ? this.#renderCredits(this.#credits.value) : renderLoading(this.localize, this.compact ? 1 : 3)),
      complete: buckets => this.#renderCredits(buckets),
      error: error => renderError(this.localize, error, () => this.refresh()),
    }) as TemplateResult;
  }

  #renderCredits(all: CreditBucket[]): TemplateResult {
    const buckets = bucketsFor(all, this.service);
    const available = sessionsAvailable(buckets);
    if (this.compact && this.service) {
      return html`<span part="count" class="compact ${available === 0 ? 'empty' : ''}"
        >${available === null ? this.localize.term('unlimitedSessions') : this.localize.term('sessionsLeft', available)}</span
      >`;
    }
    if (this.compact) {
      // Buckets pay for different services: a single total would promise what one service cannot give.
      // What can be booked now comes first; a spent bucket is an alarm only when nothing is left at all.
      const spent = (bucket: CreditBucket) => bucket.remaining === 0;
      return html`<ul class="compact-list">
        ${[...buckets.filter(bucket => !spent(bucket)), ...buckets.filter(spent)].map(
          bucket => html`<li part="bucket">
            <span class="name">${bucket.name}</span>
            <span part="count" class="compact ${spent(bucket) ? (available === 0 ? 'empty' : 'spent') : ''}">${this.#countText(bucket)}</span>
          </li>`,
        )}
      </ul>`;
    }
    return html`<section part="credits" class="credits" aria-labelledby="title">
      <h3 class="title" id="title">${this.localize.term('creditsTitle')}</h3>
      ${
        buckets.length === 0
          ? html`<p part="empty" class="muted"><slot name="empty">${this.localize.term('noCredits')}</slot></p>`
          : html`<ul>
            ${buckets.map(bucket => this.#renderBucket(bucket))}
          </ul>`
      }
      ${available === 0 ? html`<p>${this.localize.term('outOfCredits')}</p>` : nothing} ${this.#renderLinks(available === 0)}
    </section>`;
  }

  #renderBucket(bucket: CreditBucket): TemplateResult {
    const { remaining } = bucket;
    const renewal = bucket.renewsAt
      ? this.localize.term(
          'renewsOn',
          formatInZone(bucket.renewsAt, this.localize.locale, this.resolvedTimeZone, { day: 'numeric', month: 'long' }),
        )
      : this.localize.term('doesNotRenew');
    return html`<li part="bucket">
      <span class="name">${bucket.name}</span>
      <span part="count" class="count ${remaining === 0 ? 'empty' : ''}">${this.#countText(bucket)}</span>
      <span part="renewal" class="renewal">${renewal}</span>
    </li>`;
  }

  #countText({ remaining }: CreditBucket): string {
    return remaining === null ? this.localize.term('unlimited') : this.localize.term('countLeft', remaining);
  }

  #renderLinks(outOfCredits: boolean): TemplateResult | typeof nothing {
    const purchase = outOfCredits ? safeHttpUrl(this.purchaseUrl) : null;
    const subscriptions = safeHttpUrl(this.subscriptionsUrl);
    if (!purchase && !subscriptions) return nothing;
    return html`<div class="links">
      ${
        purchase
          ? html`<a part="purchase" class="button primary" href=${purchase} target="_blank" rel="noopener"
            >${this.localize.term('getMoreMentorships')}</a
          >`
          : nothing
      }
      ${
        subscriptions
          ? html`<a href=${subscriptions} target="_blank" rel="noopener">${this.localize.term('manageSubscriptions')}</a>`
          : nothing
      }
    </div>`;
  }
}
