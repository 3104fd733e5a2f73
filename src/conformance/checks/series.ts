/**
 * Regular meetings: the preview, wall-clock time across a change of clocks, all-or-nothing booking,
 * its key, and cancelling the following meetings with their credits.
 */
import { addDays, dayKeyOf, offsetAt } from '../../utils/days.js';
import { wallTimeToInstant } from '../../utils/zoned-time.js';
import { bookAt, cancelSession } from '../actions.js';
import { resend, type Exchange } from '../exchange.js';
import { expectAnswer, expectError, expectReplay, fail, Skip, type Check, type Context } from '../kit.js';
import { creditsFor } from '../world.js';

interface Occurrence {
  starts_at: string;
  ends_at: string;
  status: 'free' | 'taken' | 'unavailable';
  alternative?: { starts_at: string } | null;
}

interface Preview {
  occurrences: Occurrence[];
  credits: { needed: number };
}

const DAY = 86_400_000;

/** The wall clock (`HH:MM`) an instant shows in a zone. */
const wallClock = (instant: string, timeZone: string) =>
  new Date(Date.parse(instant) + offsetAt(Date.parse(instant), timeZone)).toISOString().slice(11, 16);

/** The first day in the next 400 on which the zone's offset changes, or undefined for a zone that keeps one. */
export function nextClockChange(now: number, timeZone: string): string | undefined {
  let offset = offsetAt(now, timeZone);
  for (let day = 1; day <= 400; day++) {
    const next = offsetAt(now + day * DAY, timeZone);
    if (next !== offset) return dayKeyOf(new Date(now + day * DAY), timeZone);
    offset = next;
  }
  return undefined;
}

async function preview(
  context: Context,
  mentor: string,
  startsAt: string,
  count: number,
): Promise<{ exchange: Exchange; preview: Preview }> {
  const { service } = await context.world();
  const exchange = await context.call({
    method: 'POST',
    route: '/series/preview',
    body: { mentor, service: service.slug, starts_at: startsAt, every: 'week', count },
  });
  return { exchange, preview: expectAnswer<Preview>(context, exchange, 200) };
}

export function seriesChecks(): Check[] {
  /** Two weekly meetings, both free when previewed. */
  let pair: string[] | undefined;
  let booked: Exchange | undefined;

  const needPair = (): string[] => {
    if (!pair) throw new Skip('needs the preview above');
    return pair;
  };

  return [
    {
      group: 'series',
      title:
        "POST /series/preview: every meeting asked for, a week apart on the mentor's clock; needed counts them all; a free one has no alternative",
      needs: ['availability', 'series'],
      async run(context) {
        const { mentor, slots } = await context.world();
        for (const slot of slots) {
          const { exchange, preview: answer } = await preview(context, mentor.slug, slot.starts_at, 3);
          if (answer.occurrences.length !== 3) fail(`3 meetings asked for, ${answer.occurrences.length} previewed`, exchange);
          if (answer.credits.needed !== 3) fail(`credits.needed is ${answer.credits.needed}, not the 3 meetings asked for`, exchange);
          const free = answer.occurrences.find(each => each.status === 'free' && each.alternative);
          if (free) fail(`the free meeting at ${free.starts_at} has an alternative`, exchange);
          const clocks = new Set(answer.occurrences.map(each => wallClock(each.starts_at, mentor.timezone)));
          if (clocks.size !== 1) fail(`the meetings are at ${[...clocks].join(', ')} on the mentor's clock, not one time`, exchange);
          const days = answer.occurrences.map(each => dayKeyOf(each.starts_at, mentor.timezone));
          if (days.some((day, index) => index > 0 && addDays(days[index - 1], 7) !== day))
            fail(`the meetings fall on ${days.join(', ')}, not a week apart`, exchange);
          if (answer.occurrences[0].status === 'free' && answer.occurrences[1].status === 'free') {
            pair = answer.occurrences.slice(0, 2).map(each => each.starts_at);
            return;
          }
        }
      },
    },
    {
      group: 'series',
      title: 'a series of more than 12 meetings is 400 with the error body',
      needs: ['availability', 'series'],
      async run(context) {
        const { service, mentor, slots } = await context.world();
        const exchange = await context.call({
          method: 'POST',
          route: '/series/preview',
          body: { mentor: mentor.slug, service: service.slug, starts_at: slots[0].starts_at, every: 'week', count: 13 },
        });
        expectError(context, exchange, 400);
      },
    },
    {
      group: 'series',
      title: "across a change of clocks a weekly meeting keeps the mentor's wall-clock time",
      needs: ['availability', 'series'],
      async run(context) {
        const { service, mentor, slots } = await context.world();
        const listed = await context.call({ route: '/mentors', query: { service: service.slug } });
        const mentors = expectAnswer<{ mentors: Array<{ slug: string; timezone: string }> }>(context, listed, 200).mentors;
        const candidates = [mentor, ...mentors.filter(each => each.slug !== mentor.slug)];
        const changing = candidates.find(each => nextClockChange(context.now(), each.timezone));
        if (!changing) throw new Skip(`no mentor of ${service.slug} lives in a zone that changes its clocks`);
        const change = nextClockChange(context.now(), changing.timezone) as string;
        const time = wallClock(slots[0].starts_at, changing.timezone);
        const start = wallTimeToInstant(addDays(change, -8), time, changing.timezone).toISOString();
        const { exchange, preview: answer } = await preview(context, changing.slug, start, 3);
        const clocks = answer.occurrences.map(each => wallClock(each.starts_at, changing.timezone));
        if (clocks.some(clock => clock !== time)) {
          fail(`weekly at ${time} in ${changing.timezone} across ${change} gives ${clocks.join(', ')}`, exchange);
        }
      },
    },
    {
      group: 'series',
      title: 'a series with a meeting taken since the preview is 409, and nothing of it is booked or paid',
      needs: ['availability', 'series'],
      async run(context) {
        const [first, second] = needPair();
        const { service, mentor } = await context.world();
        const blocker = await bookAt(context, second);
        const blocking = expectAnswer<{ session: { id: string } }>(context, blocker, 201).session;
        context.booked.add(blocking.id);
        const before = await creditsFor(context.call, service.slug);
        const exchange = await context.call({
          method: 'POST',
          route: '/series',
          key: context.key(),
          body: {
            mentor: mentor.slug,
            service: service.slug,
            every: 'week',
            occurrences: [first, second],
            timezone: 'UTC',
            agenda: 'Conformance check',
          },
        });
        if (exchange.status === 201)
          for (const session of (exchange.answer as { sessions: Array<{ id: string }> }).sessions) context.booked.add(session.id);
        expectError(context, exchange, 409);
        const upcoming = await context.call({ route: '/sessions', query: { status: 'upcoming' } });
        const sessions = expectAnswer<{ sessions: Array<{ starts_at: string; status: string }> }>(context, upcoming, 200).sessions;
        if (sessions.some(session => Date.parse(session.starts_at) === Date.parse(first) && session.status !== 'canceled')) {
          fail('the refused series booked its free meeting anyway', upcoming);
        }
        const after = await creditsFor(context.call, service.slug);
        if (after !== before) fail(`the refused series changed the credits from ${before} to ${after}`);
        if (context.capabilities.cancel) {
          expectAnswer(context, await cancelSession(context, blocking.id), 200);
          context.booked.delete(blocking.id);
        }
      },
    },
    {
      group: 'series',
      title: 'POST /series books every meeting at once: 201 with series.every as sent, a credit each, and a repeat answers the same',
      needs: ['availability', 'series'],
      async run(context) {
        const occurrences = needPair();
        const { service, mentor } = await context.world();
        const before = await creditsFor(context.call, service.slug);
        const exchange = await context.call({
          method: 'POST',
          route: '/series',
          key: context.key(),
          body: { mentor: mentor.slug, service: service.slug, every: 'week', occurrences, timezone: 'UTC', agenda: 'Conformance check' },
        });
        const answer = expectAnswer<{
          series: { id: string; every: string; count: number };
          sessions: Array<{ id: string; series?: string }>;
        }>(context, exchange, 201);
        for (const session of answer.sessions) context.booked.add(session.id);
        booked = exchange;
        if (answer.series.every !== 'week') fail(`series.every is "${answer.series.every}", not the "week" sent`, exchange);
        if (answer.series.count !== 2 || answer.sessions.length !== 2) fail('2 meetings sent, not 2 booked', exchange);
        const after = await creditsFor(context.call, service.slug);
        if (before !== null && after !== before - 2) fail(`credits went from ${before} to ${after} for 2 meetings`);
        expectReplay(exchange, await resend(context.call, exchange));
      },
    },
    {
      group: 'series',
      title: 'cancelling with scope "following" cancels that meeting and every later one, returning each credit',
      needs: ['availability', 'series', 'cancel'],
      async run(context) {
        if (!booked) throw new Skip('needs the series above');
        const { service } = await context.world();
        const { sessions } = booked.answer as { sessions: Array<{ id: string; starts_at: string }> };
        const before = await creditsFor(context.call, service.slug);
        const exchange = await cancelSession(context, sessions[0].id, 'following');
        expectAnswer(context, exchange, 200);
        const upcoming = await context.call({ route: '/sessions', query: { status: 'upcoming' } });
        const listed = expectAnswer<{ sessions: Array<{ id: string; status: string }> }>(context, upcoming, 200).sessions;
        const left = sessions.filter(session => listed.some(each => each.id === session.id && each.status !== 'canceled'));
        if (left.length) fail(`${left.length} of the series' meetings are still booked`, upcoming);
        for (const session of sessions) context.booked.delete(session.id);
        const after = await creditsFor(context.call, service.slug);
        if (before !== null && after !== before + 2) fail(`credits went from ${before} to ${after} on cancelling 2 meetings`);
      },
    },
  ];
}
