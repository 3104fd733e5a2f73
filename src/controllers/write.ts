/**
 * One write of a component's at a time — cancelling or rating a session — from the press to a known
 * outcome: `busy` while it is on its way (the host re-renders), the outcome settled by `settleWrite`
 * (a lost answer asked about again, never shown as a failure), a failure reported once. Writes that
 * book something (a session, a move, a seat) carry an attempt key as well: `BookingController`.
 */
import type { ReactiveControllerHost } from 'lit';
import { settleWrite, type Write, type WriteOutcome } from '../client/settle.js';

export class WriteController {
  #busy = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: (operation: string, error: unknown) => void,
  ) {}

  /** Whether a write is on its way: the host disables what would start another. */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * Runs `write` unless another is on its way (then `undefined`); reports a failure or an unconfirmed
   * outcome as `operation`, and returns the outcome for the host to show.
   */
  async run<T>(operation: string, write: Write<T>): Promise<WriteOutcome<T> | undefined> {
    if (this.#busy) return undefined;
    this.#busy = true;
    this.host.requestUpdate();
    try {
      const outcome = await settleWrite(write);
      if (outcome.status !== 'done') this.report(operation, outcome.error);
      return outcome;
    } finally {
      this.#busy = false;
      this.host.requestUpdate();
    }
  }
}
