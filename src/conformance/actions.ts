/**
 * The writes several checks (and the clean-up at the end) make: booking one of the world's mentor's
 * times and cancelling a session. One place for their requests, so every check sends the same body.
 */
import type { Exchange } from './exchange.js';
import type { Context } from './kit.js';

/** Books `startsAt` with the world's mentor and service, as the widgets do (`timezone`, `agenda`). */
export async function bookAt(
  context: Context,
  startsAt: string,
  { key = context.key(), as = 'student', extra = {} }: { key?: string; as?: string; extra?: Record<string, unknown> } = {},
): Promise<Exchange> {
  const { service, mentor } = await context.world();
  return context.call({
    method: 'POST',
    route: '/sessions',
    key,
    as,
    body: { service: service.slug, mentor: mentor.slug, starts_at: startsAt, timezone: 'UTC', agenda: 'Conformance check', ...extra },
  });
}

/** Cancels session `id` (`scope` one by default, or following) under a fresh key. */
export function cancelSession(context: Context, id: string, scope: 'one' | 'following' = 'one'): Promise<Exchange> {
  return context.call({ method: 'POST', route: '/sessions/{id}/cancel', params: { id }, key: context.key(), body: { scope } });
}
