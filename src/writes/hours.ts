/**
 * The mentor's hours: saved whole (a later save replaces them), and found again in the backend's
 * answer to `getMentorHours` with these very ranges and days off.
 */
import type { MentorHours } from '../client/types.js';
import type { WriteDefinition } from '../controllers/write.js';
import { HoursSavedEvent } from '../events/hours-saved.js';

/** What a save decides, in one comparable string: the zone, the ranges by day and the days off. */
const shapeOf = (hours: Pick<MentorHours, 'timeZone' | 'weekly' | 'timeOff'>) =>
  JSON.stringify([
    hours.timeZone,
    hours.weekly.map(range => `${range.weekday} ${range.start}-${range.end}`).sort(),
    hours.timeOff.map(range => `${range.from}/${range.to}`).sort(),
  ]);

export const hours: WriteDefinition<'hours'> = {
  kind: 'hours',
  operation: 'hours',
  signature: ({ hours: sent }) => `hours ${shapeOf(sent)} ${sent.noticeMinutes} ${sent.bufferMinutes}`,
  write: ({ client, hours: sent }, idempotencyKey) => ({
    send: () => client.saveMentorHours({ ...sent, idempotencyKey }),
    lookup: async () => {
      const held = await client.getMentorHours();
      return shapeOf(held) === shapeOf(sent) ? held : null;
    },
    provisional: () => ({ ...sent, noticeMinutes: sent.noticeMinutes ?? null, bufferMinutes: sent.bufferMinutes ?? null }),
  }),
  done: saved => new HoursSavedEvent({ hours: saved }),
};
