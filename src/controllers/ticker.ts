/**
 * Re-renders its host on a steady beat while connected: every minute for "local time now", every
 * second for countdowns. Aligned to the clock's boundaries, so a minute display changes on the minute.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../utils/clock.js';

export class TickerController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly periodMs: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  #schedule(): void {
    const untilNextBoundary = this.periodMs - (clock.now().getTime() % this.periodMs);
    this.#timer = setTimeout(() => {
      this.host.requestUpdate();
      this.#schedule();
    }, untilNextBoundary);
  }
}
