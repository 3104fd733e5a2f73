/**
 * What a caching wrapper (cache.ts) can be asked to forget, reached through the wrapper itself: a
 * component's `refresh()` and a provider that hears of a change ask here, without carrying the cache.
 */
import type { MentorshipClient } from './types.js';
import { forgetReadsAhead } from './transport.js';

export interface Forgetting {
  /** Every answer kept: the next reads go to the backend. */
  all(): void;
  /** The answers a booking, cancellation, move, rating or hold can change. */
  changedByWrites(): void;
}

const caches = new WeakMap<MentorshipClient, Forgetting>();

/** Called by `withCache` for each wrapper it makes. */
export function registerCache(client: MentorshipClient, forgetting: Forgetting): void {
  caches.set(client, forgetting);
}

/** Whether `client` shares its answers (a `withCache` wrapper): a read asked ahead through it is not asked again. */
export const keepsAnswers = (client: MentorshipClient): boolean => caches.has(client);

/**
 * Makes the next reads through `client` (a `withCache` wrapper; anything else is left alone) go to the
 * backend: a component's `refresh()` means "what the backend says now".
 */
export function dropCachedAnswers(client: MentorshipClient | undefined): void {
  forgetReadsAhead();
  if (client) caches.get(client)?.all();
}

/** The student's sessions changed elsewhere (another client, another provider): forget what that changes. */
export function sessionsChanged(client: MentorshipClient | undefined): void {
  if (client) caches.get(client)?.changedByWrites();
}
