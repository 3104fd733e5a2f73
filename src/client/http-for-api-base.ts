import { createHttpClient } from './http.js';
import type { MentorshipClient } from './types.js';

/**
 * One HTTP client per `api-base` value, rebuilt only when the value changes, so a component's
 * re-renders do not create clients (or lose their state) over and over.
 */
export class HttpClientForApiBase {
  private current?: { apiBase: string; client: MentorshipClient };

  /** @param locale the language the backend's messages are asked in, read at each request. */
  constructor(private readonly locale: () => string) {}

  clientFor(apiBase: string | undefined): MentorshipClient | undefined {
    if (!apiBase) return undefined;
    if (this.current?.apiBase !== apiBase) {
      this.current = { apiBase, client: createHttpClient({ baseUrl: apiBase, locale: this.locale }) };
    }
    return this.current.client;
  }
}
