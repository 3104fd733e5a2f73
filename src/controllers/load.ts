/**
 * A component's data, loaded from what it depends on: when the arguments change (checked before each
 * render) the previous load is aborted and a new one starts; `render()` covers initial, pending,
 * complete and error.
 *
 * It does the part of `@lit/task` we used, plus one thing Task does not: a component that leaves the
 * page aborts its load (its requests with it) and loads again if it comes back. And it weighs a
 * third as much, which the CDN bundle's 30 KB budget needs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onReturn } from './on-return.js';

export type LoadStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface LoadRenderers<T, R> {
  initial?: () => R;
  pending?: () => R;
  complete?: (value: T) => R;
  error?: (error: unknown) => R;
}

export interface LoadOptions<A extends readonly unknown[], T> {
  task: (args: A, options: { signal: AbortSignal }) => Promise<T>;
  args: () => A;
}

export class LoadController<const A extends readonly unknown[], T> implements ReactiveController {
  status: LoadStatus = 'initial';
  /**
   * The last value loaded: kept while the same load runs again (`run()`), dropped at once when an
   * argument changes — another client's (another student's) data is never shown meanwhile.
   */
  value?: T;
  error?: unknown;
  #args?: A;
  #abort?: AbortController;
  #stopRecovering?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<A, T>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const previous = this.#args;
    if (previous && args.length === previous.length && args.every((arg, index) => arg === previous[index])) return;
    if (previous) this.value = undefined;
    // Mid-update: the render that follows shows "pending" without asking for another one.
    void this.#load(args);
  }

  hostConnected(): void {
    // A load cut short when the host left: start it again.
    if (this.status === 'pending' && this.#args === undefined) this.host.requestUpdate();
    // A failed load tries again by itself when the browser is back online or the tab is shown again.
    this.#stopRecovering = onReturn(() => {
      if (this.status === 'error') void this.run();
    });
  }

  hostDisconnected(): void {
    this.#stopRecovering?.();
    if (this.status !== 'pending') return;
    this.#abort?.abort();
    this.#args = undefined;
  }

  /** Loads again now, with the current arguments. */
  run(): Promise<void> {
    this.host.requestUpdate();
    return this.#load(this.options.args());
  }

  async #load(args: A): Promise<void> {
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.#args = args;
    this.status = 'pending';
    try {
      const value = await this.options.task(args, { signal: abort.signal });
      if (abort.signal.aborted) return;
      this.value = value;
      this.status = 'complete';
    } catch (error) {
      if (abort.signal.aborted) return;
      this.value = undefined;
      this.error = error;
      this.status = 'error';
    }
    this.#abort = undefined;
    this.host.requestUpdate();
  }

  render<R>(renderers: LoadRenderers<T, R>): R | undefined {
    // Each renderer takes what its status has: the value, the error, or nothing.
    return (renderers[this.status] as ((value?: unknown) => R) | undefined)?.(this.status === 'error' ? this.error : this.value);
  }
}
