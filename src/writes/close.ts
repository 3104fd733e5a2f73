/** Closing the student's programme: their summary, achievements and rating. */
import { clock } from '../utils/clock.js';
import type { WriteDefinition } from '../controllers/write.js';
import { ProgramClosedEvent } from '../events/program-closed.js';

export const close: WriteDefinition<'close'> = {
  kind: 'close',
  operation: 'closeProgram',
  signature: ({ closing }) => JSON.stringify(closing),
  write: ({ client, closing, program }, idempotencyKey) => ({
    send: () => client.closeProgram({ ...closing, idempotencyKey }),
    // Closed if the backend now holds a closure with these words.
    lookup: async () => {
      const held = await client.getProgram();
      return held.closed?.summary === closing.summary ? held : null;
    },
    provisional: () => ({ ...program, closed: { at: clock.now().toISOString(), ...closing } }),
  }),
  done: closed => new ProgramClosedEvent({ program: closed }),
};
