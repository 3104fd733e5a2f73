/**
 * Writes on a session the student has: cancel it (or it and the following meetings of its series).
 * Rating it and checking in after it are check-in.ts, fetched with the form after a session. Each is
 * found again in the student's lists with these very contents.
 */
import type { WriteDefinition } from '../controllers/write.js';
import { CancelRequestEvent } from '../events/cancel-request.js';
import { CanceledEvent } from '../events/canceled.js';

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
