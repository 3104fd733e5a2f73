/**
 * How every HTTP-based client talks to its backend: one request with a time limit, failures mapped
 * to `MentorshipError`, bounded retries of what is safe to repeat, and responses validated by a
 * decoder. `createHttpClient` and the adapters differ only in paths, headers and error bodies.
 */
import { MentorshipError, errorCodeForStatus, type MentorshipErrorCode } from './errors.js';
import { ShapeError } from './decode.js';
import { sleep } from '../utils/sleep.js';

type Awaitable<T> = T | Promise<T>;

/** The longest backend explanation shown to a student. */
const MAX_REASON_LENGTH = 300;

export interface TransportOptions {
  baseUrl: string;
  /** Headers for every request (authentication, language), computed per request. */
  headers?: () => Awaitable<Record<string, string | undefined>>;
  /** Reads a human message out of an error body. */
  errorMessage?: (body: unknown) => string | undefined;
  /** Overrides the status-based code for backends whose statuses say less than their bodies. */
  errorCode?: (status: number, body: unknown) => MentorshipErrorCode | undefined;
  /** Whether cookies go with requests. Default `same-origin`; `include` for a cookie-authenticated API on another origin. */
  credentials?: RequestCredentials;
  /** A request with no answer after this long fails with `timeout`. Default 15 000 ms. */
  timeoutMs?: number;
  /** How many times a transient failure is retried (GETs, and POSTs that carry an idempotency key). Default 2. */
  retries?: number;
  /** The first retry's delay; each next one doubles it. Default 400 ms. */
  retryDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the call fails at once. Default 10 s. */
  maxRetryAfterSeconds?: number;
  /** For tests and special runtimes; `globalThis.fetch` by default. */
  fetch?: typeof fetch;
}

/** The options every HTTP-based client accepts for its transport. */
export type TransportTuning = Pick<
  TransportOptions,
  'credentials' | 'timeoutMs' | 'retries' | 'retryDelayMs' | 'maxRetryAfterSeconds' | 'fetch'
>;

export interface RequestSpec<T> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * A GET asked ahead of the code that reads it (the CDN's autoloader for a tag on its way, a lazily
   * fetched call beside its code): its answer waits for the same request (see `sharedRead`).
   */
  ahead?: boolean;
  /** Sent as `Idempotency-Key`; a POST with one may be retried. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /** How to read a successful answer (its decoder may arrive with it: a promise); `null` when none is expected. */
  decode: ((value: unknown, path: string) => T | Promise<T>) | null;
}

export type Transport = <T>(spec: RequestSpec<T>) => Promise<T>;

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

/** How long an answer asked ahead waits for the request that will take it. */
const AHEAD_MS = 10_000;

/**
 * GETs through the page's own `fetch` that are the same request (URL, headers, cookies), whichever
 * client sends them (a provider's, a tag's own): one answer for all that ask while it is on its way.
 * A read asked ahead (the CDN's autoloader for a tag on its way, a lazily fetched call beside its
 * code) is kept until the same request takes it, for AHEAD_MS at most. A write through any
 * transport, or a refresh (`forgetReadsAhead`), drops what is kept.
 */
type Answer = Promise<readonly [Response, string]>;
const reads = new Map<string, Answer>();
/** Answers asked ahead, kept for the request they were asked for until it takes them. */
const ahead = new Set<Answer>();

export function forgetReadsAhead(): void {
  reads.clear();
  ahead.clear();
}

function sharedRead(key: string, spec: RequestSpec<unknown>, send: () => Answer) {
  let answer = reads.get(key);
  const drop = (dropped: Answer) => {
    ahead.delete(dropped);
    if (reads.get(key) === dropped) reads.delete(key);
  };
  // Taken by the request it was asked for: the next one asks the backend.
  if (answer && !spec.ahead && ahead.has(answer)) drop(answer);
  if (!answer) {
    const sent = (answer = send());
    reads.set(key, sent);
    if (spec.ahead) ahead.add(sent);
    // A 404 is an answer too (no programme, no `/capabilities` route); a failure the reader would
    // retry or report is not kept.
    sent.then(
      ([response]) => (ahead.has(sent) && (response.ok || response.status === 404) ? setTimeout(drop, AHEAD_MS, sent) : drop(sent)),
      () => drop(sent),
    );
  }
  const { signal } = spec;
  if (!signal) return answer;
  signal.throwIfAborted();
  // A caller that gives up stops waiting, and no later one joins this answer: it may never come.
  const given = answer;
  const givenUp = new Promise<never>((_, reject) =>
    signal.addEventListener(
      'abort',
      () => {
        drop(given);
        reject(signal.reason);
      },
      { once: true },
    ),
  );
  return Promise.race([answer, givenUp]);
}

export function createTransport(options: TransportOptions): Transport {
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
    for (const [name, value] of Object.entries({ ...(await options.headers?.()), ...spec.headers })) {
      if (value) headers.set(name, value);
    }
    if (spec.body !== undefined) headers.set('Content-Type', 'application/json');
    if (spec.idempotencyKey) headers.set('Idempotency-Key', spec.idempotencyKey);
    return headers;
  }

  /** One round trip: every way it can fail becomes a `MentorshipError`, except the caller's own abort. */
  async function attempt<T>(spec: RequestSpec<T>, url: string, headers: Headers): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const credentials = options.credentials ?? 'same-origin';
    const send = async (signal: AbortSignal) => {
      const answer = await fetchImpl(url, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        credentials,
        signal,
      });
      return [answer, await answer.text()] as const;
    };
    let response: Response;
    let body: string;
    try {
      // A read shared with others is not aborted for one caller: that caller stops waiting.
      [response, body] = await (spec.method === 'GET' && !options.fetch
        ? sharedRead(`${credentials} ${url} ${[...headers].join()}`, spec, () => send(timeout))
        : send(spec.signal ? AbortSignal.any([spec.signal, timeout]) : timeout));
    } catch (cause) {
      if (spec.signal?.aborted) throw spec.signal.reason;
      if ((cause as Error | undefined)?.name === 'TimeoutError')
        throw new MentorshipError('timeout', `No answer from ${url} within ${timeoutMs} ms`, { cause });
      throw new MentorshipError('network', `Could not reach ${url}`, { cause });
    }

    let json: unknown;
    let parsed = true;
    try {
      json = body === '' ? undefined : JSON.parse(body);
    } catch {
      parsed = false;
    }

    if (!response.ok) {
      const errorBody = parsed ? json : undefined;
      const message = options.errorMessage?.(errorBody)?.trim();
      throw new MentorshipError(
        options.errorCode?.(response.status, errorBody) ?? errorCodeForStatus(response.status),
        message || `${spec.method} ${url} answered ${response.status}`,
        {
          status: response.status,
          retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
          // A refusal's own words may be shown to the student: bounded, and only for 4xx answers.
          reason: message && response.status < 500 ? message.slice(0, MAX_REASON_LENGTH) : undefined,
        },
      );
    }
    if (spec.decode === null) return undefined as T;
    if (!parsed) {
      throw new MentorshipError('invalid-response', `${spec.method} ${url} did not answer JSON`, { status: response.status });
    }
    try {
      return await spec.decode(json, 'response');
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      throw new MentorshipError('invalid-response', `${spec.method} ${url}: ${error.message}`, {
        status: response.status,
        cause: error,
      });
    }
  }

  /** How long to wait before sending a failed attempt again, or `null` not to: only what is safe to repeat. */
  function retryDelay(spec: RequestSpec<unknown>, error: unknown, attemptIndex: number): number | null {
    const repeatable = spec.method === 'GET' || spec.idempotencyKey !== undefined;
    if (!repeatable || attemptIndex >= retries || !(error instanceof MentorshipError)) return null;
    // A backend that names its wait is obeyed, and not retried at all when the wait is too long.
    if (error.retryAfter !== undefined) return error.retryAfter <= maxRetryAfterSeconds ? error.retryAfter * 1000 : null;
    return error.code === 'network' || error.code === 'server' ? retryDelayMs * 2 ** attemptIndex : null;
  }

  return async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const url = urlFor(spec.path, spec.query);
    // A write may change any answer kept for reads.
    if (spec.method !== 'GET') forgetReadsAhead();
    for (let attemptIndex = 0; ; attemptIndex += 1) {
      try {
        return await attempt(spec, url, await headersFor(spec));
      } catch (error) {
        const delay = retryDelay(spec, error, attemptIndex);
        if (delay === null) throw error;
        await sleep(delay, spec.signal);
      }
    }
  };
}
