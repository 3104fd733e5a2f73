/**
 * Regular meetings booked together (`bookSeries`): one request, one key, every meeting or none.
 * Announced as one booking (`mentorship-booking-request` with `series`, `mentorship-booked` with the
 * series and every meeting).
 */
import type { WriteDefinition } from '../controllers/write.js';
import { BookedEvent } from '../events/booked.js';
import { BookingRequestEvent } from '../events/booking-request.js';
import { provisionalSession, upcoming } from './booking.js';

export const series: WriteDefinition<'series'> = {
  kind: 'series',
  operation: 'book-series',
  // The same meetings are the same attempt: pressing again sends the same key, and one series is booked.
  signature: ({ mentor, service, slots }) => JSON.stringify(['series', mentor, service, slots.map(slot => slot.startsAt)]),
  request: ({ mentor, service, slots, timeZone, agenda, goal, every }) =>
    new BookingRequestEvent({
      mentor,
      service,
      startsAt: slots[0].startsAt,
      endsAt: slots[0].endsAt,
      timeZone,
      agenda,
      goal,
      series: { every, occurrences: slots.map(slot => slot.startsAt) },
    }),
  write: (input, idempotencyKey) => {
    const { client, mentor, service, slots, every, agenda, goal, timeZone } = input;
    const meetings = () => slots.map(slot => provisionalSession(input, slot));
    return {
      send: async () => {
        const booked = await client.bookSeries({
          mentor,
          service,
          every,
          occurrences: slots.map(slot => slot.startsAt),
          agenda,
          goal,
          timezone: timeZone,
          idempotencyKey,
        });
        // Accepted, but no meeting could be read: what was asked for is what the backend booked.
        return booked.sessions.length ? booked : { ...booked, sessions: meetings() };
      },
      // Booked if the first meeting is listed as a series' meeting: the series is the meetings sharing its id.
      lookup: async () => {
        const listed = await upcoming(client);
        const found = listed.find(
          session =>
            session.series && session.mentor.slug === mentor && session.service === service && session.startsAt === slots[0].startsAt,
        );
        if (!found) return null;
        const sessions = listed.filter(session => session.series === found.series);
        return { series: { id: found.series!, every, count: sessions.length }, sessions };
      },
      provisional: () => ({ series: { id: '', every, count: slots.length }, sessions: meetings() }),
    };
  },
  done: (booked, { timeZone }) => new BookedEvent({ session: booked.sessions[0], timeZone, series: booked }),
};
