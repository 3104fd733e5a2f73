import { ContextProvider } from '@lit/context';
import { LitElement, css, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { withCache } from '../../client/cache.js';
import { sessionsChanged } from '../../client/cache.js';
import { httpClientFor } from '../../client/http-for-api-base.js';
import type { MentorshipClient } from '../../client/types.js';
import { clientContext, localeContext, timeZoneContext } from '../../context/keys.js';
import { SESSION_CHANGE_EVENTS } from '../../events/session-changes.js';
import { answersUnder } from '../../base/routing.js';
import type { ContextEvent } from '@lit/context';
import { closestAcrossShadows } from '../../utils/dom.js';
import { languageOf } from '../../controllers/localize.js';

/**
 * @summary Gives every mentorship component inside it — also inside other components' shadow roots —
 * one backend client, one language and one time zone. Components under one provider share its
 * client's answers: identical requests are sent once, and a booking refreshes what it changes. It
 * also routes what one tag asks of another — a journey's next step, a goal's "Book a session for this
 * goal", a check-in's "Find another mentor" — to the tag under it that answers (the first of its kind),
 * unless the page cancels the request to do it its own way.
 *
 * @tagname mentorship-provider
 * @slot - The part of the page that holds mentorship components.
 */
export class MentorshipProvider extends LitElement {
  // The provider adds no box of its own: its children lay out as if it were not there.
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    client: { attribute: false },
    apiBase: { attribute: 'api-base', reflect: true },
    credentials: { reflect: true },
    locale: { reflect: true },
    timeZone: { attribute: 'time-zone', reflect: true },
  };

  /**
   * The backend client for every component inside. Wins over `api-base`. Set it as a property;
   * build it with `createHttpClient`, `createMemoryClient` or an adapter.
   */
  client?: MentorshipClient;

  /** Base URL of a backend that speaks the REST contract, used when `client` is not set. */
  apiBase?: string;

  /**
   * With `api-base`: whether the page's cookies go with each request. `include` for an API on another
   * origin that uses the LMS's cookie session (it must allow credentials in CORS); `omit` for none.
   * Default: same-origin requests only.
   */
  credentials?: 'include' | 'omit' | 'same-origin';

  /** Language for every component inside, as a BCP 47 tag (`en`, `es`, `es-CO`). */
  locale?: string;

  /** The student's IANA time zone for every component inside (`America/Bogota`). Default: the browser's. */
  timeZone?: string;

  readonly #providedClient = new ContextProvider(this, { context: clientContext });
  readonly #providedLocale = new ContextProvider(this, { context: localeContext });
  readonly #providedTimeZone = new ContextProvider(this, { context: timeZoneContext });

  /** The language requests are made in (`Accept-Language`): this provider's, else the nearest `lang`, else the browser's. */
  readonly #language = () => languageOf(this, this.locale);
  readonly #httpClient = httpClientFor(this.#language);

  /**
   * A booking, cancellation, move or rating announced anywhere on the page (another provider, a
   * client of the page's own) changes what this provider's cache keeps: it forgets that, before the
   * components hearing the same event load again.
   */
  readonly #onSessionsChanged = () => sessionsChanged(this.#providedClient.value);

  /** Our tags under this provider, as they asked it for their client: those it routes requests to. */
  readonly #tags = new Set<Element>();

  constructor() {
    super();
    this.addEventListener('context-request', event => {
      const { context, contextTarget } = event as ContextEvent<typeof clientContext>;
      if (context === clientContext) this.#tags.add(contextTarget ?? (event.composedPath()[0] as Element));
    });
    answersUnder(this, tag => this.#answerer(tag));
  }

  /** The first `tag` still under this provider (not under another one inside it). */
  #answerer(tag: string): Element | undefined {
    for (const candidate of this.#tags) {
      if (!candidate.isConnected) this.#tags.delete(candidate);
      else if (candidate.localName === tag && closestAcrossShadows(candidate, 'mentorship-provider') === this) return candidate;
    }
    return undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of SESSION_CHANGE_EVENTS) window.addEventListener(type, this.#onSessionsChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of SESSION_CHANGE_EVENTS) window.removeEventListener(type, this.#onSessionsChanged);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.#providedLocale.setValue(this.locale || undefined);
    if (changed.has('timeZone')) this.#providedTimeZone.setValue(this.timeZone || undefined);
    if (changed.has('client') || changed.has('apiBase') || changed.has('credentials')) {
      // One cache for everything under this provider: tags asking the same thing share one request.
      const client = this.client ?? this.#httpClient(this.apiBase, this.credentials);
      // Answers are kept per language: a new language (here or `<html lang>`) asks again.
      this.#providedClient.setValue(client && withCache(client, { scope: this.#language }));
    }
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
