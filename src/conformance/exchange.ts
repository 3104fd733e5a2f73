/**
 * The kit's requests: each sent as the widgets' HTTP client sends it (JSON, `Authorization: Bearer`,
 * `Accept-Language`, an `Idempotency-Key` on writes) and kept with its answer, so that a failure can be
 * shown as the request and the answer that broke the contract, and a write sent again as it was (the
 * account's name is kept, never its token).
 */

export interface Exchange {
  method: string;
  /** The route as openapi.yaml names it (`/sessions/{id}/cancel`). */
  route: string;
  /** The path actually asked, with its query (`/sessions/s-1/cancel`). */
  path: string;
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  as?: string;
  key?: string;
  body?: unknown;
  status: number;
  /** The answer's body: parsed JSON, else its text (`''` when empty). */
  answer: unknown;
  /** Whether the answer was JSON. */
  json: boolean;
  ms: number;
}

export interface Request {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** openapi.yaml's route; `{name}` parts are filled from `params`. */
  route: string;
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  /** Whose token: the account's name in the options (`student`, `mentor`, `broke`), or a literal token. */
  as?: string;
  key?: string;
  body?: unknown;
}

export interface CallerOptions {
  base: string;
  tokens: Record<string, string | undefined>;
  language: string;
  fetch: typeof fetch;
  /** Each request's time limit. */
  timeoutMs: number;
}

export type Call = (request: Request) => Promise<Exchange>;

export function createCaller({ base, tokens, language, fetch, timeoutMs }: CallerOptions): Call {
  const root = base.replace(/\/+$/, '');
  return async ({ method = 'GET', route, params = {}, query = {}, as = 'student', key, body }) => {
    let path = route.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
    const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
    if ([...search].length) path += `?${search}`;
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language };
    const token = as in tokens ? tokens[as] : as;
    if (token) headers.Authorization = `Bearer ${token}`;
    if (key) headers['Idempotency-Key'] = key;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const started = Date.now();
    const response = await fetch(root + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let answer: unknown = text;
    let json = false;
    try {
      answer = JSON.parse(text);
      json = true;
    } catch {
      // Kept as text: the check that reads it says what was expected.
    }
    return { method, route, path, params, query, as, key, body, status: response.status, answer, json, ms: Date.now() - started };
  };
}

/** The same request again, with the same Idempotency-Key: what a client that lost the answer sends. */
export function resend(call: Call, exchange: Exchange): Promise<Exchange> {
  const { method, route, params, query, as, key, body } = exchange;
  return call({ method: method as Request['method'], route, params, query, as, key, body });
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** An exchange in two lines for the report: what was asked, what came back (bodies clipped). */
export function describeExchange(exchange: Exchange): string[] {
  const key = exchange.key ? ` (Idempotency-Key ${exchange.key})` : '';
  const sent = exchange.body === undefined ? '' : ` ${clip(JSON.stringify(exchange.body), 160)}`;
  const answer = typeof exchange.answer === 'string' ? exchange.answer : JSON.stringify(exchange.answer);
  return [`request: ${exchange.method} ${exchange.path}${key}${sent}`, `answer:  ${exchange.status} ${clip(answer || '(empty)', 240)}`];
}
