/**
 * The base of every mentorship component: how it finds its backend client, language and time zone,
 * and the public attributes that override what a `<mentorship-provider>` gives.
 */
import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { isMentorshipError, MentorshipError } from '../client/errors.js';
import { takeDropped } from '../client/decode.js';
import type { MentorshipClient } from '../client/types.js';
import type { WriteAccess } from '../controllers/write.js';
import { clientOf } from '../controllers/client.js';
import { LocalizeController } from '../controllers/localize.js';
import { timeZoneOf } from '../controllers/time-zone.js';
import { MentorshipErrorEvent } from '../events/error.js';
import { attachContextRoot } from './context-root.js';
import { canRetry, clientGrace, NoClientError } from './states.js';
import { closestAcrossShadows } from '../utils/dom.js';
import { sleep } from '../utils/sleep.js';

/**
 * @cssproperty --mentorship-color-scheme - `light`, `dark` or `light dark` (follow the OS). Default: the page's own `color-scheme`. Inherited: set it once on a provider or the page.
 * @cssproperty --mentorship-font-family - Font; the page's by default.
 * @cssproperty --mentorship-color-accent - Buttons, links, the selected time. Default #2f5fd0 / dark #8ab4f8.
 * @cssproperty --mentorship-color-on-accent - Text on the accent. Default #ffffff / dark #0b1220.
 * @cssproperty --mentorship-color-text - Text. Default #1d2433 / dark #e6e9ef.
 * @cssproperty --mentorship-color-muted - Secondary text. Default #566074 / dark #a7b0c0.
 * @cssproperty --mentorship-color-surface - Backgrounds. Default #ffffff / dark #161b26.
 * @cssproperty --mentorship-color-surface-alt - Panels and states. Default #f3f5f9 / dark #1f2633.
 * @cssproperty --mentorship-color-border - Borders. Default #d3d9e4 / dark #3a4354.
 * @cssproperty --mentorship-color-danger - Errors, empty balances. Default #b42318 / dark #ff8a80.
 * @cssproperty --mentorship-color-success - Confirmations. Default #067647 / dark #6ee7a8.
 * @cssproperty --mentorship-color-focus - The focus ring. Default #1d4ed8 / dark #93c5fd.
 * @cssproperty --mentorship-radius - Corner radius. Default 10px.
 * @cssproperty --mentorship-space - The spacing unit. Default 12px.
 * @cssproperty --mentorship-surface-padding - The tag's box's inner space. Default 1.33 × the spacing unit; `0` where the page already draws a card around the tag.
 * @cssproperty --mentorship-surface-border - The tag's box's border. Default `1px solid` the border colour; `none` where the page already draws a card around the tag.
 */
export class MentorshipElement extends LitElement {
  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    apiBase: { attribute: 'api-base', reflect: true },
    credentials: { reflect: true },
    locale: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
    theme: { reflect: true },
  };

  /**
   * The backend client to use. Wins over a provider's client and over `api-base`. Set it as a
   * property (`el.client = createMemoryClient()`), never as an attribute.
   */
  client?: MentorshipClient;

  /**
   * Base URL of a backend that speaks the REST contract, used to build an HTTP client when neither
   * `client` nor a `<mentorship-provider>` gives one.
   */
  apiBase?: string;

  /**
   * With `api-base`: whether the page's cookies go with each request. `include` for an API on another
   * origin that uses the LMS's cookie session (it must allow credentials in CORS); `omit` for none.
   * Default: same-origin requests only.
   */
  credentials?: 'include' | 'omit' | 'same-origin';

  /**
   * Language of the component's text and dates, as a BCP 47 tag (`en`, `es`, `es-CO`). Default: the
   * provider's, else the nearest `lang` attribute, else the browser's.
   */
  locale?: string;

  /**
   * The student's IANA time zone, in which every date and time is shown. Default: the provider's,
   * else the browser's.
   */
  timeZone?: string;

  /**
   * `light` or `dark` forces this element's colours (and those of what it renders); without it they
   * follow `--mentorship-color-scheme`, else the page's own `color-scheme`.
   */
  theme?: 'light' | 'dark';

  protected readonly localize = new LocalizeController(this);
  readonly #timeZone = timeZoneOf(this);
  readonly #client = clientOf(this, () => this.localize.locale);

  /** Where the keyboard goes once it is rendered, and what it may still be waiting for (see `focusWhenShown`). */
  #focusWhenShown: [selector: string, coming?: () => boolean] | undefined;

  /** When a load first found no client; 0 once `mentorship-error` said so (see `call`). */
  #noClient: number | undefined;

  /** "Try again" was pressed here once: an error shown now is one retrying did not fix (offer support). */
  protected retried = false;

  constructor() {
    super();
    // Heard on the way down, before the button's own handler: with real input, the re-render it asks
    // for runs between listeners and takes the button out of the tree before a bubbling listener.
    // After it the button is gone: the keyboard rests on the loading state, then on "Try again" if it
    // failed again, else on the first thing to use — never on the page's body.
    this.addEventListener(
      'click',
      event => {
        const target = event.composedPath()[0] as Element;
        if (target.getRootNode?.() === this.renderRoot && target.closest?.('[part~="retry"]')) {
          this.retried = true;
          this.#focusWhenShown = ['[part~="retry"]'];
        }
      },
      { capture: true },
    );
  }

  /**
   * Puts the keyboard on `selector` in this component as soon as it is rendered: while what it needs
   * loads (or while `coming()` says it is on its way: a list loaded again behind the one shown), on the
   * loading state; once nothing loads and it is not there, on the first thing to use.
   * How a tag moves itself when asked (a journey's next step, a goal's booking), and where it goes
   * after an action that re-renders it.
   */
  protected focusWhenShown(selector: string, coming?: () => boolean): void {
    this.#focusWhenShown = [selector, coming];
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#focusWhenShown) return;
    const [selector, coming] = this.#focusWhenShown;
    const root = this.renderRoot as ShadowRoot;
    const target = root.querySelector<HTMLElement>(selector);
    const loading = root.querySelector<HTMLElement>('[part~="loading"]');
    if (!target && (loading || coming?.())) {
      if (!root.activeElement) loading?.focus();
      return;
    }
    this.#focusWhenShown = undefined;
    const found =
      target ??
      root.querySelector<HTMLElement>('[part="step-title"], button:not([disabled]), a[href], input, select, textarea') ??
      root.querySelector<HTMLElement>('[part]');
    // A result with nothing to press (a balance) takes focus itself, by script only.
    if (found && found.tabIndex < 0 && !found.hasAttribute('tabindex')) found.tabIndex = -1;
    found?.focus();
  }

  /** Nothing renders until the component's language has arrived (see i18n/index.ts). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.localize.ready && super.shouldUpdate(changed);
  }

  override connectedCallback(): void {
    attachContextRoot();
    super.connectedCallback();
  }

  /** The client in use, whichever level it came from; `undefined` when the page gave none. */
  protected get resolvedClient(): MentorshipClient | undefined {
    return this.#client();
  }

  /** The zone in use, whichever level it came from. */
  protected get resolvedTimeZone(): string {
    return this.#timeZone();
  }

  /** The client, or a `NoClientError` for the component's error state when the page gave none. */
  protected requireClient(client: MentorshipClient | undefined): MentorshipClient {
    if (!client) throw new NoClientError();
    return client;
  }

  /**
   * Runs one backend call for the component: a failure is announced with a `mentorship-error` event
   * (once, here) and rethrown for the component's error state. An aborted call is not a failure. Records
   * left out of an answer's lists because they could not be read are announced too (`invalid-response`
   * with `dropped`), and the rest is shown.
   */
  protected async call<T>(operation: string, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    let value: T;
    try {
      value = await work();
    } catch (error) {
      if (signal?.aborted) throw error;
      if (error instanceof NoClientError) {
        // Keep loading while a client may come, which starts this load again (aborting this wait): a
        // provider around us whose code has not arrived yet (the CDN fetches it like any tag's) — 23
        // days, near the longest a timer waits: in practice until it comes —, or a page that sets
        // `.client` after a round trip of its own (a token to fetch first), for a grace period. Only
        // then is it a set-up error: neutral words for the student, the developer's in the console
        // (once a page) and in `mentorship-error` (`no-client`, once a tag).
        await sleep(this.#providerOnItsWay() ? 2e9 : (this.#noClient ??= Date.now()) + clientGrace.ms - Date.now(), signal);
        if (this.#noClient) {
          this.report(operation, error);
          if (!clientGrace.told) console.error(error.message);
          clientGrace.told = true;
          this.#noClient = 0;
        }
      } else this.report(operation, error);
      throw error;
    }
    const dropped = takeDropped(value);
    if (dropped) {
      this.report(operation, new MentorshipError('invalid-response', `${operation}: ${dropped} unreadable record(s) left out`), dropped);
    }
    return value;
  }

  /** Whether a `<mentorship-provider>` around this component (across shadow roots) is not defined yet. */
  #providerOnItsWay(): boolean {
    return !customElements.get('mentorship-provider') && closestAcrossShadows(this, 'mentorship-provider') !== null;
  }

  /**
   * What the tag's one `WriteController` reads of it (controllers/write.ts): its client, language, way
   * of reporting and of moving the keyboard; `own` adds the tag's `forgotten` (what to clear for
   * another student or backend) or its own `focus`.
   */
  protected writeAccess(own: Partial<WriteAccess> = {}): WriteAccess {
    return {
      host: this,
      client: () => this.resolvedClient,
      localize: this.localize,
      report: (operation, error) => this.report(operation, error),
      focus: selector => this.focusWhenShown(selector),
      ...own,
    };
  }

  /** Announces a failed call with `mentorship-error`. */
  protected report(operation: string, error: unknown, dropped?: number): void {
    const code = error instanceof NoClientError ? 'no-client' : isMentorshipError(error) ? error.code : 'unknown';
    this.dispatchEvent(new MentorshipErrorEvent({ code, retryable: canRetry(error), operation, error, ...(dropped && { dropped }) }));
  }
}
