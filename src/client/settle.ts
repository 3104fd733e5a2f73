/**
 * `settleWrite`: runs a write (any of them: a booking, a cancel, a check-in, a closing) until its
 * outcome is known. A write whose answer was lost may still have happened, so it is never reported as
 * a failure on that alone: the same write is sent again (with the same idempotency key a backend
 * answers the first one's result), and the backend is asked whether it happened. A refusal is checked
 * the same way: it may answer a repeat of a write already done (the browser itself resends a request
 * whose connection died; a backend without keys refuses the second check-in), and what the backend
 * holds says so. Only when nothing can tell is the outcome `unconfirmed`.
 */
import { accepted, isMentorshipError, outcomeUnknown } from './errors.js';

export type WriteOutcome<T> =
  | { status: 'done'; value: T }
  /** The backend refused, or it is known that nothing happened. */
  | { status: 'failed'; error: unknown }
  /** It may have happened: ask again later (the same write, the same key). */
  | { status: 'unconfirmed'; error: unknown };

export interface Write<T> {
  /**
   * Sends the write, with its attempt's idempotency key. Safe to repeat: a backend answers a repeated
   * key with the first answer, and one that keeps no keys refuses the repeat, which the lookup settles.
   */
  send: () => Promise<T>;
  /**
   * Whether this write's effect is in the backend, with these contents (the same check-in, the same
   * closing): its result, `null` if it is not, `undefined` if it cannot tell.
   */
  lookup: () => Promise<T | null | undefined>;
  /** What is known of a write the backend accepted (2xx) but whose answer could not be read. */
  provisional: () => T;
}

export async function settleWrite<T>(write: Write<T>): Promise<WriteOutcome<T>> {
  const lookup = () => write.lookup().catch(() => undefined);
  const done = async (): Promise<WriteOutcome<T>> => ({ status: 'done', value: (await lookup()) ?? write.provisional() });
  /** A refusal, unless the write is there all the same. */
  const refused = async (error: unknown): Promise<WriteOutcome<T>> => {
    const found = await lookup();
    return found ? { status: 'done', value: found } : { status: 'failed', error };
  };
  let first: unknown;
  try {
    return { status: 'done', value: await write.send() };
  } catch (error) {
    first = error;
  }
  if (accepted(first)) return done();
  if (!outcomeUnknown(first)) return refused(first);
  let last: unknown;
  try {
    return { status: 'done', value: await write.send() };
  } catch (again) {
    if (accepted(again)) return done();
    if (!outcomeUnknown(again)) return refused(again);
    last = again;
  }
  const found = await lookup();
  if (found) return { status: 'done', value: found };
  // "Not there" is an answer only from lists that would show it: a client that says it cannot tell
  // (`unconfirmed`: Cal.com's own lookup failed, or another part of a composed client made the write)
  // is not contradicted by lists that do not hold its writes.
  return found === null && !(isMentorshipError(last) && last.code === 'unconfirmed')
    ? { status: 'failed', error: first }
    : { status: 'unconfirmed', error: last };
}
