/**
 * The components' notion of "now". Tests pin it (`clock.now = () => new Date('…')`) the way the
 * memory store's clock is pinned, so countdowns and "local time now" are deterministic.
 */
export const clock = {
  now: (): Date => new Date(),
};
