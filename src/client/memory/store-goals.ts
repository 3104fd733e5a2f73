/**
 * The memory store's goals: listing the student's own and saving one (created, or changed by its owner).
 */
import { MentorshipError } from '../errors.js';
import type { Goal, GoalInput } from '../types.js';
import { dayKeyOf } from '../../utils/days.js';
import { goalFrom, goalOrder, type StoredGoal } from './goals.js';
import { StoreRecords, clone } from './store-records.js';

export class GoalRecords extends StoreRecords {
  listGoals(student: string): Goal[] {
    this.student(student);
    return this.goals
      .filter(goal => goal.student === student)
      .sort(goalOrder)
      .map(goal => this.presentGoal(goal));
  }

  /** Creates a goal (no `id`) or changes the student's own; the same idempotency key answers the first answer again. */
  saveGoal(student: string, { goal: input, idempotencyKey }: { goal: GoalInput; idempotencyKey?: string }): Goal {
    return this.replay(student, `goal ${input.id ?? 'new'}`, idempotencyKey, () => {
      this.student(student);
      const existing = input.id === undefined ? undefined : this.ownGoal(student, input.id);
      // The earliest calendar day anywhere now (UTC-12): a day before it is past for every student.
      const today = dayKeyOf(this.now(), 'Etc/GMT+12');
      const goal = goalFrom(student, input, existing, today, prefix => this.newId(prefix));
      if (existing) Object.assign(existing, goal);
      else this.goals.push(goal);
      return this.presentGoal(existing ?? goal);
    });
  }

  protected ownGoal(student: string, id: string): StoredGoal {
    const goal = this.goals.find(candidate => candidate.id === id && candidate.student === student);
    if (!goal) throw new MentorshipError('not-found', `No goal ${id}.`);
    return goal;
  }

  private presentGoal(goal: StoredGoal): Goal {
    const { student, ...visible } = goal;
    const sessions = this.sessions
      .filter(session => session.student === student && session.goal === goal.id && session.status !== 'canceled')
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map(session => ({
        id: session.id,
        startsAt: session.startsAt,
        mentor: session.mentor,
        summary: session.summary ?? '',
        actionItems: session.actionItems ?? [],
      }));
    return clone({ ...visible, sessions });
  }
}
