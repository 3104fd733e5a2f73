import type { MentorshipClient } from './types.js';

/** A client that has the optional method `K` (see `can`). */
export type With<K extends keyof MentorshipClient> = MentorshipClient & Required<Pick<MentorshipClient, K>>;

/** Whether `client` has the optional method `method`: what it does may be offered, and called without `!`. */
export function can<K extends keyof MentorshipClient>(client: MentorshipClient | undefined, method: K): client is With<K> {
  return typeof client?.[method] === 'function';
}
