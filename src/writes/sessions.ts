/**
 * Writes on a session the student has: cancel it (or it and the following meetings of its series),
 * rate it (checking in after it is check-in.ts, fetched with the check-in). Each is found again in the student's lists with these very contents.
 */
import type { MentorshipClient } from '../client/types.js';
import type { WriteDefinition } from '../controllers/write.js';
import { CancelRequestEvent } from '../events/cancel-request.js';
import { CanceledEvent } from '../events/canceled.js';
import { RatedEvent } from '../events/rated.js';

/** The session as the student's past sessions list it now. */
export const pastOne = async (client: MentorshipClient, id: string) =>
  (await client.listSessions({ status: 'past' })).find(past => past.id === id);

export const cancel: WriteDefinition<'cancel'> = {
  kind: 'cancel',
  operation: 'cancel',
  signature: ({ session, following }) => `cancel ${session.id} ${!!following}`,
  request: ({ session }) => new CancelRequestEvent({ session }),
  write: ({ client, session, following }, idempotencyKey) => {
    const canceled = { ...session, status: 'canceled' };
    const meetings = following ?? [session];
    return {
      send: () => client.cancelSession({ id: session.id, scope: following && 'following', idempotencyKey }),
      // Canceled if every meeting it cancels is no longer upcoming, or is listed as canceled.
      lookup: async () => {
        const upcoming = await client.listSessions({ status: 'upcoming' });
        const standing = (id: string) => upcoming.some(listed => listed.id === id && listed.status !== 'canceled');
        return meetings.some(meeting => standing(meeting.id)) ? null : (upcoming.find(listed => listed.id === session.id) ?? canceled);
      },
      provisional: () => canceled,
    };
  },
  done: session => new CanceledEvent({ session }),
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
