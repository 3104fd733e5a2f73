/**
 * Resolves the backend client a component talks to: its own `.client` property, then a provider's,
 * then an HTTP client built from its own `api-base` attribute. Components never import a concrete
 * client beyond that fallback.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { clientContext } from '../context/keys.js';
import { HttpClientForApiBase } from '../client/http-for-api-base.js';
import type { MentorshipClient } from '../client/types.js';

export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  client?: MentorshipClient;
  apiBase?: string;
  credentials?: string;
}

export class ClientController {
  readonly #contextClient: ContextConsumer<typeof clientContext, ClientHost>;
  readonly #fallback: HttpClientForApiBase;

  /** @param locale the language the fallback HTTP client asks the backend's messages in. */
  constructor(
    private readonly host: ClientHost,
    locale: () => string,
  ) {
    this.#contextClient = new ContextConsumer(host, { context: clientContext, subscribe: true });
    this.#fallback = new HttpClientForApiBase(locale);
  }

  /** The client in use, or `undefined` when the page gave none (components show that as an error). */
  get client(): MentorshipClient | undefined {
    if (this.host.client) return this.host.client;
    if (this.#contextClient.value) return this.#contextClient.value;
    return this.#fallback.clientFor(this.host.apiBase, this.host.credentials);
  }
}
