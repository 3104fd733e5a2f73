import { createHttpClient } from './http.js';
import type { MentorshipClient } from './types.js';

/**
 * One HTTP client per `api-base` value, rebuilt only when the value (or `credentials`: `include` sends
 * the page's cookies to an API on another origin, `omit` none, else same-origin) changes, so a
 * component's re-renders do not create clients (or lose their state) over and over. `locale`: the
 * language the backend's messages are asked in, read at each request.
 */
export function httpClientFor(locale: () => string): (apiBase?: string, credentials?: string) => MentorshipClient | undefined {
  let current: { key: string; client: MentorshipClient } | undefined;
  return (apiBase, credentials) => {
    if (!apiBase) return undefined;
    const mode = credentials === 'include' || credentials === 'omit' ? credentials : undefined;
    const key = `${mode} ${apiBase}`;
    if (current?.key !== key) current = { key, client: createHttpClient({ baseUrl: apiBase, locale, credentials: mode }) };
    return current.client;
  };
}
