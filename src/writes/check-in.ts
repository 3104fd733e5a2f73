/**
 * The form after a session — the check-in, or the rating alone: its writes come with its code (fetched
 * when a past session waits for one), not with every list of sessions.
 */
import type { WriteDefinition } from '../controllers/write.js';
import { CheckedInEvent } from '../events/checked-in.js';
import type { MentorshipClient } from '../client/types.js';
import { RatedEvent } from '../events/rated.js';

/** The session as the student's past sessions list it now. */
export const pastOne = async (client: MentorshipClient, id: string) =>
  (await client.listSessions({ status: 'past' })).find(past => past.id === id);

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

export const rate: WriteDefinition<'rate'> = {
  kind: 'rate',
  operation: 'feedback',
  signature: ({ session }) => `feedback ${session.id}`,
  write: ({ client, session, rating, comment }, idempotencyKey) => ({
    send: () => client.rateSession({ id: session.id, rating, comment, idempotencyKey }),
    // Rated if the backend holds this rating (another one is a refusal's reason, not this write).
    lookup: async () => {
      const listed = await pastOne(client, session.id);
      return listed && (listed.feedback?.rating === rating && listed.feedback.comment === comment ? listed : null);
    },
    provisional: () => ({ ...session, feedback: { rating, comment } }),
  }),
  done: session => new RatedEvent({ session }),
};
