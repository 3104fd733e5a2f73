/** The mentor's side, asked with the mentor's token: their sessions, reports and weekly hours. */
import { expectAnswer, expectError, fail, type Check } from '../kit.js';

interface Hours {
  timezone: string;
  weekly: Array<{ weekday: number; start: string; end: string }>;
}

export const MENTOR: Check[] = [
  {
    group: 'mentor',
    title: "GET /mentor/sessions answers the mentor's sessions with each one's context, upcoming soonest first",
    needs: ['mentor'],
    account: 'mentor',
    async run(context) {
      const exchange = await context.call({ route: '/mentor/sessions', query: { status: 'upcoming' }, as: 'mentor' });
      const { sessions } = expectAnswer<{ sessions: Array<{ starts_at: string }> }>(context, exchange, 200);
      const starts = sessions.map(session => Date.parse(session.starts_at));
      if (starts.some((start, index) => index > 0 && starts[index - 1] > start))
        fail('the upcoming sessions are not soonest first', exchange);
    },
  },
  {
    group: 'mentor',
    title: "a student's token on the mentor's routes is 403 with the error body",
    needs: ['mentor'],
    async run(context) {
      expectError(context, await context.call({ route: '/mentor/sessions' }), 403);
    },
  },
  {
    group: 'mentor',
    title: 'a report for a session that does not exist is 404 with the error body',
    needs: ['mentor'],
    account: 'mentor',
    async run(context) {
      const exchange = await context.call({
        method: 'POST',
        route: '/mentor/sessions/{id}/report',
        params: { id: `conformance-no-such-session-${context.key()}` },
        as: 'mentor',
        key: context.key(),
        body: { attendance: 'held', summary: 'Conformance check', action_items: [], feedback: { went_well: '', to_work_on: '' } },
      });
      expectError(context, exchange, 404);
    },
  },
  {
    group: 'mentor_hours',
    title: 'GET /mentor/hours answers the week; overlapping ranges are 400 naming the range, and nothing is saved',
    needs: ['mentor_hours'],
    account: 'mentor',
    async run(context) {
      const read = await context.call({ route: '/mentor/hours', as: 'mentor' });
      const { hours } = expectAnswer<{ hours: Hours }>(context, read, 200);
      const exchange = await context.call({
        method: 'PUT',
        route: '/mentor/hours',
        as: 'mentor',
        key: context.key(),
        body: {
          timezone: hours.timezone,
          weekly: [
            { weekday: 1, start: '09:00', end: '12:00' },
            { weekday: 1, start: '11:00', end: '13:00' },
          ],
          time_off: [],
        },
      });
      const error = expectError(context, exchange, 400);
      if (!/weekly/.test(error.message))
        fail(`the refusal does not name the range ("${error.message}"); e.g. "weekly.1: overlap"`, exchange);
      const again = await context.call({ route: '/mentor/hours', as: 'mentor' });
      if (JSON.stringify(expectAnswer<{ hours: Hours }>(context, again, 200).hours) !== JSON.stringify(hours)) {
        fail('the refused hours changed what GET /mentor/hours answers', again);
      }
    },
  },
];
