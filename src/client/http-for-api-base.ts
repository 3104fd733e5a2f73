import { createHttpClient } from './http.js';
import type { MentorshipClient } from './types.js';

/** A `credentials` attribute as the HTTP client takes it: `include`, `omit`, else same-origin. */
export const credentialsMode = (value: string | null | undefined): 'include' | 'omit' | undefined =>
  value === 'include' || value === 'omit' ? value : undefined;

/**
 * One HTTP client per `api-base` value, rebuilt only when the value changes, so a component's
 * re-renders do not create clients (or lose their state) over and over.
 */
export class HttpClientForApiBase {
  private current?: { apiBase: string; credentials: string | undefined; client: MentorshipClient };

  /** @param locale the language the backend's messages are asked in, read at each request. */
  constructor(private readonly locale: () => string) {}

  /** @param credentials `include` sends the page's cookies to an API on another origin. */
  clientFor(apiBase: string | undefined, credentials?: string): MentorshipClient | undefined {
    if (!apiBase) return undefined;
    const mode = credentialsMode(credentials);
    if (this.current?.apiBase !== apiBase || this.current.credentials !== mode) {
      this.current = { apiBase, credentials: mode, client: createHttpClient({ baseUrl: apiBase, locale: this.locale, credentials: mode }) };
    }
    return this.current.client;
  }
}
