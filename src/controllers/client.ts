/**
 * Resolves the backend client a component talks to: its own `.client` property, then a provider's,
 * then an HTTP client built from its own `api-base` attribute. Components never import a concrete
 * client beyond that fallback.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { clientContext } from '../context/keys.js';
import { httpClientFor } from '../client/http-for-api-base.js';
import type { MentorshipClient } from '../client/types.js';

export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  client?: MentorshipClient;
  apiBase?: string;
  credentials?: string;
}

/**
 * The client `host` talks to, read at each call; `undefined` when the page gave none (components show
 * that as an error). `locale`: the language the fallback HTTP client asks the backend's messages in.
 */
export function clientOf(host: ClientHost, locale: () => string): () => MentorshipClient | undefined {
  const provided = new ContextConsumer(host, { context: clientContext, subscribe: true });
  const fallback = httpClientFor(locale);
  return () => host.client ?? provided.value ?? fallback(host.apiBase, host.credentials);
}
