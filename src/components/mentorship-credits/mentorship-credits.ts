import { LoadController } from '../../controllers/load.js';
import { dropCachedAnswers } from '../../client/cache.js';
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { bucketsFor, sessionsAvailable } from '../../client/credits.js';
import type { CreditBucket } from '../../client/types.js';
import { RefreshOnChangeController } from '../../controllers/refresh-on-change.js';
import { MentorshipElement } from '../../base/mentorship-element.js';
import { renderError, renderLoading, renderStuck } from '../../base/states.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';
import { styles } from './mentorship-credits.styles.js';
import { lazy } from '../../utils/lazy.js';

/** The full view (full-view.ts), fetched the first time an element is not compact, once per page. */
type Full = typeof import('./full-view.js');
const loadFull = lazy(() => import('./full-view.js'));

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
 * @csspart support - "Contact support" and the programme manager's address, at zero or no credits and after an error retrying did not fix.
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
    supportUrl: { attribute: 'support-url' },
    supportEmail: { attribute: 'support-email' },
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

  /**
   * Where students ask for help (an `http(s):` page), offered as "Contact support" when they have no
   * sessions left, none for this at all, or an error that retrying did not fix. With a backend that has
   * programmes, the programme manager's address is offered too.
   */
  supportUrl?: string;

  /** The support team's address, for "Contact support" when there is no `support-url`. */
  supportEmail?: string;

  readonly #credits = new LoadController(this, {
    task: ([client], { signal }) => this.call('credits', signal, () => this.requireClient(client).getCredits({ signal })),
    // Another student, language or zone drops what was shown at once.
    args: () => [this.resolvedClient, this.localize.locale, this.resolvedTimeZone] as const,
  });

  #full: Full | undefined;
  #fullOnItsWay = false;
  /** The full view's code could not be fetched (offline): "Try again" fetches it again. */
  #fullError: unknown;

  constructor() {
    super();
    // After a change the cache has already forgotten what it changed: no need to drop the rest.
    new RefreshOnChangeController(this, () => void this.#credits.run());
  }

  protected override willUpdate(): void {
    // Fetched while the credits load: the full view costs no round trip of its own.
    this.#fetchFull();
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
      error: error => html`${renderError(this.localize, error, () => this.refresh())}${this.retried ? this.#renderSupport() : nothing}`,
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
    if (this.#fullError) {
      return renderError(this.localize, this.#fullError, () => {
        this.#fullError = undefined;
        this.requestUpdate();
      });
    }
    if (!this.#full) return renderLoading(this.localize);
    return this.#full.renderFullCredits({
      localize: this.localize,
      timeZone: this.resolvedTimeZone,
      buckets,
      available,
      countText: bucket => this.#countText(bucket),
      purchaseUrl: this.purchaseUrl,
      subscriptionsUrl: this.subscriptionsUrl,
      support: () => this.#renderSupport(),
    });
  }

  /** Where the student is stuck: the page's support contact, and the programme manager. */
  #renderSupport(): TemplateResult | typeof nothing {
    return renderStuck(this, this.localize, { client: this.resolvedClient, url: this.supportUrl, email: this.supportEmail });
  }

  /** Fetches the full view's code (once per page) unless the element is compact. */
  #fetchFull(): void {
    if (this.compact || this.#full || this.#fullOnItsWay || this.#fullError) return;
    this.#fullOnItsWay = true;
    loadFull().then(
      full => {
        full.adoptFullStyles(this.shadowRoot);
        this.#full = full;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.#fullOnItsWay = false;
        this.#fullError = error;
        this.report('credits', error);
        this.requestUpdate();
      },
    );
  }

  #countText({ remaining }: CreditBucket): string {
    return remaining === null ? this.localize.term('unlimited') : this.localize.term('countLeft', remaining);
  }
}
