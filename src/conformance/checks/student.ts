/** The student's goals, intake and programme. */
import { resend } from '../exchange.js';
import { expectAnswer, expectError, expectReplay, fail, Skip, type Check, type Context } from '../kit.js';

interface Goal {
  id: string;
  shared: boolean;
  status: string;
}

/** A calendar day `days` from now (UTC): far enough from today to be valid in every zone. */
const dayFromNow = (now: number, days: number) => new Date(now + days * 86_400_000).toISOString().slice(0, 10);

/** A new goal due `days` from now (before today when negative), without `shared`. */
const newGoal = (context: Context, days: number) =>
  context.call({
    method: 'POST',
    route: '/goals',
    key: context.key(),
    body: { title: 'Conformance check', success_criteria: 'The kit passes', target_date: dayFromNow(context.now(), days) },
  });

export function studentChecks(): Check[] {
  let goal: Goal | undefined;
  return [
    {
      group: 'goals',
      title: 'a new goal saved without shared is shared; the same key again answers the same; GET /goals lists it',
      needs: ['goals'],
      async run(context) {
        const exchange = await newGoal(context, 30);
        goal = expectAnswer<{ goal: Goal }>(context, exchange, 201).goal;
        if (goal.shared !== true) fail(`a goal saved without shared answers shared: ${JSON.stringify(goal.shared)}, not true`, exchange);
        expectReplay(exchange, await resend(context.call, exchange));
        const listed = await context.call({ route: '/goals' });
        const { goals } = expectAnswer<{ goals: Goal[] }>(context, listed, 200);
        const copies = goals.filter(each => each.id === goal?.id).length;
        if (copies !== 1) fail(`GET /goals lists the new goal ${copies} times`, listed);
      },
    },
    {
      group: 'goals',
      title: 'a goal whose target date is past is 400 with the error body',
      needs: ['goals'],
      async run(context) {
        const exchange = await newGoal(context, -3);
        expectError(context, exchange, 400);
      },
    },
    {
      group: 'goals',
      title: "PATCH /goals/ID changes the student's goal, and another student's goal is 404",
      needs: ['goals'],
      async run(context) {
        if (!goal) throw new Skip('needs the goal above');
        if (context.accounts.broke) {
          const stranger = await context.call({
            method: 'PATCH',
            route: '/goals/{id}',
            params: { id: goal.id },
            as: 'broke',
            key: context.key(),
            body: { status: 'dropped' },
          });
          expectError(context, stranger, 404);
        }
        // The kit's goal is dropped again, so the test account's list stays as it was to its student.
        const exchange = await context.call({
          method: 'PATCH',
          route: '/goals/{id}',
          params: { id: goal.id },
          key: context.key(),
          body: { status: 'dropped' },
        });
        const changed = expectAnswer<{ goal: Goal }>(context, exchange, 200).goal;
        if (changed.status !== 'dropped') fail(`the goal is "${changed.status}" after setting it dropped`, exchange);
      },
    },
    {
      group: 'profile',
      title: 'GET /profile answers { profile } (null before the intake); a PUT with a field that does not hold is 400 and saves nothing',
      needs: ['profile'],
      async run(context) {
        const read = await context.call({ route: '/profile' });
        const { profile } = expectAnswer<{ profile: unknown }>(context, read, 200);
        const exchange = await context.call({
          method: 'PUT',
          route: '/profile',
          key: context.key(),
          body: {
            goals: 'Conformance check',
            skills: [],
            level: 'not-a-level',
            languages: [],
            times: { weekdays: [], parts: [] },
            timezone: 'UTC',
          },
        });
        expectError(context, exchange, 400);
        const again = await context.call({ route: '/profile' });
        if (JSON.stringify(expectAnswer<{ profile: unknown }>(context, again, 200).profile) !== JSON.stringify(profile)) {
          fail('the refused profile changed what GET /profile answers', again);
        }
      },
    },
    {
      group: 'program',
      title: 'GET /program answers { program }, or 404 with the error body for a student without one',
      needs: ['program'],
      async run(context) {
        const exchange = await context.call({ route: '/program' });
        if (exchange.status === 404) expectError(context, exchange, 404);
        else expectAnswer(context, exchange, 200);
      },
    },
  ];
}
