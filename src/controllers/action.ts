/**
 * One write of a component's at a time — book, move, take a seat, cancel, rate — from the press to a
 * known outcome. Every write of every tag goes through this controller, so they all behave alike:
 *
 * - While one is on its way (`busy`) or may have happened (`unconfirmed`), no other starts: `pending`.
 * - An attempt belongs to what it writes (its `signature`), not to the words typed: pressing again after
 *   an edit, a failure or a lost answer sends the same idempotency key, and the backend writes once.
 * - A lost answer is never shown as a failure: `settleWrite` asks again and looks; when nothing can tell,
 *   the state is `unconfirmed`, and `check()` asks again (the host's press of
 *   "Check again", the browser back online, the tab shown again, and on its own, less and less often).
 * - A failed outcome is reported as the action's operation (`mentorship-error`); an unconfirmed one
 *   once per attempt, not at every check that still cannot tell.
 * - `forget()` (another student or backend) drops the attempt; answers still on their way are not shown.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settleWrite, type Write, type WriteOutcome } from '../client/settle.js';
import { newIdempotencyKey } from '../utils/ids.js';
import { onReturn } from './on-return.js';

export type ActionState<T> = { status: 'idle' } | { status: 'busy' } | WriteOutcome<T>;

export interface Action<T> {
  /** The operation a failure is reported as (see `MentorshipErrorEvent`). */
  operation: string;
  /** What is written: the same signature is the same attempt, with the same idempotency key. */
  signature: string;
  /** The write, given the attempt's idempotency key. */
  write: (idempotencyKey: string) => Write<T>;
}

interface Attempt<A> {
  action: A;
  key: string;
}

/** How long an unconfirmed write waits before it is checked on its own; each wait doubles, up to 16 times that. */
export const RECHECK = { firstMs: 15_000 };

export class ActionController<T, A extends Action<T> = Action<T>> implements ReactiveController {
  state: ActionState<T> = { status: 'idle' };
  #attempt: Attempt<A> | undefined;
  /** Bumped by `forget()`: answers to attempts made before it are not shown. */
  #generation = 0;
  #stopRechecking?: () => void;
  #recheckTimer?: ReturnType<typeof setTimeout>;
  #recheckDelay = RECHECK.firstMs;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Announces a failed or unconfirmed outcome the way the host reports failures. */
    private readonly report: (operation: string, error: unknown) => void,
    /** Hears each outcome, however it was reached (a press or a check); not after `forget()`. */
    private readonly settled?: (outcome: WriteOutcome<T>, action: A) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopRechecking = onReturn(() => void this.check());
  }

  hostDisconnected(): void {
    this.#stopRechecking?.();
    clearTimeout(this.#recheckTimer);
  }

  /** A write is on its way: the host disables what would start another. */
  get busy(): boolean {
    return this.state.status === 'busy';
  }

  /** On its way or possibly done: nothing else may be written from here until it is known. */
  get pending(): boolean {
    return this.busy || this.state.status === 'unconfirmed';
  }

  /**
   * Runs `action` unless one is pending (then `undefined`), keeping the last attempt's key when the
   * signature is the same; returns the outcome, or `undefined` if `forget()` came first.
   */
  async run(action: A): Promise<WriteOutcome<T> | undefined> {
    if (this.pending) return undefined;
    if (this.#attempt?.action.signature !== action.signature) this.#attempt = { action, key: newIdempotencyKey() };
    // The latest words go with the attempt; its key stays.
    this.#attempt.action = action;
    return this.#send(this.#attempt);
  }

  /**
   * Asks again whether an unconfirmed write went through: the same write, with the words it was first
   * sent with and the same key (a backend answers the first result; a refusal is looked up).
   */
  async check(): Promise<void> {
    const attempt = this.#attempt;
    if (attempt && this.state.status === 'unconfirmed') await this.#send(attempt);
  }

  /** Back to idle, keeping the attempt's key for a retry of the same write. Not while one is pending. */
  reset(): void {
    if (!this.pending) this.#setState({ status: 'idle' });
  }

  /** Another student, client or backend: drop the attempt, and do not show answers still on their way. */
  forget(): void {
    clearTimeout(this.#recheckTimer);
    this.#generation += 1;
    this.#attempt = undefined;
    this.#setState({ status: 'idle' });
  }

  async #send(attempt: Attempt<A>): Promise<WriteOutcome<T> | undefined> {
    const generation = this.#generation;
    const { action, key } = attempt;
    const wasUnconfirmed = this.state.status === 'unconfirmed';
    clearTimeout(this.#recheckTimer);
    this.#setState({ status: 'busy' });
    const outcome = await settleWrite(action.write(key));
    if (generation !== this.#generation) return undefined;
    if (outcome.status === 'failed' || (outcome.status === 'unconfirmed' && !wasUnconfirmed)) this.report(action.operation, outcome.error);
    if (outcome.status === 'done') this.#attempt = undefined;
    this.#setState(outcome);
    if (outcome.status === 'unconfirmed') {
      // Keep checking while the page is open, less often each time.
      this.#recheckDelay = wasUnconfirmed ? Math.min(this.#recheckDelay * 2, RECHECK.firstMs * 16) : RECHECK.firstMs;
      this.#recheckTimer = setTimeout(() => void this.check(), this.#recheckDelay);
    }
    this.settled?.(outcome, action);
    return outcome;
  }

  #setState(state: ActionState<T>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
