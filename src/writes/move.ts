/**
 * A session moved to another free time of its mentor (the agenda with `reschedule`), fetched by the
 * agenda when it is asked to move one: found again at its new time.
 */
import type { WriteDefinition } from '../controllers/write.js';
import { RescheduleRequestEvent } from '../events/reschedule-request.js';
import { RescheduledEvent } from '../events/rescheduled.js';
import { provisionalSession, upcoming } from './booking.js';

export const move: WriteDefinition<'move'> = {
  kind: 'move',
  operation: 'reschedule',
  signature: input => JSON.stringify(['move', input.session, input.slot.startsAt]),
  request: ({ session, slot, timeZone }) =>
    new RescheduleRequestEvent({ id: session, startsAt: slot.startsAt, endsAt: slot.endsAt, timeZone }),
  write: (input, idempotencyKey) => {
    const { client, session, slot } = input;
    return {
      send: () => client.rescheduleSession({ id: session, startsAt: slot.startsAt, idempotencyKey }),
      // Moved if the session is listed at its new time.
      lookup: async () => {
        const moved = (await upcoming(client)).find(listed => listed.id === session);
        return moved && (moved.startsAt === slot.startsAt ? moved : null);
      },
      provisional: () => provisionalSession(input, input.slot, session),
    };
  },
  done: (session, { timeZone }) => new RescheduledEvent({ session, timeZone }),
};
