import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long run of groups over several frames, so that no frame carries more than `budget`
 * items: the first groups paint at once, one more batch each frame after, until all are in.
 *
 * Why: hundreds of styled buttons cost more style and layout than a 16 ms frame holds on a modest
 * machine, in plain DOM as much as in Lit; spreading them keeps each frame short and the first
 * times on screen sooner. Everything still ends up in the DOM (reachable by screen readers, search
 * and keyboard), unlike a virtualized list.
 *
 * The host's `updateComplete` should await `settled()`, so that code waiting for an update sees
 * every group.
 */
export class ProgressiveController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #budget: number;
  #keys: readonly unknown[] = [];
  #sizes: readonly number[] = [];
  #count = 0;
  #frame = 0;
  #timer = 0;
  /** Whether the update under way was asked for from a frame's callback. */
  #inFrame = false;
  #waiting?: { promise: Promise<void>; resolve: () => void };

  constructor(host: ReactiveControllerHost, budget: number) {
    (this.#host = host).addController(this);
    this.#budget = budget;
  }

  /**
   * How many of the groups to render now. Other `keys` (data, zone, language, range…) start again
   * from one frame's worth; the same keys keep what is already rendered.
   */
  limit(keys: readonly unknown[], sizes: readonly number[]): number {
    if (keys.length !== this.#keys.length || keys.some((key, index) => key !== this.#keys[index])) {
      this.#keys = keys;
      this.#count = 0;
    }
    this.#sizes = sizes;
    // The first frame also lays out everything around the groups: half a batch.
    if (this.#count === 0) this.#count = this.#fitting(0, this.#budget / 2);
    return Math.min(this.#count, sizes.length);
  }

  /** Resolves once every group is rendered (at once when nothing is left). */
  settled(): Promise<void> {
    return this.#waiting?.promise ?? Promise.resolve();
  }

  hostUpdated(): void {
    if (this.#count >= this.#sizes.length) return this.#finish();
    if (this.#frame || this.#timer) return;
    this.#waiting ??= (() => {
      let resolve!: () => void;
      const promise = new Promise<void>(done => (resolve = done));
      return { promise, resolve };
    })();
    const next = () => {
      this.#cancel();
      this.#count = this.#fitting(this.#count);
      this.#inFrame = true;
      this.#host.requestUpdate();
    };
    // One batch per frame. A batch made in a frame's callback paints in that frame, so the next
    // waits for the next frame; one made elsewhere (the first) paints in the coming frame, so the
    // next waits a frame more. The timer only matters where frames stop (a hidden tab).
    const inFrame = this.#inFrame;
    this.#inFrame = false;
    this.#frame = requestAnimationFrame(() => (inFrame ? next() : (this.#frame = requestAnimationFrame(next))));
    this.#timer = window.setTimeout(next, 250);
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#finish();
  }

  hostConnected(): void {
    if (this.#count < this.#sizes.length) this.#host.requestUpdate();
  }

  /** Where a batch from `from` ends: at least one group, then as many as fit `budget` items. */
  #fitting(from: number, budget = this.#budget): number {
    let end = from;
    let items = 0;
    do items += this.#sizes[end++] ?? 0;
    while (end < this.#sizes.length && items + this.#sizes[end] <= budget);
    return end;
  }

  #cancel(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#timer);
    this.#frame = this.#timer = 0;
  }

  #finish(): void {
    this.#waiting?.resolve();
    this.#waiting = undefined;
  }
}
