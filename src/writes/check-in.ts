/**
 * The check-in after a session: its write comes with the check-in's code (fetched when a past session
 * waits for one), not with every list of sessions.
 */
import type { WriteDefinition } from '../controllers/write.js';
import { CheckedInEvent } from '../events/checked-in.js';
import { pastOne } from './sessions.js';

export const checkIn: WriteDefinition<'check-in'> = {
  kind: 'check-in',
  operation: 'check-in',
  signature: ({ session }) => `check-in ${session.id}`,
  write: ({ client, session, rating, comment, goals, fit }, idempotencyKey) => ({
    send: () => client.submitCheckIn({ session: session.id, rating, comment, goals, fit, idempotencyKey }),
    // Checked in if the backend holds this check-in ("already checked in" with other words stays a refusal).
    lookup: async () => {
      const listed = await pastOne(client, session.id);
      const held = listed?.checkIn ?? listed?.feedback;
      return listed && (held?.rating === rating && held.comment === comment ? listed : null);
    },
    provisional: () => ({ ...session, feedback: { rating, comment }, checkIn: { rating, comment, fit: fit ?? null } }),
  }),
  done: session => new CheckedInEvent({ session }),
};
