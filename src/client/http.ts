/**
 * `createHttpClient`: a `MentorshipClient` for our REST contract (docs/rest-api.md, docs/openapi.yaml).
 */
import { MentorshipError, errorCodeForStatus } from './errors.js';
import { ShapeError, type Decoder } from './decode.js';
import {
  availabilityResponse,
  creditsResponse,
  errorMessageOf,
  holdResponse,
  mentorsResponse,
  servicesResponse,
  sessionResponse,
  sessionsResponse,
} from './schemas.js';
import type { ClientCapabilities, MentorshipClient } from './types.js';

type Awaitable<T> = T | Promise<T>;

export interface HttpClientOptions {
  /** Where the contract's paths live, e.g. `https://lms.example.com/api/mentorship` or `/api`. */
  baseUrl: string;
  /**
   * Returns the student's bearer token, or `null` to send none (cookie sessions). Called before every
   * request, so a refreshed token is picked up; the token is never written anywhere else.
   */
  getToken?: () => Awaitable<string | null | undefined>;
  /** The language for the backend's messages (`Accept-Language`): a tag, or a getter for the current one. */
  locale?: string | (() => string);
  /** Whether cookies go with requests. Default `same-origin`; `include` for a cookie-authenticated API on another origin. */
  credentials?: RequestCredentials;
  /** A request with no answer after this long fails with `timeout`. Default 15 000 ms. */
  timeoutMs?: number;
  /** How many times a transient failure is retried (GETs, and POSTs that carry an idempotency key). Default 2. */
  retries?: number;
  /** The first retry's delay; each next one doubles it. Default 400 ms. */
  retryDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails with `rate-limited`. Default 10 s. */
  maxRetryAfterSeconds?: number;
  /** What this backend supports; everything by default. */
  capabilities?: Partial<ClientCapabilities>;
  /** For tests and special runtimes; `globalThis.fetch` by default. */
  fetch?: typeof fetch;
}

interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** How to read a successful answer; `null` when none is expected (204). */
  decode: Decoder<T> | null;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function createHttpClient(options: HttpClientOptions): MentorshipClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 400;
  const maxRetryAfterSeconds = options.maxRetryAfterSeconds ?? 10;
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  function urlFor(path: string, query: RequestSpec<unknown>['query']): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, value);
    }
    const search = params.toString();
    return `${baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  async function headersFor(spec: RequestSpec<unknown>): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json' });
    const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
    if (locale) headers.set('Accept-Language', locale);
    const token = await options.getToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    return headers;
  }

  /** One round trip: every way it can fail becomes a `MentorshipError`, except the caller's own abort. */
  async function attempt<T>(spec: RequestSpec<T>, url: string, headers: Headers): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout;
    const transportError = (cause: unknown): unknown => {
      if (spec.signal?.aborted) return spec.signal.reason;
      if (timeout.aborted) return new MentorshipError('timeout', `No answer from ${url} within ${timeoutMs} ms`, { cause });
      return new MentorshipError('network', `Could not reach ${url}`, { cause });
    };

    let response: Response;
    let body: string;
    try {
      response = await fetchImpl(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        credentials: options.credentials ?? 'same-origin',
        signal,
      });
      body = await response.text();
    } catch (cause) {
      throw transportError(cause);
    }

    let json: unknown;
    let parsed = true;
    try {
      json = body === '' ? undefined : JSON.parse(body);
    } catch {
      parsed = false;
    }

    if (!response.ok) {
      throw new MentorshipError(
        errorCodeForStatus(response.status),
        (parsed && errorMessageOf(json)) || `${spec.method} ${url} answered ${response.status}`,
        { status: response.status, retryAfter: parseRetryAfter(response.headers.get('Retry-After')) },
      );
    }
    if (spec.decode === null) return undefined as T;
    if (!parsed) {
      throw new MentorshipError('invalid-response', `${spec.method} ${url} did not answer JSON`, { status: response.status });
    }
    try {
      return spec.decode(json, 'response');
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new MentorshipError('invalid-response', `${spec.method} ${url}: ${error.message}`, {
        status: response.status,
        cause: error,
      });
    }
  }

  /** Whether a failed attempt may be sent again: only what is safe to repeat, only what may pass. */
  function retryDelay(spec: RequestSpec<unknown>, error: unknown, attemptIndex: number): number | null {
    const repeatable = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    if (!repeatable || attemptIndex >= retries || !(error instanceof MentorshipError)) return null;
    // A backend that names its wait is obeyed, and not retried at all when the wait is too long.
    if (error.retryAfter !== undefined) return error.retryAfter <= maxRetryAfterSeconds ? error.retryAfter * 1000 : null;
    return error.code === 'network' || error.code === 'server' ? retryDelayMs * 2 ** attemptIndex : null;
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const url = urlFor(spec.path, spec.query);
    for (let attemptIndex = 0; ; attemptIndex += 1) {
      try {
        return await attempt(spec, url, await headersFor(spec));
      } catch (error) {
        const delay = retryDelay(spec, error, attemptIndex);
        if (delay === null) throw error;
        await sleep(delay, spec.signal);
      }
    }
  }

  const segment = encodeURIComponent;

  return {
    capabilities: { availability: true, holds: true, cancel: true, ...options.capabilities },

    listServices: ({ signal } = {}) => request({ method: 'GET', path: '/services', signal, decode: servicesResponse }),

    listMentors: ({ service, signal } = {}) =>
      request({ method: 'GET', path: '/mentors', query: { service }, signal, decode: mentorsResponse }),

    getAvailability: ({ mentor, service, from, to, signal }) =>
      request({
        method: 'GET',
        path: `/mentors/${segment(mentor)}/availability`,
        query: { service, from, to },
        signal,
        decode: availabilityResponse,
      }),

    bookSession: ({ mentor, service, startsAt, agenda, timezone, idempotencyKey, holdId, signal }) =>
      request({
        method: 'POST',
        path: '/sessions',
        body: { service, mentor, starts_at: startsAt, timezone, agenda: agenda ?? '', ...(holdId ? { hold_id: holdId } : {}) },
        idempotencyKey,
        signal,
        decode: sessionResponse,
      }),

    getCredits: ({ signal } = {}) => request({ method: 'GET', path: '/credits', signal, decode: creditsResponse }),

    listSessions: ({ status, signal }) =>
      request({ method: 'GET', path: '/sessions', query: { status }, signal, decode: sessionsResponse }),

    cancelSession: ({ id, signal }) =>
      request({ method: 'POST', path: `/sessions/${segment(id)}/cancel`, signal, decode: sessionResponse }),

    holdSlot: ({ mentor, service, startsAt, signal }) =>
      request({
        method: 'POST',
        path: '/holds',
        body: { service, mentor, starts_at: startsAt },
        signal,
        decode: holdResponse,
      }),

    releaseHold: ({ id, signal }) => request({ method: 'DELETE', path: `/holds/${segment(id)}`, signal, decode: null }),
  };
}
