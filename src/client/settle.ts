/**
 * `settleWrite`: runs a write (a booking, a move, a seat, a cancel) until its outcome is known. A write
 * whose answer was lost may still have happened, so it is never reported as a failure on that alone:
 * the same write is sent again (with the same idempotency key a backend answers the first one's
 * result), and the backend is asked whether it happened. Only when neither can tell is the outcome
 * `unconfirmed`.
 */
import { accepted, outcomeUnknown } from './errors.js';

export type WriteOutcome<T> =
  | { status: 'done'; value: T }
  /** The backend refused, or it is known that nothing happened. */
  | { status: 'failed'; error: unknown }
  /** It may have happened: ask again later (the same write, the same key). */
  | { status: 'unconfirmed'; error: unknown };

export interface Write<T> {
  /** Sends the write. Safe to repeat: the same idempotency key, or an operation that is idempotent. */
  send: () => Promise<T>;
  /** Whether the write happened, from the backend's lists: its result, `null` if it did not, `undefined` if it cannot tell. */
  lookup: () => Promise<T | null | undefined>;
  /** What is known of a write the backend accepted (2xx) but whose answer could not be read. */
  provisional: () => T;
  /**
   * Whether sending again tells what happened: true with an idempotency key. False for writes a backend
   * refuses the second time (a cancel, a rating): only the lookup can tell.
   */
  repeatable?: boolean;
}

export async function settleWrite<T>(write: Write<T>): Promise<WriteOutcome<T>> {
  const lookup = () => write.lookup().catch(() => undefined);
  const done = async (): Promise<WriteOutcome<T>> => ({ status: 'done', value: (await lookup()) ?? write.provisional() });
  let first: unknown;
  try {
    return { status: 'done', value: await write.send() };
  } catch (error) {
    first = error;
  }
  if (accepted(first)) return done();
  if (!outcomeUnknown(first)) return { status: 'failed', error: first };
  let last = first;
  if (write.repeatable !== false) {
    try {
      return { status: 'done', value: await write.send() };
    } catch (again) {
      if (accepted(again)) return done();
      // A refusal of the repeat is the answer: with the same key, a write that happened is answered, not refused.
      if (!outcomeUnknown(again)) return { status: 'failed', error: again };
      last = again;
    }
  }
  const found = await lookup();
  if (found) return { status: 'done', value: found };
  return found === null ? { status: 'failed', error: first } : { status: 'unconfirmed', error: last };
}
