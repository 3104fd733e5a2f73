/**
 * Re-renders its host at the next instant what it shows changes with the clock, as the host names it
 * (asked again after every render): a list of 500 sessions with one countdown renders once a minute,
 * at the countdown's change, not every second, and a list with nothing counting down not at all.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../utils/clock.js';

export class TickerController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly nextChange: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.hostUpdated();
  }

  /** After every render, one timer for the next change (what is shown may have changed with it). */
  hostUpdated(): void {
    clearTimeout(this.#timer);
    const due = this.nextChange();
    // The host keeps `due` within days: a timer's delay is 32 bits (24.8 days), beyond which it fires at once.
    if (due !== undefined) this.#timer = setTimeout(() => this.host.requestUpdate(), due - clock.now().getTime());
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
