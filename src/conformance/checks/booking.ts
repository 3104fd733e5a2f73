/**
 * Booking, its keys and its refusals, cancelling and moving: the writes a double booking or a lost
 * credit would come from. Each run books on the test account and cancels what it booked.
 */
import { bookAt, cancelSession } from '../actions.js';
import { resend, type Exchange } from '../exchange.js';
import { expectAnswer, expectError, expectReplay, fail, Skip, type Check, type Context } from '../kit.js';
import { creditsFor, freeTimes, type Slot } from '../world.js';

interface Session {
  id: string;
  starts_at: string;
  status: string;
  service: string;
  mentor: { slug: string };
}

/** The session's start as an instant (any ISO offset is accepted and normalised). */
const at = (iso: string) => Date.parse(iso);

async function upcomingAt(context: Context, start: string, as = 'student'): Promise<{ sessions: Session[]; exchange: Exchange }> {
  const exchange = await context.call({ route: '/sessions', query: { status: 'upcoming' }, as });
  const { sessions } = expectAnswer<{ sessions: Session[] }>(context, exchange, 200);
  return { sessions: sessions.filter(session => at(session.starts_at) === at(start) && session.status !== 'canceled'), exchange };
}

/** The booking checks of one run: they share what they booked. */
export function bookingChecks(): Check[] {
  let first: Exchange | undefined;
  let booked: Session | undefined;
  const needBooking = () => {
    if (!booked || !first) throw new Skip('needs the booking above');
    return { first, booked };
  };

  return [
    {
      group: 'availability',
      title: "a mentor's free times start inside [from, to), never in the past, each as long as the service",
      needs: ['availability'],
      async run(context) {
        const { service, mentor, from, to } = await context.world();
        const exchange = await context.call({
          route: '/mentors/{mentor}/availability',
          params: { mentor: mentor.slug },
          query: { service: service.slug, from, to },
        });
        const { slots } = expectAnswer<{ slots: Slot[] }>(context, exchange, 200);
        for (const slot of slots) {
          if (at(slot.starts_at) < at(from) || at(slot.starts_at) >= at(to))
            fail(`${slot.starts_at} is outside [${from}, ${to})`, exchange);
          if (at(slot.ends_at) - at(slot.starts_at) < service.duration_minutes * 60_000) {
            fail(`${slot.starts_at}–${slot.ends_at} is shorter than the service's ${service.duration_minutes} minutes`, exchange);
          }
        }
        const past = await context.call({
          route: '/mentors/{mentor}/availability',
          params: { mentor: mentor.slug },
          query: {
            service: service.slug,
            from: new Date(context.now() - 7 * 86_400_000).toISOString(),
            to: new Date(context.now()).toISOString(),
          },
        });
        const old = expectAnswer<{ slots: Slot[] }>(context, past, 200).slots;
        if (old.length) fail(`a free time in the past is offered: ${old[0].starts_at}`, past);
      },
    },
    {
      group: 'booking',
      title:
        'POST /sessions books a free time: 201 { session } as asked, listed once, one credit spent (a field it does not know is ignored)',
      needs: ['availability'],
      async run(context) {
        const { service, mentor, slots } = await context.world();
        const before = await creditsFor(context.call, service.slug);
        const exchange = await bookAt(context, slots[0].starts_at, { extra: { conformance_extra_field: true } });
        const { session } = expectAnswer<{ session: Session }>(context, exchange, 201);
        context.booked.add(session.id);
        if (at(session.starts_at) !== at(slots[0].starts_at) || session.service !== service.slug || session.mentor.slug !== mentor.slug) {
          fail('the session is not the one asked for (start, service or mentor differ)', exchange);
        }
        if (session.status !== 'scheduled') fail(`a new session is "${session.status}", not "scheduled"`, exchange);
        first = exchange;
        booked = session;
        const listed = await upcomingAt(context, slots[0].starts_at);
        if (listed.sessions.length !== 1)
          fail(`GET /sessions lists ${listed.sessions.length} sessions at that time, not 1`, listed.exchange);
        const after = await creditsFor(context.call, service.slug);
        if (before !== null && after !== before - 1) fail(`credits for ${service.slug} went from ${before} to ${after}, not ${before - 1}`);
      },
    },
    {
      group: 'booking',
      title: 'the same Idempotency-Key again answers the first answer and books nothing',
      needs: ['availability'],
      async run(context) {
        const { first } = needBooking();
        const { slots } = await context.world();
        const again = await resend(context.call, first);
        expectReplay(first, again);
        const listed = await upcomingAt(context, slots[0].starts_at);
        if (listed.sessions.length !== 1) fail(`after the repeat, ${listed.sessions.length} sessions at that time, not 1`, listed.exchange);
      },
    },
    {
      group: 'booking',
      title: "a booking sent twice at once with one key (a lost answer's resend) books once, both answered alike",
      needs: ['availability'],
      async run(context) {
        const { slots } = await context.world();
        const key = context.key();
        const [one, two] = await Promise.all([bookAt(context, slots[1].starts_at, { key }), bookAt(context, slots[1].starts_at, { key })]);
        const settled = [one, two].filter(exchange => exchange.status === 201);
        for (const exchange of settled) context.booked.add((exchange.answer as { session: Session }).session.id);
        if (settled.length !== 2)
          fail(
            `answers ${one.status} and ${two.status}; a resent booking must get the first answer (201) again`,
            settled.length ? two : one,
          );
        expectReplay(one, two);
        const listed = await upcomingAt(context, slots[1].starts_at);
        if (listed.sessions.length !== 1)
          fail(`${listed.sessions.length} sessions at that time, not 1: the resend booked again`, listed.exchange);
        if (context.capabilities.cancel) {
          expectAnswer(context, await cancelSession(context, listed.sessions[0].id), 200);
          context.booked.delete(listed.sessions[0].id);
        }
      },
    },
    {
      group: 'booking',
      title: 'a time already booked is 409 with the error body under a new key, and nothing more is booked',
      needs: ['availability'],
      async run(context) {
        needBooking();
        const { slots } = await context.world();
        const exchange = await bookAt(context, slots[0].starts_at);
        if (exchange.status >= 200 && exchange.status < 300) {
          const id = (exchange.answer as { session?: Session }).session?.id;
          if (id) context.booked.add(id);
          fail(`a taken time was booked again (${exchange.status}): a double booking`, exchange);
        }
        expectError(context, exchange, 409);
        const listed = await upcomingAt(context, slots[0].starts_at);
        if (listed.sessions.length !== 1) fail(`${listed.sessions.length} sessions at that time, not 1`, listed.exchange);
      },
    },
    {
      group: 'availability',
      title: 'a booked time is no longer offered as free',
      needs: ['availability'],
      async run(context) {
        needBooking();
        const { service, mentor, slots, from, to } = await context.world();
        const free = await freeTimes(context.call, mentor.slug, service.slug, from, to);
        const overlapping = free.find(slot => at(slot.starts_at) < at(slots[0].ends_at) && at(slot.ends_at) > at(slots[0].starts_at));
        if (overlapping) fail(`${overlapping.starts_at} is still offered, over the session booked at ${slots[0].starts_at}`);
      },
    },
    {
      group: 'cancel',
      title: 'cancelling returns the credit and the session as canceled; the same key again answers the same',
      needs: ['availability', 'cancel'],
      async run(context) {
        const { booked: session } = needBooking();
        const { service } = await context.world();
        const before = await creditsFor(context.call, service.slug);
        const exchange = await cancelSession(context, session.id);
        const answer = expectAnswer<{ session: Session }>(context, exchange, 200);
        if (answer.session.id !== session.id || answer.session.status !== 'canceled')
          fail('the answer is not the session, canceled', exchange);
        context.booked.delete(session.id);
        const after = await creditsFor(context.call, service.slug);
        if (before !== null && after !== before + 1) fail(`credits went from ${before} to ${after} on cancelling, not ${before + 1}`);
        expectReplay(exchange, await resend(context.call, exchange));
      },
    },
    {
      group: 'booking',
      title: 'a student without credits is 402 with the error body, and nothing is booked',
      needs: ['availability'],
      account: 'broke',
      async run(context) {
        const { slots } = await context.world();
        const exchange = await bookAt(context, slots[2].starts_at, { as: 'broke' });
        if (exchange.status === 201) context.booked.add((exchange.answer as { session: Session }).session.id);
        expectError(context, exchange, 402);
        const listed = await upcomingAt(context, slots[2].starts_at, 'broke');
        if (listed.sessions.length) fail('the refused booking is listed', listed.exchange);
      },
    },
    {
      group: 'reschedule',
      title: 'moving a session keeps its id and its credit, takes the new time, and a repeat answers the same',
      needs: ['availability', 'reschedule'],
      async run(context) {
        const { service, slots } = await context.world();
        const booking = await bookAt(context, slots[2].starts_at);
        const { session } = expectAnswer<{ session: Session }>(context, booking, 201);
        context.booked.add(session.id);
        const before = await creditsFor(context.call, service.slug);
        const exchange = await context.call({
          method: 'POST',
          route: '/sessions/{id}/reschedule',
          params: { id: session.id },
          key: context.key(),
          body: { starts_at: slots[3].starts_at },
        });
        const moved = expectAnswer<{ session: Session }>(context, exchange, 200).session;
        if (moved.id !== session.id) fail(`the moved session has another id (${moved.id}, was ${session.id})`, exchange);
        if (at(moved.starts_at) !== at(slots[3].starts_at)) fail('the moved session does not start at the new time', exchange);
        const after = await creditsFor(context.call, service.slug);
        if (after !== before) fail(`moving changed the credits from ${before} to ${after}`);
        expectReplay(exchange, await resend(context.call, exchange));
        const left = await upcomingAt(context, slots[2].starts_at);
        if (left.sessions.length) fail('the old time is still listed as a session', left.exchange);
        if (context.capabilities.cancel) {
          expectAnswer(context, await cancelSession(context, session.id), 200);
          context.booked.delete(session.id);
        }
      },
    },
  ];
}
