/**
 * Reloads a component's data whenever a change to the student's sessions is announced anywhere on the
 * page (`mentorship-booked`, `-canceled`, `-rescheduled`, `-rated` reach `window`): credits drop and
 * booked times disappear without a reload, whichever tag made the change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SESSION_CHANGE_EVENTS } from '../events/session-changes.js';

export class RefreshOnChangeController implements ReactiveController {
  // After the event has reached every listener: a shared cache forgets its stale answers first.
  readonly #onChange = () => queueMicrotask(this.refresh);

  constructor(
    host: ReactiveControllerHost,
    private readonly refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of SESSION_CHANGE_EVENTS) window.addEventListener(type, this.#onChange);
  }

  hostDisconnected(): void {
    for (const type of SESSION_CHANGE_EVENTS) window.removeEventListener(type, this.#onChange);
  }
}
