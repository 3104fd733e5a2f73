/** The reads every backend serves, and the error envelope every refusal carries. */
import { cancelSession } from '../actions.js';
import { expectAnswer, expectError, fail, type Check } from '../kit.js';

const ascending = (starts: string[]) => starts.every((start, index) => index === 0 || Date.parse(starts[index - 1]) <= Date.parse(start));

export const READS: Check[] = [
  {
    group: 'contract',
    title: 'GET /services answers 200 { services } with every field the contract names',
    async run(context) {
      expectAnswer(context, await context.call({ route: '/services' }), 200);
    },
  },
  {
    group: 'contract',
    title: 'GET /mentors answers every mentor, and ?service= only those who give it',
    async run(context) {
      expectAnswer(context, await context.call({ route: '/mentors' }), 200);
      const { service } = await context.world();
      const filtered = await context.call({ route: '/mentors', query: { service: service.slug } });
      const { mentors } = expectAnswer<{ mentors: Array<{ slug: string; services: string[] }> }>(context, filtered, 200);
      const stranger = mentors.find(mentor => !mentor.services.includes(service.slug));
      if (stranger) fail(`${stranger.slug} is listed for ${service.slug} but does not list it in services`, filtered);
    },
  },
  {
    group: 'contract',
    title: 'GET /credits answers 200 { credits } (remaining null for unlimited)',
    async run(context) {
      expectAnswer(context, await context.call({ route: '/credits' }), 200);
    },
  },
  {
    group: 'contract',
    title: 'GET /sessions lists upcoming sessions soonest first and past ones latest first',
    async run(context) {
      for (const status of ['upcoming', 'past'] as const) {
        const exchange = await context.call({ route: '/sessions', query: { status } });
        const { sessions } = expectAnswer<{ sessions: Array<{ starts_at: string }> }>(context, exchange, 200);
        const starts = sessions.map(session => session.starts_at);
        if (!(status === 'upcoming' ? ascending(starts) : ascending(starts.reverse()))) {
          fail(`the ${status} sessions are not ${status === 'upcoming' ? 'soonest' : 'latest'} first`, exchange);
        }
      }
    },
  },
  {
    group: 'errors',
    title: 'a token the backend does not know is 401 with { error: { code, message } }',
    async run(context) {
      const exchange = await context.call({
        route: '/sessions',
        query: { status: 'upcoming' },
        as: `conformance-unknown-${context.key()}`,
      });
      expectError(context, exchange, 401);
    },
  },
  {
    group: 'errors',
    title: 'a booking without its fields is 400 with the error body, and books nothing',
    async run(context) {
      const exchange = await context.call({ method: 'POST', route: '/sessions', key: context.key(), body: {} });
      expectError(context, exchange, 400);
    },
  },
  {
    group: 'errors',
    title: 'cancelling a session that does not exist is 404 with the error body',
    needs: ['cancel'],
    async run(context) {
      const exchange = await cancelSession(context, `conformance-no-such-session-${context.key()}`);
      expectError(context, exchange, 404);
    },
  },
];
