/** Saving a goal: a new one (one attempt however its words change) or a change to one. */
import type { Goal, GoalInput, GoalStep } from '../client/types.js';
import type { WriteDefinition } from '../controllers/write.js';
import { GoalSavedEvent } from '../events/goal-saved.js';

/** Whether a listed goal shows the change `input` asked for: the write happened. */
export function showsChange(listed: Goal, input: GoalInput): boolean {
  const steps = input.steps ?? listed.steps;
  return (
    listed.title === input.title &&
    listed.targetDate === input.targetDate &&
    (input.status === undefined || listed.status === input.status) &&
    listed.steps.length === steps.length &&
    listed.steps.every((step, index) => step.title === steps[index].title && step.done === steps[index].done)
  );
}

export const goal: WriteDefinition<'goal'> = {
  kind: 'goal',
  operation: 'goal',
  // A new goal is one attempt however its words change: pressing again never creates two.
  signature: ({ goal: input }) => (input.id ? `goal ${input.id} ${JSON.stringify(input)}` : 'new goal'),
  write: ({ client, goal: input, known }, idempotencyKey) => ({
    send: () => client.saveGoal({ goal: input, idempotencyKey }),
    lookup: async () =>
      (await client.listGoals()).find(listed => (!input.id || listed.id === input.id) && showsChange(listed, input)) ?? null,
    provisional: () => ({
      why: '',
      shared: true,
      ...known,
      ...input,
      id: input.id ?? '',
      // A new step has no id until the goals are loaded again.
      steps: (input.steps ?? known?.steps ?? []) as GoalStep[],
      progress: known?.progress ?? 0,
      status: input.status ?? 'active',
      sessions: known?.sessions ?? [],
    }),
  }),
  done: saved => new GoalSavedEvent({ goal: saved }),
};
