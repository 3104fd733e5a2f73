/**
 * Every failure of a `MentorshipClient` call, whatever the backend.
 *
 * - `network`: the request never got an answer (offline, DNS, CORS).
 * - `timeout`: no answer within the client's time limit.
 * - `unauthorized` (401), `forbidden` (403), `no-credits` (402), `not-found` (404),
 *   `slot-taken` (409), `rate-limited` (429), `server` (5xx).
 * - `bad-request`: any other refusal of the request as sent (400, 422, …).
 * - `invalid-response`: the answer was not JSON of the documented shape.
 * - `unconfirmed`: a write may or may not have happened, and the backend cannot say which (an adapter
 *   whose backend keeps no idempotency keys, asked again after a lost answer).
 */
export type MentorshipErrorCode =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'no-credits'
  | 'slot-taken'
  | 'not-found'
  | 'rate-limited'
  | 'server'
  | 'bad-request'
  | 'invalid-response'
  | 'unconfirmed';

export const ERROR_CODES: readonly MentorshipErrorCode[] = [
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'no-credits',
  'slot-taken',
  'not-found',
  'rate-limited',
  'server',
  'bad-request',
  'invalid-response',
  'unconfirmed',
];

const RETRYABLE: ReadonlySet<MentorshipErrorCode> = new Set(['network', 'timeout', 'rate-limited', 'server']);

export interface MentorshipErrorOptions {
  /** The HTTP status, when the failure came with one. */
  status?: number;
  /** Seconds the backend asked us to wait before retrying (`Retry-After`). */
  retryAfter?: number;
  /** The backend's own explanation of a refusal (a cancellation policy, say), fit to show as text. */
  reason?: string;
  cause?: unknown;
}

export class MentorshipError extends Error {
  override readonly name = 'MentorshipError';
  readonly code: MentorshipErrorCode;
  /** Trying the same call again may succeed (network, timeout, rate limit, server error). */
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  /**
   * The backend's own words for a refusal, in the language it was asked for, when it gave any. Shown as
   * text where a policy decides (e.g. "Sessions can be canceled up to 4 hours before they start").
   */
  readonly reason: string | undefined;

  /** @param message the backend's or our own wording; diagnostic only — components show text chosen by `code`. */
  constructor(code: MentorshipErrorCode, message: string, options: MentorshipErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = RETRYABLE.has(code);
    this.status = options.status;
    this.retryAfter = options.retryAfter;
    this.reason = options.reason;
  }
}

export function isMentorshipError(value: unknown): value is MentorshipError {
  return value instanceof MentorshipError;
}

/**
 * Whether a failed write may still have happened: no answer, a server error, a rate limit (sent or
 * not, we cannot tell), or a failure that is not ours to classify. Refusals (4xx) are known outcomes.
 */
export function outcomeUnknown(error: unknown): boolean {
  return !isMentorshipError(error) || error.retryable || error.code === 'unconfirmed' || accepted(error);
}

/** A 2xx whose body could not be read: the backend did the write. */
export function accepted(error: unknown): boolean {
  return isMentorshipError(error) && error.code === 'invalid-response' && (error.status ?? 0) >= 200 && (error.status ?? 0) < 300;
}

/** The statuses that say more than "the server failed" (5xx) or "the request was refused" (other 4xx). */
const STATUS_CODES: Partial<Record<number, MentorshipErrorCode>> = {
  401: 'unauthorized',
  402: 'no-credits',
  403: 'forbidden',
  404: 'not-found',
  409: 'slot-taken',
  429: 'rate-limited',
};

/** The contract's code for an HTTP status. */
export function errorCodeForStatus(status: number): MentorshipErrorCode {
  return STATUS_CODES[status] ?? (status >= 500 ? 'server' : 'bad-request');
}
